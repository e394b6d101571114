// SPDX-License-Identifier: EUPL-1.2
// Keyboard review on the review queue: j/k move, c confirm, r reject, u undo.
(function () {
  "use strict";
  var table = document.getElementById("review-queue");
  if (!table) { return; }
  function rows() { return Array.prototype.slice.call(table.querySelectorAll("tbody tr[id^='mention-']")); }
  function prepare() { rows().forEach(function (row) { row.setAttribute("tabindex", "0"); }); }
  prepare();
  document.body.addEventListener("htmx:afterSwap", function (event) {
    prepare();
    var row = event.detail && event.detail.elt;
    if (row && row.id && document.getElementById(row.id)) {
      var list = rows();
      var index = list.indexOf(document.getElementById(row.id));
      var next = list[index + 1] || list[index];
      if (next) { next.focus(); }
    }
  });
  table.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var row = event.target.closest ? event.target.closest("tr[id^='mention-']") : null;
    if (!row) { return; }
    var list = rows();
    var index = list.indexOf(row);
    var values = { c: "confirmed", r: "rejected", u: "proposed" };
    if (event.key === "j" || event.key === "k") {
      var target = list[index + (event.key === "j" ? 1 : -1)];
      if (target) { target.focus(); event.preventDefault(); }
    } else if (values[event.key]) {
      var button = row.querySelector("button[name='status'][value='" + values[event.key] + "']");
      if (button) { button.click(); event.preventDefault(); }
    }
  });
})();
