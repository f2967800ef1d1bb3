/*
 * Access links carry the access code in the URL fragment (/ppid/status?nomor=…#kode=…): browsers never send a
 * fragment to the server, so the code stays out of access logs, proxies and Referer headers. This fills the code
 * into the page's form (the one marked data-access-link), removes it from the address bar and posts the form.
 * Without JavaScript the form is there to type the code into.
 */
(function () {
  function postFragment() {
    var hash = window.location.hash;
    var form = document.querySelector('form[data-access-link]');
    if (!form || !hash || hash.length < 2) {
      return;
    }
    var params = new URLSearchParams(hash.substring(1));
    var filled = false;
    params.forEach(function (value, name) {
      var field = form.querySelector('input[name="' + name.replace(/[^a-z]/g, '') + '"]');
      if (field && value) {
        field.value = value;
        filled = true;
      }
    });
    if (filled) {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      form.submit();
    }
  }
  postFragment();
  // the link opened again on the page it leads to changes only the fragment: no new page load
  window.addEventListener('hashchange', postFragment);
})();
