// SPDX-License-Identifier: EUPL-1.2
// Copyright (C) 2026 Herstel contributors
// One polite live region for htmx updates, and focus that does not drop to
// the page body when htmx replaces the element that had it (WCAG 2.4.3, 4.1.3).
//
// After a swap:
// - text of the new content's [data-announce] is read out in the live region
//   (with [data-announce-throttle], as a running progress has, at most every
//   5 s; otherwise at once);
// - focus goes to the element [data-focus] names (a CSS selector), else, when
//   the focused element was swapped out, to the first focusable element of
//   the new content, else to the new content itself.
// No inline script (CSP): loaded from static/, like htmx.
(function () {
  "use strict";
  var region = null;
  var lastText = "";
  var lastTime = 0;
  var focusable = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]";

  function liveRegion() {
    if (region) return region;
    region = document.getElementById("live-region");
    if (!region) {
      region = document.createElement("div");
      region.id = "live-region";
      region.className = "visually-hidden";
      region.setAttribute("aria-live", "polite");
      region.setAttribute("aria-atomic", "true");
      document.body.appendChild(region);
    }
    return region;
  }

  function announce(text, throttle) {
    text = (text || "").trim();
    if (!text || (throttle && text === lastText)) return;
    var now = Date.now();
    if (throttle && now - lastTime < 5000) return;
    lastText = text;
    lastTime = now;
    var target = liveRegion();
    // Empty first, so the same words said again are read again.
    target.textContent = "";
    window.setTimeout(function () { target.textContent = text; }, 50);
  }

  function announced(root) {
    if (root.matches && root.matches("[data-announce]")) return root;
    return root.querySelector ? root.querySelector("[data-announce]") : null;
  }

  document.addEventListener("DOMContentLoaded", function () {
    liveRegion();
    var start = announced(document.body);
    if (start) lastText = (start.getAttribute("data-announce") || "").trim();
  });

  var hadFocus = false;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    hadFocus = !!(target && document.activeElement && target.contains(document.activeElement));
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    // With outerHTML the old target is gone: find its replacement by id.
    var root = target && target.isConnected ? target : (target && target.id ? document.getElementById(target.id) : null);
    if (!root) root = event.detail.elt && event.detail.elt.isConnected ? event.detail.elt : document.getElementById("main");
    if (!root) return;
    var source = announced(root);
    if (source) announce(source.getAttribute("data-announce"), source.hasAttribute("data-announce-throttle"));
    var selector = source && source.getAttribute("data-focus");
    var focusTarget = selector ? document.querySelector(selector) : null;
    if (!focusTarget && hadFocus && !root.contains(document.activeElement)) {
      focusTarget = root.matches(focusable) ? root : root.querySelector(focusable);
      if (!focusTarget) {
        root.setAttribute("tabindex", "-1");
        focusTarget = root;
      }
    }
    if (focusTarget) focusTarget.focus();
    hadFocus = false;
  });
})();
