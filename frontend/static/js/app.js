// Consulta: small enhancements only. Every page works without this file.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to an error summary so screen readers announce what to fix.
  const summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
  // The receipt: copied with one tap, or printed (or saved as PDF) with the page.
  const actions = document.querySelector('.receipt-actions');
  if (actions) {
    actions.hidden = false;
    const copy = actions.querySelector('[data-copy]');
    copy.addEventListener('click', () => {
      navigator.clipboard?.writeText(copy.dataset.copy).then(() => {
        actions.querySelector('.copy-status').textContent = copy.dataset.copied;
      });
    });
    actions.querySelector('[data-print]').addEventListener('click', () => window.print());
  }
  // A table region is a Tab stop only while its table is wider than it (so the keyboard can
  // scroll it), never an empty one; checked again when a section opens or the window resizes.
  const scrollers = () => {
    for (const wrap of document.querySelectorAll('.table-wrap[data-scroll], figure.chart')) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) wrap.tabIndex = 0;
      else wrap.removeAttribute('tabindex');
    }
  };
  scrollers();
  window.addEventListener('resize', scrollers);
  document.addEventListener('toggle', scrollers, true);
  offline();
  const form = document.getElementById('journey');
  if (!form) return;

  // Questions that depend on an answer on the same page appear as soon as it is given.
  const conditional = form.querySelectorAll('[data-cond-name]');
  const holds = (el) => {
    const inputs = [...form.elements].filter((i) => i.name === el.dataset.condName);
    if (!inputs.length) return true;
    const given = inputs
      .filter((i) => (i.type === 'radio' || i.type === 'checkbox' ? i.checked : true))
      .map((i) => i.value.trim())
      .filter((v) => v !== '');
    return el.dataset.condOp === 'not_answered' ? !given.length : given.includes(el.dataset.condValue);
  };
  const update = () => conditional.forEach((el) => {
    const show = holds(el);
    el.hidden = !show;
    el.querySelectorAll('input,select,textarea').forEach((i) => { i.disabled = !show; });
  });
  if (conditional.length) {
    form.addEventListener('change', update);
    form.addEventListener('input', update);
    update();
  }

  // Characters left in text answers, announced after a pause in typing.
  form.querySelectorAll('[data-max]').forEach((field) => {
    const max = Number(field.dataset.max);
    const shown = document.createElement('p');
    shown.className = 'hint';
    shown.setAttribute('aria-hidden', 'true');
    const spoken = document.createElement('p');
    spoken.className = 'visually-hidden';
    spoken.setAttribute('aria-live', 'polite');
    field.after(shown, spoken);
    let timer;
    const count = () => {
      const left = max - [...field.value].length;
      const text = left < 0
        ? `${field.dataset.over} ${-left}`
        : `${field.dataset.left} ${left}`;
      shown.textContent = text;
      shown.classList.toggle('count-over', left < 0);
      clearTimeout(timer);
      timer = setTimeout(() => { spoken.textContent = text; }, 1000);
    };
    field.addEventListener('input', count);
    count();
  });
});

// Offline answering (README, "Answering without a steady connection"): the service worker
// keeps the pages; an answer sent while offline waits here and goes to the public API with
// the journey's submission id when the connection returns, so a resend never stores twice.
const PENDING = 'consulta-pending';
function offline() {
  if ('serviceWorker' in navigator && document.querySelector('link[rel=manifest]')) {
    navigator.serviceWorker.register('/sw.js').catch(() => {});
  }
  const box = document.getElementById('offline');
  if (!box) return;
  const form = document.getElementById('journey');
  const shared = document.getElementById('shared-device');
  if (shared) shared.parentElement.hidden = false;
  const show = (msg, receipt) => box.querySelectorAll('[data-msg]').forEach((p) => {
    p.hidden = p.dataset.msg !== msg;
    if (receipt && p.dataset.msg === msg) p.querySelector('.receipt-code').textContent = receipt;
  });
  const read = () => { try { return JSON.parse(localStorage.getItem(PENDING)); } catch { return null; } };
  const forget = () => localStorage.removeItem(PENDING);
  let sending = false;
  const send = async () => {
    const p = read();
    if (!p || sending || !navigator.onLine) return;
    sending = true;
    show('sending');
    try {
      const res = await fetch(`/api/v1/consultations/${p.slug}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': p.body.language },
        body: JSON.stringify(p.body),
      });
      if (res.status === 201 || res.status === 200) {
        const r = await res.json();
        forget();
        // On a shared device nothing of this consultation stays: not even its pages.
        if (p.shared && window.caches) caches.delete('consulta-v1');
        show('sent', r.receipt);
      } else if (res.status === 410 || res.status === 409) {
        forget();
        show('closed');
      } else if (res.status >= 400 && res.status < 500 && res.status !== 429) {
        forget();
        show('refused');
      } else {
        show(p.shared ? 'waiting' : 'saved');
      }
    } catch {
      show(p.shared ? 'waiting' : 'saved');
    }
    sending = false;
  };
  form?.addEventListener('submit', (ev) => {
    if (navigator.onLine || ev.submitter?.value !== 'submit') return;
    ev.preventDefault();
    const s = JSON.parse(form.elements.state.value);
    const body = {
      submission_id: s.id, language: s.l, age_band: s.b, country: s.co, gender: s.ge,
      gender_description: s.gd, guardian_confirmed: !!s.g, access_code: s.k, answers: s.a || {},
    };
    localStorage.setItem(PENDING, JSON.stringify({ slug: box.dataset.slug, shared: shared.checked, body }));
    // The answers leave the screen: a shared device shows only that one is waiting.
    form.remove();
    show('saved');
  });
  const waiting = read();
  if (waiting) {
    if (waiting.slug === box.dataset.slug) form?.remove();
    show(waiting.shared ? 'waiting' : 'saved');
  }
  window.addEventListener('online', send);
  if (waiting) send();
}
