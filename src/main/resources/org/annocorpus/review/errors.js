/* Runs first: keeps every script error of the page, shows them at the top of the page and lets tests read them. */
(function () {
  'use strict';
  var errors = window.reviewScriptErrors = [];
  function show() {
    var box = document.getElementById('script-errors');
    if (!box || errors.length === 0) {
      return;
    }
    box.textContent = 'The page script failed; filters and details may not work: ' + errors.join(' | ');
    box.hidden = false;
  }
  window.addEventListener('error', function (event) {
    errors.push((event.message || 'error') + (event.filename ? ' (' + event.filename + ':' + event.lineno + ')' : ''));
    show();
  });
  window.addEventListener('unhandledrejection', function (event) {
    errors.push('unhandled rejection: ' + event.reason);
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
