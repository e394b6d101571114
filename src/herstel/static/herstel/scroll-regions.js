// SPDX-License-Identifier: EUPL-1.2
// Copyright (C) 2026 Herstel contributors
// A table wider than the screen scrolls inside its wrapper (.table-scroll). Such a
// wrapper must be reachable with the keyboard and named (WCAG 2.1.1, 4.1.2): it
// becomes a focusable region named after its table's caption or heading. Run at
// load and after every htmx swap.
(function () {
  "use strict";
  function label(wrapper) {
    var table = wrapper.querySelector("table");
    if (!table) return "";
    var caption = table.querySelector("caption");
    if (caption) return caption.textContent.trim();
    var by = table.getAttribute("aria-labelledby");
    var heading = by && document.getElementById(by);
    return heading ? heading.textContent.trim() : "";
  }
  function enhance(root) {
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
  document.addEventListener("htmx:afterSwap", function (event) { enhance(event.target); });
})();
