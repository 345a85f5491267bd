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
  // The journey's page, or a live question on a phone: the same questions, the same help.
  const form = document.getElementById('journey') ?? document.querySelector('form[data-live-answer]');
  if (!form) return;

  // Questions that depend on an answer on the same page appear as soon as it is given.
  const conditional = form.querySelectorAll('[data-cond-name]');
  // An answer given on an earlier page (the offline page after a dropped connection) is
  // in the journey the page carries.
  let carried = {};
  try { carried = JSON.parse(form.elements.state?.value).a || {}; } catch { /* no journey */ }
  const holds = (el) => {
    const inputs = [...form.elements].filter((i) => i.name === el.dataset.condName);
    const given = (inputs.length
      ? inputs.filter((i) => (i.type === 'radio' || i.type === 'checkbox' ? i.checked : true)).map((i) => i.value)
      : [].concat(carried[el.dataset.condName.slice(2)] ?? []).map(String))
      .map((v) => v.trim())
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

  form.querySelectorAll('.rank-moves').forEach(ranking);

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
  form.querySelectorAll('.statement-list').forEach(oneByOne);
});

// Statements one at a time: the radios stay the answer; agree / disagree / pass set the
// current statement's and move on, focus stays on the buttons and the next statement is
// announced. After the last, every statement is listed again with its radios to review.
function oneByOne(list) {
  const bar = document.getElementById(list.dataset.bar);
  const items = [...list.children];
  if (!bar || !list.dataset.done || items.length < 2) return;
  const said = bar.querySelector('[data-said]');
  const votes = bar.querySelector('.vote-buttons');
  const buttons = votes.querySelectorAll('[data-vote]');
  const back = bar.querySelector('[data-back]');
  // The end's message stands above the list it invites to review.
  const done = document.getElementById(list.dataset.done);
  const radio = (i, v) => items[i].querySelector(`input[value="${v}"]`);
  let at = 0;
  const show = (i, speak) => {
    at = i;
    const end = i >= items.length;
    list.classList.toggle('one', !end);
    items.forEach((li, j) => {
      li.hidden = !end && j !== i;
      li.querySelector('.votes').hidden = !end;
      li.querySelector('.statement-progress').hidden = end;
    });
    votes.hidden = end;
    done.hidden = !end;
    back.hidden = i === 0;
    if (end) return done.focus();
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(radio(i, b.dataset.vote).checked)));
    const li = items[i];
    if (speak) said.textContent = `${li.querySelector('.statement-progress').textContent}: ${li.querySelector('legend').textContent}`;
  };
  buttons.forEach((b) => b.addEventListener('click', () => {
    const r = radio(at, b.dataset.vote);
    r.checked = true;
    r.dispatchEvent(new Event('change', { bubbles: true }));
    show(at + 1, true);
  }));
  back.addEventListener('click', () => {
    show(Math.max(0, at - 1), true);
    if (at === 0) buttons[0].focus();
  });
  bar.hidden = false;
  show(0, false);
}

// Offline answering (README, "Answering without a steady connection"): the service worker
// keeps the pages; an answer sent while offline waits here, sealed to the server, and goes
// to the consultation's offline address with the journey's submission id when the
// connection returns, so a resend never stores twice.
const PENDING = 'consulta-pending';
function offline() {
  if ('serviceWorker' in navigator && document.querySelector('link[rel=manifest]')) {
    navigator.serviceWorker.register('/sw.js').catch(() => {});
  }
  midJourney();
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
      const res = await fetch(`/c/${p.slug}/offline`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `sealed=${p.sealed}`,
      });
      const html = await res.text();
      if (res.status === 422) {
        // Something to fix: the page with the problems and what was typed, online now.
        forget();
        document.open();
        document.write(html);
        document.close();
        return;
      }
      if (res.status === 201 || res.status === 200) {
        forget();
        // On a shared device nothing of this consultation stays: not even its pages.
        if (p.shared && window.caches) caches.delete('consulta-v1');
        show('sent', new DOMParser().parseFromString(html, 'text/html').querySelector('.receipt code')?.textContent);
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
  // Without WebCrypto (a page not served over HTTPS) nothing is kept: the form posts as usual.
  form?.addEventListener('submit', async (ev) => {
    if (navigator.onLine || ev.submitter?.value !== 'submit' || !window.crypto?.subtle || !box.dataset.key) return;
    ev.preventDefault();
    // The form as it would have been posted, sealed: what stays on the phone is unreadable.
    const fields = new URLSearchParams(new FormData(form, ev.submitter)).toString();
    const pending = {
      slug: box.dataset.slug, shared: !!shared?.checked, closes: box.dataset.closes,
      sealed: await seal(fields, box.dataset.key),
    };
    localStorage.setItem(PENDING, JSON.stringify(pending));
    sessionStorage.removeItem(RESUME);
    // The answers leave the screen: a shared device shows only that one is waiting.
    form.remove();
    show('saved');
  });
  const waiting = read();
  if (waiting?.closes && Date.parse(waiting.closes) <= Date.now()) {
    // The consultation closed while the answer waited: it can no longer be taken.
    forget();
    show('closed');
  } else if (waiting) {
    if (waiting.slug === box.dataset.slug) form?.remove();
    show(waiting.shared ? 'waiting' : 'saved');
    send();
  }
  window.addEventListener('online', send);
}

