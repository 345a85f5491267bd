// Live mode, an enhancement only: pages work with plain forms and a refresh button.
// A phone reloads when the question changes; the projector and the control page replace
// their figures with each update. When the event stream is refused, a phone asks for the
// state every few seconds instead.
(function () {
  'use strict';
  var root = document.querySelector('[data-live]');
  if (!root || !window.EventSource) return;
  var kind = root.getAttribute('data-live');

  function changedForPhone(s) {
    return String(s.current) !== root.getAttribute('data-current') ||
      String(s.open) !== root.getAttribute('data-open') || s.running === false;
  }

  function onState(s) {
    if (kind === 'participant') {
      if (changedForPhone(s)) window.location.reload();
      return;
    }
    var fragment = document.getElementById('live-fragment');
    if (fragment && typeof s.html === 'string') fragment.innerHTML = s.html;
    var counts = s.counts || {};
    Object.keys(counts).forEach(function (key) {
      document.querySelectorAll('[data-count]').forEach(function (el) {
        if (el.getAttribute('data-count') === key) el.textContent = String(counts[key]);
      });
    });
    var moderation = s.moderation || {};
    Object.keys(moderation).forEach(function (key) {
      document.querySelectorAll('[data-moderation]').forEach(function (el) {
        if (el.getAttribute('data-moderation') === key) el.textContent = moderation[key];
      });
    });
    if (kind === 'control' && (s.current || '') !== (root.getAttribute('data-current') || s.current || '')) {
      root.setAttribute('data-current', s.current || '');
    }
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
