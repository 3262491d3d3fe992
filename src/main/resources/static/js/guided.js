/*
 * The guided rule editor works without this script (the Update button shows what fits a
 * chosen question). With it, choosing a question, an operator or a conclusion updates the
 * form at once, keeping the keyboard focus on the field that changed.
 */
(function () {
  'use strict';
  var form = document.getElementById('guided-form');
  if (!form) return;
  var focused = sessionStorage.getItem('guided-focus');
  if (focused) {
    sessionStorage.removeItem('guided-focus');
    var el = document.getElementById(focused);
    if (el) el.focus();
  }
  form.querySelectorAll('[data-update]').forEach(function (field) {
    field.addEventListener('change', function () {
      sessionStorage.setItem('guided-focus', field.id);
      var update = document.getElementById('update');
      form.requestSubmit(update);
    });
  });
})();