/** `text` sealed to the server's public key (base64url of the uncompressed point): ECDH
 * P-256 with a key pair made for this once, HKDF-SHA256, AES-256-GCM. The result is this
 * key's public point, the nonce and the ciphertext, base64url; only the server opens it. */
async function seal(text, key) {
  const s = crypto.subtle;
  const curve = { name: 'ECDH', namedCurve: 'P-256' };
  const bytes = (b64) => Uint8Array.from(atob(b64.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const theirs = await s.importKey('raw', bytes(key), curve, false, []);
  const mine = await s.generateKey(curve, false, ['deriveBits']);
  const secret = await s.importKey('raw', await s.deriveBits({ name: 'ECDH', public: theirs }, mine.privateKey, 256), 'HKDF', false, ['deriveKey']);
  const info = new TextEncoder().encode('consulta offline answers v1');
  const aes = await s.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(), info }, secret, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await s.encrypt({ name: 'AES-GCM', iv }, aes, new TextEncoder().encode(text));
  let out = '';
  for (const part of [await s.exportKey('raw', mine.publicKey), iv, sealed]) {
    for (const b of new Uint8Array(part.buffer ?? part)) out += String.fromCharCode(b);
  }
  return btoa(out).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// Mid-journey: the consultation's offline page (every section in one form) is kept in the
// cache from the landing page on. If the connection drops, "continue" opens that page with
// the journey so far and what was typed on this one, and the young person finishes there.
// Before the sections the journey is not carried: the page asks the start steps again.
const RESUME = 'consulta-resume';
function midJourney() {
  const form = document.getElementById('journey') ?? document.querySelector('form[data-begin]');
  if (!form || !window.caches) return;
  if (form.hasAttribute('data-offline')) { resume(form); return; }
  // A facilitator's preview (posted under /manage) is never kept for offline answering.
  if (!form.getAttribute('action').startsWith('/c/')) return;
  const s = form.elements.state ? JSON.parse(form.elements.state.value) : {};
  const inSections = /^s\d+$/.test(s.at ?? '');
  // The attribute: `form.action` is the buttons named "action".
  const slug = form.getAttribute('action').split('/')[2];
  const url = `/c/${slug}/offline?lang=${s.l ?? document.documentElement.lang}&band=${inSections ? s.b ?? '' : ''}`;
  caches.open('consulta-v1').then((c) => c.match(url).then((hit) => hit || c.add(url))).catch(() => {});
  form.addEventListener('submit', (ev) => {
    if (navigator.onLine || !['next', 'start'].includes(ev.submitter?.value)) return;
    ev.preventDefault();
    const fields = new URLSearchParams(new FormData(form));
    if (!inSections) {
      for (const name of ['state', 'sig', 'action', 'lang']) fields.delete(name);
      if (s.b && !fields.has('age_band')) fields.set('age_band', s.b);
      if (s.g) fields.set('guardian', 'yes');
      if (s.k) fields.set('access_code', s.k);
    }
    sessionStorage.setItem(RESUME, fields.toString());
    location.href = url;
  });
}

/** The offline page: the journey so far goes in, the sections already answered go out, and
 * what was typed on the page the connection dropped on is filled in again. Without a journey
 * the start steps at its top stay. */
function resume(form) {
  const saved = new URLSearchParams(sessionStorage.getItem(RESUME) ?? '');
  // On a shared device what was typed lives only in this page, never in the tab's storage.
  const shared = document.getElementById('shared-device');
  const drop = () => { if (shared?.checked) sessionStorage.removeItem(RESUME); };
  drop();
  shared?.addEventListener('change', drop);
  // Sent (or kept sealed), the fields are no longer needed in the tab.
  form.addEventListener('submit', () => sessionStorage.removeItem(RESUME));
  let start = form.querySelector('[data-start]');
  if (saved.get('state')) {
    // The journey carried has passed the start steps.
    start?.remove();
    start = null;
    for (const name of ['state', 'sig']) {
      const input = form.elements[name] ?? form.appendChild(Object.assign(document.createElement('input'), { type: 'hidden', name }));
      input.value = saved.get(name);
    }
    const at = Number(JSON.parse(saved.get('state')).at.slice(1));
    form.querySelectorAll('[data-section]').forEach((section) => {
      if (Number(section.dataset.section) < at) section.remove();
    });
  }
  for (const [name, value] of saved) {
    if (['state', 'sig', 'action'].includes(name)) continue;
    for (const el of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
      if (el.type === 'radio' || el.type === 'checkbox') el.checked ||= el.value === value;
      else el.value = value;
    }
  }
  if (start) startSteps(form, start);
}

/** The start steps on the offline page: a fresh submission id (the page may be kept for
 * several answers), the adult's confirmation only below the consent age, and below the
 * minimum age the kind words instead of the questions. */
function startSteps(form, start) {
  if (crypto.randomUUID) form.elements.submission_id.value = crypto.randomUUID();
  const note = start.querySelector('[data-too-young-note]');
  const adult = start.querySelector('[data-guardian-field]');
  const update = () => {
    const band = start.querySelector('[name=age_band]:checked');
    const young = !!band?.hasAttribute('data-too-young');
    note.hidden = !young;
    adult.hidden = !band?.hasAttribute('data-guardian');
    form.querySelectorAll('[data-section], .actions').forEach((el) => { el.hidden = young; });
    const shared = document.getElementById('shared-device')?.parentElement;
    if (shared) shared.hidden = young;
  };
  start.addEventListener('change', update);
  update();
}

// A ranking (see questions/ranking.html): the move buttons act in the page instead of
// posting it, items can be dragged, and each move is said in the status line.
function ranking(box) {
  const ranked = box.querySelector('[data-ranked]');
  const rest = box.querySelector('[data-unranked]');
  const status = box.querySelector('[data-rank-status]');
  const places = Number(box.dataset.places);
  const name = (li) => li.querySelector('.rank-label').textContent;
  const say = (text) => { status.textContent = ''; setTimeout(() => { status.textContent = text; }, 50); };
  const refresh = () => {
    const items = [...ranked.children];
    items.forEach((li, i) => {
      li.querySelector('input').value = String(i + 1);
      li.querySelector('[data-move=up]').hidden = i === 0;
      li.querySelector('[data-move=down]').hidden = i === items.length - 1;
      li.querySelector('[data-move=out]').hidden = false;
      li.querySelector('[data-move=in]').hidden = true;
      li.draggable = true;
    });
    [...rest.children].forEach((li) => {
      li.querySelector('input').value = '';
      ['up', 'down', 'out'].forEach((m) => { li.querySelector(`[data-move=${m}]`).hidden = true; });
      li.querySelector('[data-move=in]').hidden = items.length >= places;
      li.draggable = items.length < places;
    });
    box.querySelector('.rank-empty').hidden = items.length > 0;
  };
  const placed = (li) => {
    const at = [...ranked.children].indexOf(li);
    say(at < 0
      ? box.dataset.saidOut.replace('%item%', name(li))
      : box.dataset.saidPlace.replace('%item%', name(li)).replace('%place%', String(at + 1)));
  };
  // An item taken out goes back where it is among the options.
  const putBack = (li) => {
    const after = [...rest.children].find((o) => Number(o.dataset.at) > Number(li.dataset.at));
    rest.insertBefore(li, after || null);
  };
  const move = (li, m) => {
    if (m === 'up' && li.previousElementSibling) ranked.insertBefore(li, li.previousElementSibling);
    else if (m === 'down' && li.nextElementSibling) ranked.insertBefore(li.nextElementSibling, li);
    else if (m === 'out') putBack(li);
    else if (m === 'in') {
      if (ranked.children.length >= places) { say(box.dataset.saidFull); return; }
      ranked.append(li);
    }
    refresh();
    placed(li);
  };
  box.addEventListener('click', (ev) => {
    const button = ev.target.closest('button[data-move]');
    if (!button) return;
    ev.preventDefault();
    const li = button.closest('.rank-item');
    move(li, button.dataset.move);
    // Focus stays on the item: the same button if it still shows, else the first that does.
    const again = button.hidden ? li.querySelector('button[data-move]:not([hidden])') : button;
    again?.focus();
  });
  let dragged = null;
  box.addEventListener('dragstart', (ev) => {
    dragged = ev.target.closest('.rank-item');
    ev.dataTransfer.effectAllowed = 'move';
    ev.dataTransfer.setData('text/plain', dragged?.dataset.code || '');
  });
  box.addEventListener('dragover', (ev) => { if (dragged) ev.preventDefault(); });
  box.addEventListener('drop', (ev) => {
    if (!dragged) return;
    ev.preventDefault();
    const target = ev.target.closest('.rank-item');
    const intoRanked = ranked.contains(ev.target) || (target && target.parentElement === ranked);
    if (intoRanked) {
      if (dragged.parentElement !== ranked && ranked.children.length >= places) {
        say(box.dataset.saidFull);
      } else if (target && target !== dragged) {
        ranked.insertBefore(dragged, target);
      } else if (!target) {
        ranked.append(dragged);
      }
    } else if (rest.contains(ev.target) && dragged.parentElement === ranked) {
      putBack(dragged);
    }
    refresh();
    placed(dragged);
    dragged = null;
  });
  box.addEventListener('dragend', () => { dragged = null; });
  refresh();
}
