// TalentBridge: progressive enhancement only. Every page works without
// this file; it saves a click here and there.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Filters and the sort order apply as soon as they change; without
  // scripts the form's own button does it.
  document.querySelectorAll(".autosubmit").forEach(function (el) {
    el.addEventListener("change", function () {
      if (el.form) {
        el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
      }
    });
  });

  // On a phone the filters would push the results off the first screen:
  // fold them (they stay one tap away). Without scripts they stay open.
  if (window.matchMedia("(max-width: 48rem)").matches) {
    document.querySelectorAll("details.facets-box").forEach(function (d) {
      d.open = false;
    });
  }

  // A form shown again with problems: move focus to their summary, so that
  // keyboard and screen-reader users start there.
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }

  // "/" jumps to the search box, as on many sites, unless typing already.
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey) {
      return;
    }
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
      return;
    }
    var q = document.querySelector("input[type=search]");
    if (q) {
      ev.preventDefault();
      q.focus();
    }
  });
})();
