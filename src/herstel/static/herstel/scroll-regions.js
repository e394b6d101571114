// SPDX-License-Identifier: EUPL-1.2
// Copyright (C) 2026 Herstel contributors
// A table wider than the screen scrolls inside its wrapper (.table-scroll). Such a
// wrapper must be reachable with the keyboard and named (WCAG 2.1.1, 4.1.2): it
// becomes a focusable region named after its table's caption or heading. A
// table in the main content without a wrapper gets one, so no page scrolls
// sideways on a phone (issue 16). Run at load and after every htmx swap.
(function () {
  "use strict";
  function label(wrapper) {
    var table = wrapper.querySelector("table");
    if (!table) return "";
    var caption = table.querySelector("caption");
    if (caption) return caption.textContent.trim();
    var by = table.getAttribute("aria-labelledby");
    var heading = by && document.getElementById(by);
    if (heading) return heading.textContent.trim();
    var headings = document.querySelectorAll("main h1, main h2, main h3");
    var before = null;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) {
        before = headings[i];
      }
    }
    return before ? before.textContent.trim() : "";
  }
  function wrap(root) {
    var tables = (root || document).querySelectorAll("main table");
    for (var i = 0; i < tables.length; i++) {
      var table = tables[i];
      if (table.closest(".table-scroll")) continue;
      var wrapper = document.createElement("div");
      wrapper.className = "table-scroll";
      table.parentNode.insertBefore(wrapper, table);
      wrapper.appendChild(table);
    }
  }
  function enhance(root) {
    wrap(root);
    var wrappers = (root || document).querySelectorAll(".table-scroll");
    for (var i = 0; i < wrappers.length; i++) {
      var wrapper = wrappers[i];
      if (wrapper.hasAttribute("tabindex")) continue;
      wrapper.setAttribute("tabindex", "0");
      wrapper.setAttribute("role", "region");
      var name = label(wrapper);
      if (name) wrapper.setAttribute("aria-label", name);
    }
  }
  document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  document.addEventListener("htmx:afterSwap", function () { enhance(document); });
})();
