// Shared helpers for the browser tests: Debian Chromium through playwright-core, axe-core,
// layout checks (right-to-left mirroring, no horizontal scrolling, target sizes).
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';

export const BASE = process.env.BASE ?? 'http://127.0.0.1:8080';
export const LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
export const OUTPUT = new URL('./output/', import.meta.url).pathname;

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
}

/** A phone-sized context (axe needs pages from a context, not browser.newPage()). */
export async function phone(browser, { javaScript = true, width = 390 } = {}) {
  return browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: javaScript });
}

/** Zero axe violations at WCAG 2.2 A/AA; returns the number of rules that ran. axe runs in
 *  the page and waits on timers, which never fire in a context with JavaScript off: there
 *  its run never ends (the statements test hung on it). Such a page is checked as the same
 *  HTML at the same address in a context with JavaScript on and the site's scripts blocked. */
export async function expectAccessible(page, label) {
  if (!(await timersRun(page))) return expectAccessibleWithoutScripts(page, label);
  const res = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const details = res.violations
    .map((v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`)
    .join('\n  ');
  assert.equal(res.violations.length, 0, `${label}: axe violations\n  ${details}`);
  return res.passes.length + res.incomplete.length + res.inapplicable.length;
}

/** Whether the page's timers fire (they do not when its context has JavaScript off). */
async function timersRun(page) {
  const fired = page.evaluate(() => new Promise((done) => { setTimeout(() => done(true), 0); }));
  const waited = new Promise((done) => { setTimeout(() => done(false), 1000); });
  return Promise.race([fired.catch(() => false), waited]);
}

async function expectAccessibleWithoutScripts(page, label) {
  const html = await page.content();
  const url = page.url();
  const ctx = await page.context().browser().newContext({ viewport: page.viewportSize() });
  try {
    await ctx.route(/\.js(\?|$)/, (route) => route.abort());
    const copy = await ctx.newPage();
    await copy.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await copy.goto(url);
    return await expectAccessible(copy, `${label} (without JavaScript)`);
  } finally {
    await ctx.close();
  }
}

/** The page does not scroll sideways. */
export async function expectNoHorizontalScroll(page, label) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client + 1, `${label}: scrollWidth ${scroll} > ${client}`);
}

/** Every visible link, button and form control is at least 44×44 CSS pixels
 *  (inline links inside text are exempt, as WCAG 2.5.8 allows). */
export async function expectTargetSizes(page, label) {
  const small = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('a, button, input:not([type=hidden]), select, textarea, summary')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.closest('.skip-link')) continue;
      if (el.tagName === 'A' && el.closest('p, li:not(nav li), td, dd')) continue;
      const isBox = el.type === 'radio' || el.type === 'checkbox';
      const min = isBox ? 24 : 44;
      if (r.width + 0.5 < min || r.height + 0.5 < min) out.push(`${el.tagName}${el.id ? '#' + el.id : ''} "${(el.textContent || el.name || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return out;
  });
  assert.deepEqual(small, [], `${label}: targets smaller than 44px`);
}

/** In Arabic the brand sits at the right edge of the header; elsewhere at the left. A page
 * without the site header (the projector) is judged by the text of its first visible heading. */
