/*
 * Small progressive enhancements; every page works without this script.
 * - Questions controlled by an answer on the same page appear and disappear at once.
 * - An exclusive option ("none of these") clears the others, and the others clear it.
 * - Copy buttons copy the private link (completed to a whole address if the page gave a path).
 * - The submit button shows that the report is being built.
 * - An error summary takes the focus, so keyboard and screen reader users land on it.
 * - The report's Print button appears, and printing opens every "why" block.
 */
(function () {
  'use strict';

  function answerOf(form, name) {
    var inputs = form.querySelectorAll('input[name="' + CSS.escape(name) + '"]');
    var values = [];
    inputs.forEach(function (input) {
      if (input.type === 'radio' || input.type === 'checkbox') {
        if (input.checked && !input.closest('[hidden]')) values.push(input.value);
      } else if (input.value.trim() !== '' && !input.closest('[hidden]')) {
        values.push(input.value.trim());
      }
    });
    return values;
  }

  // The browser's copy of the show conditions; the server's is ShowConditions.java, and
  // QuestionnaireBrowserIT checks that both agree on every question of the questionnaire.
  function conditionHolds(form, field) {
    var parent = field.getAttribute('data-when');
    var values = answerOf(form, parent);
    if (values.length === 0) return false;
    var any = field.getAttribute('data-when-any');
    var min = field.getAttribute('data-when-min');
    if (any) {
      var wanted = any.split(' ');
      return values.some(function (v) { return wanted.indexOf(v) >= 0; });
    }
    if (min) {
      var n = parseFloat(values[0].replace(',', '.').replace(/\s/g, ''));
      return !isNaN(n) && n >= parseFloat(min);
    }
    return true;
  }

  function refreshConditions(form) {
    var shown = form.querySelector('input[name="_shown"]');
    var changed = true;
    // Conditions can chain (a question controls another that controls a third).
    for (var pass = 0; changed && pass < 5; pass++) {
      changed = false;
      form.querySelectorAll('.question[data-when]').forEach(function (field) {
        var controlledHere = form.querySelector('input[name="' + CSS.escape(field.getAttribute('data-when')) + '"]');
        if (!controlledHere) return;
        var hide = !conditionHolds(form, field);
        if (field.hidden !== hide) {
          field.hidden = hide;
          changed = true;
        }
      });
    }
    if (shown) {
      var ids = [];
      form.querySelectorAll('.question').forEach(function (field) {
        if (!field.hidden) ids.push(field.id.replace(/^field-/, ''));
      });
      shown.value = ids.join(' ');
    }
  }

  function exclusiveOptions(event) {
    var input = event.target;
    if (input.type !== 'checkbox' || !input.checked) return;
    var group = input.form.querySelectorAll('input[type="checkbox"][name="' + CSS.escape(input.name) + '"]');
    var exclusive = input.hasAttribute('data-exclusive');
    group.forEach(function (other) {
      if (other !== input && (exclusive || other.hasAttribute('data-exclusive'))) other.checked = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('section-form');
    if (form) {
      form.addEventListener('change', function (event) {
        exclusiveOptions(event);
        refreshConditions(form);
      });
      form.addEventListener('input', function (event) {
        if (event.target.type === 'text') refreshConditions(form);
      });
    }

    // Without a configured base URL the server prints only the path of a private link (it
    // does not trust the Host header); the browser knows the address it really opened.
    document.querySelectorAll('input.resume__url').forEach(function (field) {
      if (field.value.charAt(0) === '/') field.value = new URL(field.value, window.location.href).href;
    });

    document.querySelectorAll('[data-copy]').forEach(function (button) {
      button.addEventListener('click', function () {
        var field = document.getElementById(button.getAttribute('data-copy'));
        var status = button.closest('section').querySelector('[role="status"]');
        function done() { if (status) status.textContent = button.getAttribute('data-copied'); }
        field.select();
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
        } else {
          document.execCommand('copy');
          done();
        }
      });
    });

    document.querySelectorAll('form[data-busy]').forEach(function (busyForm) {
      busyForm.addEventListener('submit', function () {
        var button = busyForm.querySelector('button[type="submit"]');
        var status = busyForm.querySelector('[role="status"]');
        if (status) status.textContent = busyForm.getAttribute('data-busy');
        // Disable after the submission has started, so the button's own value is still sent.
        setTimeout(function () { if (button) button.disabled = true; }, 0);
      });
    });

    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
      // A link of the summary puts the cursor into the field it names, not just next to it.
      summary.addEventListener('click', function (event) {
        var link = event.target.closest('a[href^="#"]');
        if (!link) return;
        var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
        if (!target) return;
        event.preventDefault();
        target.scrollIntoView({ block: 'center' });
        target.focus();
      });
    }
  });
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
})();
