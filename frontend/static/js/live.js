// Live mode, an enhancement only: pages work with plain forms and a refresh button.
// A phone reloads when the question changes, then says so (a status line read out, focus on
// the new question); the projector and the control page replace their figures with each update. When the event stream is refused, a phone asks for the
// state every few seconds instead.
(function () {
  'use strict';
  // The projector's button for the browser's full screen, where the browser has one.
  var full = document.querySelector('[data-fullscreen]');
  if (full && document.documentElement.requestFullscreen) {
    var enter = full.textContent;
    full.hidden = false;
    full.addEventListener('click', function () {
      if (document.fullscreenElement) document.exitFullscreen();
      else document.documentElement.requestFullscreen().catch(function () {});
    });
    document.addEventListener('fullscreenchange', function () {
      full.textContent = document.fullscreenElement ? full.getAttribute('data-exit') : enter;
    });
  }

  var root = document.querySelector('[data-live]');
  if (!root || !window.EventSource) return;
  var kind = root.getAttribute('data-live');
  // After app.js has set the question up (a statements question shows its vote buttons).
  if (kind === 'participant') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', sayWhatChanged);
    else sayWhatChanged();
  }

  function changedForPhone(s) {
    return String(s.current) !== root.getAttribute('data-current') ||
      String(s.open) !== root.getAttribute('data-open') || s.running === false;
  }

  function onState(s) {
    if (kind === 'participant') {
      if (changedForPhone(s)) {
        try { window.sessionStorage.setItem('live-changed', '1'); } catch (e) { /* private mode */ }
        window.location.reload();
      }
      return;
    }
    var fragment = document.getElementById('live-fragment');
    if (fragment && typeof s.html === 'string') {
      var before = shown(fragment);
      fragment.innerHTML = s.html;
      announce(before, shown(fragment));
    }
    var counts = s.counts || {};
    Object.keys(counts).forEach(function (key) {
      document.querySelectorAll('[data-count]').forEach(function (el) {
        if (el.getAttribute('data-count') === key) el.textContent = String(counts[key]);
      });
    });
    ['moderation', 'votes'].forEach(function (field) {
      var texts = s[field] || {};
      Object.keys(texts).forEach(function (key) {
        document.querySelectorAll('[data-' + field + ']').forEach(function (el) {
          if (el.getAttribute('data-' + field) === key) el.textContent = texts[key];
        });
      });
    });
    if (kind === 'control' && (s.current || '') !== (root.getAttribute('data-current') || s.current || '')) {
      root.setAttribute('data-current', s.current || '');
    }
  }

  // After a reload of our own: a new question is announced and takes the focus, so that a
  // screen reader user hears it and a keyboard user is on its first choice; any other
  // screen (waiting, answered) is read from its heading.
  function sayWhatChanged() {
    var changed = false;
    try {
      changed = window.sessionStorage.getItem('live-changed') === '1';
      window.sessionStorage.removeItem('live-changed');
    } catch (e) { /* private mode: nothing to say */ }
    if (!changed) return;
    var form = root.querySelector('form[action$="/answer"]');
    var notice = document.getElementById('live-notice');
    if (form && notice) notice.textContent = notice.getAttribute('data-new-question');
    var target = form ? Array.prototype.find.call(
      form.querySelectorAll('input:not([type=hidden]), textarea, select, [data-vote]'),
      function (el) { return el.getClientRects().length > 0; }) : root.querySelector('h1');
    if (!target) return;
    if (!form) target.setAttribute('tabindex', '-1');
    target.focus();
  }

  // What the projector shows, for telling a screen reader only what changed.
  function shown(fragment) {
    var text = function (selector) {
      var el = fragment.querySelector(selector);
      return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
    };
    // A statements question's bars change with every vote: the room's reader hears the
    // opinion map's consensus when it first appears or changes, not each vote.
    var bars = fragment.querySelector('.present-bars');
    var opinion = fragment.querySelector('.present-map');
    var results = bars ? 'bars' : opinion ? text('.present-map-note') + text('.present-consensus') : text('.present-note');
    return {
      question: text('.present-question'),
      results: results,
      resultsText: bars ? text('.present-bars') : opinion ? text('.present-map') : text('.present-note'),
      count: text('.present-count')
    };
  }

  // A new question is read out, then newly shown results; a changed count at most every
  // ten seconds, so that a room answering does not drown the reader.
  var saidAt = 0;
  function announce(before, after) {
    var region = document.getElementById('live-announce');
    if (!region) return;
    var say = '';
    if (after.question !== before.question) say = after.question;
    else if (after.results !== before.results) say = after.resultsText;
    else if (after.count !== before.count && Date.now() - saidAt > 10000) say = after.count;
    if (!say) return;
    region.textContent = say;
    saidAt = Date.now();
  }

  function poll() {
    var url = root.getAttribute('data-state');
    if (!url) return;
    window.setInterval(function () {
      fetch(url, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) { return r.json(); })
        .then(onState)
        .catch(function () {});
    }, 5000);
  }

  var source = new EventSource(root.getAttribute('data-events'));
  var event = kind === 'participant' ? 'state' : 'update';
  source.addEventListener(event, function (e) {
    try { onState(JSON.parse(e.data)); } catch (err) { /* a malformed event is skipped */ }
  });
  source.addEventListener('error', function () {
    if (source.readyState === EventSource.CLOSED) poll();
  });
}());
