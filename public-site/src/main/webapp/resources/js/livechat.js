/* Live chat "Mulai Percakapan" (issue #14): the panel of WEB-INF/includes/livechat.xhtml talking to /ws/chat.
   The chat's token is kept in sessionStorage, so a reload or a dropped connection resumes the same chat. Every
   message is shown as the server sends it back (the visitor's own too), so the log is what was stored. */
(function () {
  'use strict';
  var root = document.getElementById('livechat');
  if (!root || !window.WebSocket) {
    return;
  }
  var KEY = 'djpk.livechat.token';
  var $ = function (id) { return document.getElementById(id); };
  var panel = $('livechat-panel'), opener = $('livechat-open'), status = $('livechat-status');
  var startForm = $('livechat-start'), talk = $('livechat-talk'), log = $('livechat-log'), sendForm = $('livechat-send');
  var socket = null, pending = null, retry = 0, ended = false;
  root.hidden = false;

  function show(open) {
    panel.hidden = !open;
    opener.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) {
      (talk.hidden ? $('livechat-name') : $('livechat-body')).focus();
    } else {
      opener.focus();
    }
  }

  function say(text) {
    status.textContent = text || '';
  }

  function clearErrors() {
    var errors = root.querySelectorAll('.field-error');
    for (var i = 0; i < errors.length; i++) {
      errors[i].hidden = true;
      errors[i].textContent = '';
    }
  }

  function fieldError(field, text) {
    var p = $('livechat-' + field + '-error');
    if (p) {
      p.textContent = text;
      p.hidden = false;
    } else {
      say(text);
    }
  }

  function line(from, body, at) {
    var li = document.createElement('li');
    li.className = 'livechat-line livechat-' + from.toLowerCase();
    var who = document.createElement('span');
    who.className = 'livechat-who';
    who.textContent = from === 'VISITOR' ? root.dataset.you : from === 'AGENT' ? root.dataset.agent : root.dataset.system;
    var time = document.createElement('time');
    if (at) {
      time.dateTime = at;
      time.textContent = new Date(at).toLocaleTimeString(root.dataset.lang === 'en' ? 'en-GB' : 'id-ID',
          {hour: '2-digit', minute: '2-digit'});
    }
    var text = document.createElement('p');
    text.textContent = body;
    li.appendChild(who);
    li.appendChild(time);
    li.appendChild(text);
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  }

  function connect(first) {
    pending = first;
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws/chat?lang=' + encodeURIComponent(root.dataset.lang || 'id'));
    socket.onopen = function () {
      retry = 0;
      say('');
      var token = sessionStorage.getItem(KEY);
      if (token) {
        socket.send(JSON.stringify({type: 'resume', token: token}));
      } else if (pending) {
        socket.send(JSON.stringify(pending));
      }
    };
    socket.onmessage = function (event) {
      var f = JSON.parse(event.data);
      if (f.type === 'started') {
        sessionStorage.setItem(KEY, f.token);
        pending = null;
        log.textContent = '';
        startForm.hidden = true;
        talk.hidden = false;
        $('livechat-body').focus();
      } else if (f.type === 'message') {
        line(f.from, f.body, f.at);
      } else if (f.type === 'offline') {
        pending = null;
        startForm.reset();
        say(f.message);
      } else if (f.type === 'closed') {
        finish();
      } else if (f.type === 'error') {
        if (f.field === 'token') {
          // the chat is over (closed, or unknown): start afresh
          sessionStorage.removeItem(KEY);
          startForm.hidden = false;
          talk.hidden = true;
          if (pending) {
            socket.send(JSON.stringify(pending));
          }
          return;
        }
        fieldError(f.field || 'status', f.message);
      }
    };
    socket.onclose = function () {
      socket = null;
      if (!ended && sessionStorage.getItem(KEY)) {
        say(root.dataset.reconnecting);
        retry = Math.min(retry + 1, 5);
        setTimeout(function () { connect(null); }, 1000 * retry);
      }
    };
  }

  function finish() {
    ended = true;
    sessionStorage.removeItem(KEY);
    say(root.dataset.closed);
    sendForm.hidden = true;
    if (socket) {
      socket.close();
    }
  }

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(frame));
    } else {
      ended = false;
      say(root.dataset.connecting);
      connect(frame);
    }
  }

  opener.addEventListener('click', function () { show(panel.hidden); });
  $('livechat-hide').addEventListener('click', function () { show(false); });
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      show(false);
    }
  });
  startForm.addEventListener('submit', function (e) {
    e.preventDefault();
    clearErrors();
    send({type: 'start', name: $('livechat-name').value, email: $('livechat-email').value,
      regionCode: $('livechat-region').value, message: $('livechat-message').value});
  });
  sendForm.addEventListener('submit', function (e) {
    e.preventDefault();
    clearErrors();
    var body = $('livechat-body');
    if (body.value.trim()) {
      send({type: 'message', body: body.value});
      body.value = '';
    }
  });
  $('livechat-body').addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      sendForm.requestSubmit();
    }
  });
  $('livechat-end').addEventListener('click', function () {
    send({type: 'close'});
  });

  // a reload resumes the chat of this tab
  if (sessionStorage.getItem(KEY)) {
    show(true);
    startForm.hidden = true;
    talk.hidden = false;
    say(root.dataset.connecting);
    connect(null);
  }
}());
