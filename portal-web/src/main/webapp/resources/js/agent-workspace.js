/* The agent workspace (helpdesk/tiket.xhtml): keyboard shortcuts, the "?" help, and where the cursor is in the answer
   (a knowledge-base answer or Layer 2's draft is inserted there by the server).
   N next ticket, R the answer box, Ctrl+Enter send, C close, ? this help. A letter alone is ignored while the agent
   types in a field (it is part of the text); with Alt (Ctrl/Cmd for Enter) a shortcut works anywhere. */
var djpkWorkspace = (function () {
  'use strict';

  function byId(id) {
    return document.getElementById(id);
  }

  function reply() {
    return byId('reply:text');
  }

  function typing(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
  }

  function remember() {
    var text = reply(), caret = byId('reply:caret');
    if (text && caret) {
      caret.value = String(text.selectionStart);
    }
  }

  function click(id) {
    var el = byId(id);
    if (el) {
      el.click();
      return true;
    }
    return false;
  }

  function help(open) {
    var dialog = byId('shortcuts');
    if (!dialog) {
      return;
    }
    if (open && !dialog.open) {
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }

  function onKey(e) {
    var dialog = byId('shortcuts');
    if (dialog && dialog.open) {
      return; // the dialog handles Escape itself
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      if (e.target === reply() && click('reply:send')) {
        e.preventDefault();
      }
      return;
    }
    var modifier = e.altKey && !e.ctrlKey && !e.metaKey;
    if (!modifier && (e.ctrlKey || e.metaKey || e.altKey || typing(e.target))) {
      return;
    }
    var key = modifier ? (e.code || '').replace(/^Key/, '').toLowerCase() : e.key.toLowerCase();
    var done = false;
    if (key === 'n') {
      done = click('nextTicket');
    } else if (key === 'r') {
      var text = reply();
      if (text) {
        text.focus();
        done = true;
      }
    } else if (key === 'c') {
      done = click('state:close');
    } else if (e.key === '?' && !modifier) {
      help(true);
      done = true;
    }
    if (done) {
      e.preventDefault();
    }
  }

  function init() {
    document.addEventListener('keydown', onKey);
    ['keyup', 'click', 'select', 'blur'].forEach(function (type) {
      document.addEventListener(type, function (e) {
        if (e.target === reply()) {
          remember();
        }
      }, true);
    });
    var open = byId('shortcutsHelp'), close = byId('shortcutsClose');
    if (open) {
      open.addEventListener('click', function () { help(true); });
    }
    if (close) {
      close.addEventListener('click', function () { help(false); });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }

  return {
    /** After an insertion: back to the answer, the cursor at the end of what was there. */
    focusReply: function () {
      var text = reply();
      if (text) {
        text.focus();
        remember();
      }
    }
  };
}());