export async function expectMirrored(page, lang, label) {
  const dir = await page.getAttribute('html', 'dir');
  const { left, right, width } = await page.evaluate(() => {
    const anchor = document.querySelector('.brand')
      ?? [...document.querySelectorAll('main h1, main h2')].find((h) => h.offsetParent && !h.closest('.visually-hidden'));
    const text = document.createRange();
    text.selectNodeContents(anchor);
    const r = text.getBoundingClientRect();
    return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
  });
  if (lang === 'ar') {
    assert.equal(dir, 'rtl', `${label}: dir`);
    assert.ok(width - right < left, `${label}: brand should sit on the right in RTL (left ${left}, right ${right})`);
  } else {
    assert.equal(dir, 'ltr', `${label}: dir`);
    assert.ok(left < width - right, `${label}: brand should sit on the left`);
  }
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${OUTPUT}${name}.png`, fullPage: true });
}

/** Every check a respondent-facing page must pass, in one call. */
export async function checkPage(page, { lang, label, shot }) {
  const rules = await expectAccessible(page, label);
  await expectNoHorizontalScroll(page, label);
  await expectTargetSizes(page, label);
  await expectMirrored(page, lang, label);
  if (shot && (lang === 'en' || lang === 'ar')) await screenshot(page, `${shot}-${lang}`);
  return rules;
}

/** What `consulta demo` printed: facilitator e-mail and password, API token (or nulls). */
export async function demoInfo() {
  const { readFile } = await import('node:fs/promises');
  let text = '';
  try { text = await readFile(process.env.DEMO_FILE ?? '', 'utf8'); } catch { /* no demo */ }
  const info = {
    email: text.match(/Sign in at \S+ as (\S+)/)?.[1] ?? null,
    password: text.match(/Password: (\S+)/)?.[1] ?? null,
    token: text.match(/^api-token: (\S+)/m)?.[1] ?? null,
    group: text.match(/\/groups\/(\S+)/)?.[1] ?? null,
  };
  // Tests skip what needs the demo facilitator when it is missing; under CI that is a
  // failure, never a silent pass.
  if (process.env.CI && !(info.email && info.password && info.token)) {
    throw new Error(`consulta demo did not run or printed no facilitator (DEMO_FILE=${process.env.DEMO_FILE})`);
  }
  return info;
}

/** Skips a test that cannot do its real check here (no demo, no setup link, …); under CI
 * (`CI` set) that is a failure, never a silent pass. */
export function skipOrFail(t, why) {
  if (process.env.CI) assert.fail(`cannot test under CI: ${why}`);
  t.skip(why);
}

/** A JSON API call as the demo facilitator. */
export async function api(token, path, { method = 'GET', body } = {}) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** The focused element shows a visible focus indicator (an outline or a ring). */
export async function expectFocusVisible(page, label) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { tag: el.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  if (!style) return;
  assert.ok((style.outline !== 'none' && style.width > 0) || style.shadow !== 'none',
    `${label}: focus not visible on ${style.tag}`);
}

/** Signs the demo facilitator in on this page's context. */
export async function login(page, demo) {
  await page.goto(`${BASE}/login?lang=en`);
  await page.fill('#f-email', demo.email);
  await page.fill('#f-password', demo.password);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.notEqual(new URL(page.url()).pathname, '/login', 'signed in');
}

/** Stores a valid response through the API; `n` varies the choices (and the free text). */
export async function submitResponse(slug, n, { lang = LANGS[n % LANGS.length], text = true } = {}) {
  const { randomUUID } = await import('node:crypto');
  const def = await (await fetch(`${BASE}/api/v1/consultations/${slug}`)).json();
  const words = ['privacy settings', 'reporting buttons', 'kind adults', 'safer games', 'clear rules'];
  const answers = {};
  for (const [i, q] of def.sections.flatMap((s) => s.questions).entries()) {
    const opts = q.options ?? [];
    const pick = opts.length ? opts[(n * 7 + i * 3) % opts.length].code : null;
    if (q.kind === 'multiple_choice') answers[q.key] = [pick];
    else if (q.kind === 'ranking') answers[q.key] = opts.map((o) => o.code);
    else if (['single_choice', 'scale', 'rating'].includes(q.kind)) answers[q.key] = pick;
    else if (q.kind === 'number') answers[q.key] = Math.min(q.max ?? 99, (q.min ?? 0) + (n % 5));
    else if (text && ['short_text', 'long_text'].includes(q.kind)) answers[q.key] = `More ${words[n % words.length]} please`;
  }
  const bands = (def.age_bands ?? ['16-17']).map((b) => b.code ?? b).filter((b) => b !== 'under');
  const send = () => fetch(`${BASE}/api/v1/consultations/${slug}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      submission_id: randomUUID(), language: lang, age_band: bands[n % bands.length],
      guardian_confirmed: true, answers,
    }),
  });
  let res = await send();
  if (res.status === 422) {
    // Questions that these answers' conditions do not ask are left out.
    const problem = await res.json();
    for (const e of problem.errors ?? []) delete answers[e.field.replace(/^answers\./, '')];
    res = await send();
  }
  assert.equal(res.status, 201, `response ${n}: ${await res.text()}`);
}

