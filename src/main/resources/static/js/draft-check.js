// The draft page while its background checks run: asks every 1.5 s whether they are done,
// then reloads the page to show their result, unless something was typed on it (then it only
// says the check finished, with the link to reload). Without a script the page's own link does it.
(function () {
  var box = document.getElementById('checking') || document.getElementById('lint-pending');
  var url = (document.getElementById('checking') || {}).dataset;
  url = url && url.checkUrl ? url.checkUrl : location.pathname.replace(/\/?$/, '/check');
  var typed = false;
  document.addEventListener('input', function () { typed = true; });
  var tries = 0;
  function poll() {
    if (++tries > 400) { return; }
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : { done: false }; })
      .then(function (s) {
        if (!s.done) { setTimeout(poll, 1500); return; }
        if (!typed) { location.reload(); return; }
        var done = document.getElementById('checked');
        if (done) { done.hidden = false; }
        if (box) { box.hidden = true; }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  if (box) { setTimeout(poll, 1000); }
})();
