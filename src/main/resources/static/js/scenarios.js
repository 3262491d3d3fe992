/*
 * The scenario pages work without this script: the form's "Update" button draws the answer
 * control of a question just chosen. With it, choosing a question draws its control at once
 * (from the page's templates, one per question), "More rows" adds a row in place, and a
 * notice or error summary takes the focus.
 */
(function () {
  'use strict';

  var focus = document.querySelector('[data-focus]');
  if (focus) focus.focus();

  var form = document.getElementById('scenario-form');
  if (!form) return;

  function drawControl(select) {
    var i = select.getAttribute('data-row');
    var place = document.getElementById('value-' + i);
    var shownFor = form.querySelector('input[name="t' + i + '"]');
    var template = document.getElementById('control-' + select.value);
    if (!place || !shownFor) return;
    place.textContent = '';
    if (!template) {
      shownFor.value = '';
      return;
    }
    var copy = template.content.cloneNode(true);
    copy.querySelectorAll('[id], [name], [for], [aria-describedby]').forEach(function (el) {
      ['id', 'name', 'for', 'aria-describedby'].forEach(function (a) {
        var v = el.getAttribute(a);
        if (v) el.setAttribute(a, v.split('{i}').join(i));
      });
    });
    place.appendChild(copy);
    shownFor.value = select.value;
  }

  form.addEventListener('change', function (event) {
    var t = event.target;
    if (t.matches && t.matches('select[data-row]')) drawControl(t);
  });

  var more = document.getElementById('more-rows');
  var rows = form.querySelectorAll('.scenario-row');
  if (more && rows.length > 0) {
    more.addEventListener('click', function (event) {
      event.preventDefault();
      var last = form.querySelectorAll('.scenario-row');
      var model = last[last.length - 1];
      var i = last.length;
      var row = model.cloneNode(true);
      row.id = 'field-row' + i;
      row.classList.remove('field--error');
      row.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
      var select = row.querySelector('select[data-row]');
      select.id = 'q' + i;
      select.name = 'q' + i;
      select.setAttribute('data-row', i);
      select.removeAttribute('aria-invalid');
      select.removeAttribute('aria-describedby');
      select.value = '';
      var label = row.querySelector('label[for^="q"]');
      if (label) {
        label.setAttribute('for', 'q' + i);
        label.textContent = label.textContent.replace(/\d+/, String(i + 1));
      }
      var hidden = row.querySelector('input[type="hidden"]');
      hidden.name = 't' + i;
      hidden.value = '';
      var value = row.querySelector('.scenario-row__value');
      value.id = 'value-' + i;
      value.textContent = '';
      var remove = row.querySelector('.scenario-row__remove');
      if (remove) {
        remove.value = 'remove-' + i;
        var said = remove.getAttribute('aria-label');
        if (said) remove.setAttribute('aria-label', said.replace(/\d+/, String(i + 1)));
      }
      model.parentNode.insertBefore(row, model.nextSibling);
      select.focus();
    });
  }
})();
