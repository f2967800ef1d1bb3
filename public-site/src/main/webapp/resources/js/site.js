/* The public site's one script: on a small screen the header's search, language switch and menu fold behind a
   "Menu" button. Without the script (or on a wide screen) everything stays visible. */
(function () {
  'use strict';
  var header = document.querySelector('.site-header');
  var button = document.getElementById('menu-toggle');
  if (!header || !button) {
    return;
  }
  document.documentElement.classList.add('js');
  button.hidden = false;
  button.addEventListener('click', function () {
    var open = header.classList.toggle('menu-open');
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
}());
