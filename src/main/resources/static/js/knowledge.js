/*
 * The knowledge-base pages work without this script: the option table comes with a few
 * empty rows, the Update button shows what fits a chosen question, and pickers are plain
 * selects. With it, "Add a row" adds option rows, choosing a question or a type updates
 * the form at once, and a filter box above a picker hides the entries that do not match.
 */
(function () {
  'use strict';
  var table = document.getElementById('options-table');
  var add = document.getElementById('add-row');
  if (table && add) {
    add.hidden = false;
    add.addEventListener('click', function () {
      var rows = table.tBodies[0].rows;
      var last = rows[rows.length - 1];
      var copy = last.cloneNode(true);
      var n = rows.length;
      copy.querySelectorAll('input').forEach(function (input) {
        input.name = input.name.replace(/options\[\d+\]/, 'options[' + n + ']');
        if (input.id) input.id = input.id.replace(/opt-\d+-/, 'opt-' + n + '-');
        if (input.type !== 'hidden') input.value = '';
        input.removeAttribute('aria-invalid');
      });
      copy.querySelectorAll('.field-error, code, label.option-inline').forEach(function (el) { el.remove(); });
      table.tBodies[0].appendChild(copy);
      var first = copy.querySelector('input[type=text]');
      if (first) first.focus();
    });
  }
  var form = document.getElementById('question-form');
  if (form) {
    var focused = sessionStorage.getItem('knowledge-focus');
    if (focused) {
      sessionStorage.removeItem('knowledge-focus');
      var el = document.getElementById(focused);
      if (el) el.focus();
    }
    form.querySelectorAll('[data-refresh]').forEach(function (field) {
      field.addEventListener('change', function () {
        sessionStorage.setItem('knowledge-focus', field.id);
        form.requestSubmit(document.getElementById('refresh'));
      });
    });
  }
  document.querySelectorAll('[data-filter-for]').forEach(function (box) {
    var select = document.getElementById(box.getAttribute('data-filter-for'));
    if (!select) return;
    box.hidden = false;
    var input = box.querySelector('input');
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(select.options, function (o) {
        var text = o.textContent.toLowerCase();
        o.hidden = !o.selected && !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
  });
  document.querySelectorAll('[data-filter-list]').forEach(function (box) {
    var list = document.getElementById(box.getAttribute('data-filter-list'));
    if (!list) return;
    box.hidden = false;
    var input = box.querySelector('input');
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(list.children, function (li) {
        var text = li.textContent.toLowerCase();
        li.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
  });
})();
