// "Lees voor": the summary and the explained letter are read aloud, block by block, and the
// block being read is marked. The browser's own Dutch voice is used when it has one; otherwise
// the server's voice (espeak-ng, POST /uitleg/voorlezen) when the page says it has one
// (data-stem="server"). Without JavaScript the page works the same, just without this button.
(function () {
  "use strict";
  var button = document.getElementById("voorlezen");
  if (!button) { return; }
  var synth = ("speechSynthesis" in window && "SpeechSynthesisUtterance" in window) ? window.speechSynthesis : null;
  var serverVoice = button.getAttribute("data-stem") === "server" && "fetch" in window && "Audio" in window;
  if (!synth && !serverVoice) { return; }
  button.setAttribute("data-klaar", "ja");  // the script ran (tests look at this)
  var reading = false;
  var audio = null;

  function dutchVoice() {
    if (!synth) { return null; }
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
    if (synth) { synth.cancel(); }
    if (audio) { audio.pause(); audio = null; }
    clearMarks();
    button.textContent = "Lees voor";
    button.setAttribute("aria-pressed", "false");
  }

  function textOf(el) {
    var text = el.innerText;
    if (el.tagName === "DD" && el.previousElementSibling) { text = el.previousElementSibling.innerText + " " + text; }
    return text;
  }

  function mark(el) {
    clearMarks();
    el.classList.add("wordt-voorgelezen");
    el.scrollIntoView({ block: "nearest" });
  }

  function readWithBrowser(list, index, voice) {
    if (!reading || index >= list.length) { stop(); return; }
    mark(list[index]);
    var utterance = new SpeechSynthesisUtterance(textOf(list[index]));
    utterance.lang = "nl-NL";
    utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.onend = function () { readWithBrowser(list, index + 1, voice); };
    utterance.onerror = stop;
    synth.speak(utterance);
  }

  function readWithServer(list, index) {
    if (!reading || index >= list.length) { stop(); return; }
    mark(list[index]);
    var body = new URLSearchParams();
    body.append("tekst", textOf(list[index]));
    fetch("/uitleg/voorlezen", { method: "POST", body: body, credentials: "same-origin" })
      .then(function (answer) {
        if (!answer.ok) { throw new Error("voorlezen: " + answer.status); }
        return answer.blob();
      })
      .then(function (sound) {
        if (!reading) { return; }
        var url = URL.createObjectURL(sound);
        audio = new Audio(url);
        audio.onended = function () { URL.revokeObjectURL(url); readWithServer(list, index + 1); };
        audio.onerror = function () { URL.revokeObjectURL(url); stop(); };
        return audio.play();
      })
      .catch(stop);
  }

  function show() {
    if (dutchVoice() || serverVoice) { button.hidden = false; }
  }

  button.addEventListener("click", function () {
    if (reading) { stop(); return; }
    var voice = dutchVoice();
    if (!voice && !serverVoice) { return; }
    reading = true;
    button.textContent = "Stop met voorlezen";
    button.setAttribute("aria-pressed", "true");
    if (voice) { readWithBrowser(blocks(), 0, voice); } else { readWithServer(blocks(), 0); }
  });
  show();
  if (synth && "onvoiceschanged" in synth) { synth.addEventListener("voiceschanged", show); }
})();
