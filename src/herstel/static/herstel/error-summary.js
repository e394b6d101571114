// SPDX-License-Identifier: EUPL-1.2
// Copyright (C) 2026 Herstel contributors
// After a failed submit the error summary takes focus (so it is read out first) and
// the page title starts with "Fout: " (WCAG 3.3.1, GOV.UK/NL Design System pattern).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (!summary) return;
    var prefix = summary.getAttribute("data-title-prefix") || "";
    if (prefix && document.title.indexOf(prefix) !== 0) document.title = prefix + document.title;
    summary.focus();
  });
})();
