/* The live console (helpdesk/percakapan.xhtml): a short tone when the count of waiting chats grows. Browsers play
   sound only after the page was used once (a click on the presence switch is enough). */
var djpkLiveConsole = (function () {
  'use strict';
  var last = null, audio = null;
  function beep() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      var o = audio.createOscillator(), g = audio.createGain();
      o.frequency.value = 880;
      g.gain.value = 0.15;
      o.connect(g);
      g.connect(audio.destination);
      o.start();
      o.stop(audio.currentTime + 0.25);
    } catch (e) {
      // no sound available: the counter still shows it
    }
  }
  return {
    check: function () {
      var el = document.getElementById('lcCount');
      var n = el ? parseInt(el.getAttribute('data-count'), 10) : 0;
      if (last !== null && n > last) {
        beep();
      }
      last = n;
    }
  };
}());
document.addEventListener('DOMContentLoaded', function () { djpkLiveConsole.check(); });
