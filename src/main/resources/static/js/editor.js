/*
 * The rule editor: CodeMirror (served by the app from its WebJar) over the plain textarea,
 * which keeps working without this script. DRL gets its own highlighting mode, knowledge-base
 * files YAML's. Lines named by a problem are marked; a problem's link in this file jumps to its
 * line and column; Ctrl+S (Cmd+S) saves.
 */
(function () {
  'use strict';
  if (typeof CodeMirror === 'undefined') return;

  CodeMirror.defineSimpleMode('drl', {
    start: [
      { regex: /"(?:[^\\"]|\\.)*?(?:"|$)/, token: 'string' },
      { regex: /'(?:[^\\']|\\.)*?(?:'|$)/, token: 'string' },
      { regex: /\/\/.*/, token: 'comment' },
      { regex: /#.*/, token: 'comment' },
      { regex: /\/\*/, token: 'comment', next: 'comment' },
      { regex: /\b(?:package|import|rule|when|then|end|salience|agenda-group|no-loop|lock-on-active|not|exists|forall|and|or|in|matches|contains|memberOf|soundslike|accumulate|collect|from|eval|global|function|query|declare|extends|dialect)\b/,
        token: 'keyword' },
      { regex: /\b(?:insert|insertLogical|modify|update|retract|delete|drools)\b/, token: 'builtin' },
      { regex: /\b(?:true|false|null)\b/, token: 'atom' },
      { regex: /\$[A-Za-z_]\w*/, token: 'variable-2' },
      { regex: /[A-Z]\w*/, token: 'type' },
      // any other word whole, so that 'or' in 'advisor' is not taken for a keyword
      { regex: /[A-Za-z_]\w*/, token: null },
      { regex: /-?\d+(?:\.\d+)?/, token: 'number' },
      { regex: /[-+*\/%=<>!&|]+/, token: 'operator' }
    ],
    comment: [
      { regex: /.*?\*\//, token: 'comment', next: 'start' },
      { regex: /.*/, token: 'comment' }
    ],
    meta: { lineComment: '//', blockCommentStart: '/*', blockCommentEnd: '*/' }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var area = document.getElementById('content');
    if (!area) return;
    var form = area.form;
    var editor = CodeMirror.fromTextArea(area, {
      mode: area.getAttribute('data-mode') === 'drl' ? 'drl' : 'yaml',
      lineNumbers: true,
      indentUnit: area.getAttribute('data-mode') === 'drl' ? 4 : 2,
      indentWithTabs: area.getAttribute('data-mode') === 'drl',
      lineWrapping: false,
      viewportMargin: 50,
      extraKeys: {
        'Ctrl-S': function () { form.requestSubmit(); },
        'Cmd-S': function () { form.requestSubmit(); },
        // Tab stays a way out of the editor for keyboard users; Ctrl+] indents
        'Tab': false,
        'Shift-Tab': false,
        'Ctrl-]': 'indentMore',
        'Ctrl-[': 'indentLess'
      }
    });
    editor.getWrapperElement().setAttribute('aria-label', area.labels && area.labels[0] ? area.labels[0].textContent : '');

    function jump(line, column) {
      if (!line) return;
      var l = Math.max(0, parseInt(line, 10) - 1);
      var c = column ? Math.max(0, parseInt(column, 10) - 1) : 0;
      editor.focus();
      editor.setCursor({ line: l, ch: c });
      editor.scrollIntoView({ line: l, ch: c }, 120);
    }

    document.querySelectorAll('#problems a[data-line]').forEach(function (link) {
      var line = parseInt(link.getAttribute('data-line'), 10);
      if (line > 0) editor.addLineClass(line - 1, 'background', 'cm-problem-line');
      link.addEventListener('click', function (event) {
        event.preventDefault();
        jump(link.getAttribute('data-line'), link.getAttribute('data-column'));
      });
    });
    jump(area.getAttribute('data-line'));
  });
})();