/** The first line of text in `selector` begins at the inline-start edge: the right in Arabic
 *  (measured on the text itself, not on the block, which spans the whole width). */
export async function expectTextAtStart(page, selector, lang, label) {
  const r = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent.trim() ? 1 : 3) });
    const node = walker.nextNode();
    if (!node) return null;
    const range = document.createRange();
    range.selectNodeContents(node);
    // The first line (a line of mixed scripts has one box per direction run).
    const boxes = [...range.getClientRects()];
    const top = Math.min(...boxes.map((b) => b.top));
    const line = boxes.filter((b) => b.top < top + 4);
    const outer = el.getBoundingClientRect();
    return {
      left: Math.min(...line.map((b) => b.left)) - outer.left,
      right: outer.right - Math.max(...line.map((b) => b.right)),
    };
  }, selector);
  assert.ok(r, `${label}: no text in ${selector}`);
  if (lang === 'ar') assert.ok(r.right < r.left, `${label}: ${selector} should start on the right (${JSON.stringify(r)})`);
  else assert.ok(r.left < r.right, `${label}: ${selector} should start on the left (${JSON.stringify(r)})`);
}

/** The words of the page that the layout broke over two lines (words found by
 *  Intl.Segmenter, measured by their line boxes; Chinese may break between any two
 *  characters, so words with Han characters are not measured). */
export async function brokenWords(page) {
  return page.evaluate(() => {
    const lang = document.documentElement.lang || 'en';
    const words = new Intl.Segmenter(lang, { granularity: 'word' });
    const han = /\p{Script=Han}/u;
    const broken = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, svg, .visually-hidden, [hidden]')) continue;
      if (!el.checkVisibility()) continue;
      for (const s of words.segment(node.data)) {
        if (!s.isWordLike || [...s.segment].length < 2 || han.test(s.segment)) continue;
        const range = document.createRange();
        range.setStart(node, s.index);
        range.setEnd(node, s.index + s.segment.length);
        const lines = new Set([...range.getClientRects()]
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(`${s.segment} (in <${el.localName}>)`);
      }
    }
    return broken;
  });
}

/** Answers a journey screen (a page or a frame) as a young person in a hurry would: the
 * age band, the adult's box, the first choice of each group, the places of each ranking, a
 * number, a short text. Without JavaScript each ranking move comes back as a new page. */
export async function answerScreen(frame, { band = '9-12', js = true } = {}) {
  const age = await frame.$(`input[name="age_band"][value="${band}"]`);
  if (age) await age.check();
  const guardian = await frame.$('#guardian');
  if (guardian) await guardian.check();
  const firsts = await frame.$$eval('fieldset', (sets) => sets
    .filter((f) => f.offsetParent !== null && !f.querySelector('[name="age_band"]'))
    .map((f) => f.querySelector('input[type=radio]:not([value=""]), input[type=checkbox]')?.id)
    .filter(Boolean));
  for (const id of firsts) if (await frame.isVisible(`#${id}`)) await frame.check(`#${id}`);
  for (let i = 0; i < 10; i += 1) {
    const add = frame.locator('.rank-moves [data-move="in"]:visible').first();
    if (!(await add.count())) break;
    if (js) await add.click();
    else await Promise.all([frame.waitForNavigation(), add.click()]);
  }
  for (const input of await frame.$$('input.number')) {
    if (await input.isVisible()) await input.fill((await input.getAttribute('data-min')) ?? '1');
  }
  for (const text of await frame.$$('input[data-max]:not(#gender_description), textarea')) {
    if (await text.isVisible()) await text.fill('ok');
  }
}
