// "Stuur terug naar de afzender", with JavaScript: tap a sentence in the explained letter to mark it.
// The tap ticks the same checkbox as in the list under the letter, and the sentence gets a yellow
// background in the letter (CSS Custom Highlight API, where the browser has it). Without JavaScript,
// or for keyboard and screen reader users, the checkboxes do the same.
(function () {
  "use strict";
  var section = document.querySelector("section.terug");
  var letter = document.querySelector(".brief");
  if (!section || !letter || !document.caretRangeFromPoint && !document.caretPositionFromPoint) { return; }
  var boxes = Array.prototype.slice.call(section.querySelectorAll(".markeer input[type=checkbox]"));
  var canHighlight = typeof Highlight === "function" && window.CSS && CSS.highlights;

  // The letter's own text nodes (not the inserted explanations), as one string with a map back to the nodes.
  function textOf(paragraph) {
    var nodes = [], text = "";
    var walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest(".uitleg, .korter") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      for (var i = 0; i < node.data.length; i++) {
        var ch = /\s/.test(node.data[i]) ? " " : node.data[i];
        if (ch === " " && (text === "" || text[text.length - 1] === " ")) { continue; }
        nodes.push([node, i]);
        text += ch;
      }
    }
    return { text: text, nodes: nodes };
  }

  var paragraphs = Array.prototype.slice.call(letter.querySelectorAll("p[data-voorlezen]")).map(function (p) {
    return { el: p, plain: textOf(p) };
  });
  // Where each sentence of the list stands in the letter: [paragraph, start, end], or null (name taken out).
  var places = boxes.map(function (box) {
    var sentence = box.value.replace(/\s+/g, " ").trim();
    for (var i = 0; i < paragraphs.length; i++) {
      var at = paragraphs[i].plain.text.indexOf(sentence);
      if (at >= 0) { return [paragraphs[i], at, at + sentence.length]; }
    }
    return null;
  });

  function paint() {
    if (!canHighlight) { return; }
    var ranges = [];
    boxes.forEach(function (box, i) {
      var place = places[i];
      if (!box.checked || !place) { return; }
      var map = place[0].plain.nodes, first = map[place[1]], last = map[place[2] - 1];
      var range = document.createRange();
      range.setStart(first[0], first[1]);
      range.setEnd(last[0], last[1] + 1);
      ranges.push(range);
    });
    var highlight = new Highlight();
    ranges.forEach(function (range) { highlight.add(range); });
    CSS.highlights.set("gemarkeerd", highlight);
  }

  function offsetAt(paragraph, x, y) {
    var node, offset;
    if (document.caretPositionFromPoint) {
      var pos = document.caretPositionFromPoint(x, y);
      if (!pos) { return -1; }
      node = pos.offsetNode; offset = pos.offset;
    } else {
      var range = document.caretRangeFromPoint(x, y);
      if (!range) { return -1; }
      node = range.startContainer; offset = range.startOffset;
    }
    var map = paragraph.plain.nodes;
    for (var i = 0; i < map.length; i++) {
      if (map[i][0] === node && map[i][1] >= Math.max(0, offset - 1)) { return i; }
    }
    return -1;
  }

  paragraphs.forEach(function (paragraph) {
    paragraph.el.classList.add("tikbaar");
    paragraph.el.addEventListener("click", function (event) {
      var at = offsetAt(paragraph, event.clientX, event.clientY);
      if (at < 0) { return; }
      for (var i = 0; i < boxes.length; i++) {
        var place = places[i];
        if (place && place[0] === paragraph && place[1] <= at && at < place[2]) {
          boxes[i].checked = !boxes[i].checked;
          boxes[i].dispatchEvent(new Event("change", { bubbles: true }));
          return;
        }
      }
    });
  });
  boxes.forEach(function (box) { box.addEventListener("change", paint); });
  var hint = document.getElementById("tik-hint");
  if (hint) { hint.hidden = false; }
  section.setAttribute("data-klaar", "ja");  // the script ran (tests look at this)
  paint();
})();
