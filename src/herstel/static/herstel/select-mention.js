/* SPDX-License-Identifier: EUPL-1.2 */
/* Fill the "mark missed personal data" form from a text selection in the document.
   Works without it: the analyst can type the text and its occurrence. */
(function () {
  "use strict";
  var textEl = document.getElementById("document-text");
  var form = document.getElementById("mention-add-form");
  if (!textEl || !form) { return; }
  var textInput = form.querySelector("[name=text]");
  var occurrenceInput = form.querySelector("[name=occurrence]");

  function plainOffset(node, offset) {
    // Character offset of (node, offset) within the document text, ignoring the
    // visible category tags that follow each mark.
    var walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT, null);
    var total = 0;
    var current;
    while ((current = walker.nextNode())) {
      var isTag = current.parentNode && current.parentNode.classList &&
        current.parentNode.classList.contains("mention__tag");
      if (current === node) { return isTag ? total : total + offset; }
      if (!isTag) { total += current.nodeValue.length; }
    }
    return -1;
  }

  function plainText() {
    var clone = textEl.cloneNode(true);
    clone.querySelectorAll(".mention__tag").forEach(function (tag) { tag.remove(); });
    return clone.textContent;
  }

  document.addEventListener("mouseup", update);
  document.addEventListener("keyup", update);

  function update() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return; }
    var range = selection.getRangeAt(0);
    if (!textEl.contains(range.startContainer) || !textEl.contains(range.endContainer)) { return; }
    var start = plainOffset(range.startContainer, range.startOffset);
    var end = plainOffset(range.endContainer, range.endOffset);
    if (start < 0 || end <= start) { return; }
    var full = plainText();
    var selected = full.slice(start, end);
    var occurrence = 0;
    var position = -1;
    do {
      position = full.indexOf(selected, position + 1);
      occurrence += 1;
    } while (position >= 0 && position < start);
    textInput.value = selected;
    occurrenceInput.value = String(occurrence);
  }
}());
