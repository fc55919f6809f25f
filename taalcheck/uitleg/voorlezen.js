// "Lees voor": the browser reads the summary and the explained letter aloud, block by block,
// and marks the block it is reading. Only when the browser can speak Dutch; without
// JavaScript the page works the same, just without this button.
(function () {
  "use strict";
  var button = document.getElementById("voorlezen");
  if (!button || !("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) { return; }
  button.setAttribute("data-klaar", "ja");  // the script ran (tests look at this)
  var synth = window.speechSynthesis;
  var reading = false;

  function dutchVoice() {
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang && voices[i].lang.toLowerCase().indexOf("nl") === 0) { return voices[i]; }
    }
    return null;
  }

  function blocks() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-voorlezen]"));
  }

  function clearMarks() {
    blocks().forEach(function (el) { el.classList.remove("wordt-voorgelezen"); });
  }

  function stop() {
    reading = false;
    synth.cancel();
    clearMarks();
    button.textContent = "Lees voor";
    button.setAttribute("aria-pressed", "false");
  }

  function readFrom(list, index, voice) {
    if (!reading || index >= list.length) { stop(); return; }
    clearMarks();
    var el = list[index];
    el.classList.add("wordt-voorgelezen");
    el.scrollIntoView({ block: "nearest" });
    var text = el.innerText;
    if (el.tagName === "DD" && el.previousElementSibling) { text = el.previousElementSibling.innerText + " " + text; }
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "nl-NL";
    utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.onend = function () { readFrom(list, index + 1, voice); };
    utterance.onerror = stop;
    synth.speak(utterance);
  }

  function show() {
    if (dutchVoice()) { button.hidden = false; }
  }

  button.addEventListener("click", function () {
    if (reading) { stop(); return; }
    var voice = dutchVoice();
    if (!voice) { return; }
    reading = true;
    button.textContent = "Stop met voorlezen";
    button.setAttribute("aria-pressed", "true");
    readFrom(blocks(), 0, voice);
  });
  show();
  if ("onvoiceschanged" in synth) { synth.addEventListener("voiceschanged", show); }
})();
