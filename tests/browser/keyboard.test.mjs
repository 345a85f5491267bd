// A young person completes the demo consultation with the keyboard alone (Tab, Shift+Tab,
// Space, Enter, arrow keys in radio groups and selects), in each of the six languages, with
// JavaScript on and off; focus stays visible on every stop; the responses are stored
// (counted through the facilitator's API).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGS, launch, phone, demoInfo, api, skipOrFail } from './lib.mjs';

const SLUG = process.env.DEMO_SLUG ?? 'demo';
const BANDS = ['9-12', '13-15', '16-17', '18-24'];
let browser;
let demo = null;
before(async () => {
  browser = await launch();
  const info = await demoInfo();
  const res = await fetch(`${BASE}/c/${SLUG}`);
  if (res.status === 200 && info.token) demo = info;
});
after(async () => { await browser?.close(); });

/** Where the focus is, in terms the driver needs. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return { tag: 'BODY', ring: true };
    const st = getComputedStyle(e);
    const ring = (st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) > 0) || st.boxShadow !== 'none';
    const ranking = e.closest('.ranking');
    return {
      tag: e.tagName,
      type: e.type ?? '',
      name: e.name ?? '',
      value: e.value ?? '',
      id: e.id,
      ring,
      inForm: !!e.closest('main form'),
      rankIndex: ranking ? [...ranking.querySelectorAll('select')].indexOf(e) : -1,
      number: e.classList.contains('number'),
      min: e.dataset?.min ?? '',
    };
  });
}

/** One screen by keyboard: Tab through every stop, answer each control, continue with Enter. */
async function keyboardScreen(page, band, label) {
  const done = new Set();
  for (let stop = 0; stop < 250; stop += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(f.ring, `${label} stop ${stop}: focus not visible on ${f.tag} ${f.id}`);
    if (!f.inForm || f.tag === 'A') continue;
    if (f.tag === 'BUTTON') {
      if (!['start', 'next', 'submit'].includes(f.value)) continue;
      // Shift+Tab goes back one stop, Tab returns to the button.
      await page.keyboard.press('Shift+Tab');
      assert.notEqual((await focused(page)).value === f.value && (await focused(page)).tag === 'BUTTON', true, `${label}: Shift+Tab moves back`);
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).value, f.value, `${label}: Tab returns to the button`);
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      return f.value;
    }
    if (f.type === 'radio') {
      if (done.has(f.name)) continue;
      done.add(f.name);
      await page.keyboard.press('Space');
      if (f.name === 'age_band') {
        for (let i = 0; i < 8; i += 1) {
          if ((await focused(page)).value === band) break;
          await page.keyboard.press('ArrowDown');
        }
        assert.equal((await focused(page)).value, band, `${label}: age band by arrow keys`);
      } else if ((await focused(page)).value === '') {
        await page.keyboard.press('ArrowDown');
      }
      continue;
    }
    if (f.type === 'checkbox') {
      if (done.has(f.name) && f.id !== 'guardian') continue;
      done.add(f.name);
      await page.keyboard.press('Space');
      continue;
    }
    if (f.tag === 'SELECT') {
      for (let i = 0; i <= f.rankIndex; i += 1) await page.keyboard.press('ArrowDown');
      continue;
    }
    if (f.tag === 'TEXTAREA' || ['text', 'number'].includes(f.type)) {
      if (f.id === 'gender_description' || f.name === 'code' || f.name === 'access_code') continue;
      await page.keyboard.type(f.number ? String(f.min || 1) : 'ok');
    }
  }
  throw new Error(`${label}: never reached a continue button`);
}

/** With JavaScript the receipt is copied by keyboard (Tab to the button, Enter) and the copy
 * is said in a status line; without it the copy and print buttons are not offered. */
async function expectReceiptActions(page, code, label) {
  const actions = page.locator('.receipt-actions');
  const scripted = await page.evaluate(() => !document.querySelector('.receipt-actions').hidden);
  if (!scripted) {
    assert.equal(await actions.isVisible(), false, `${label}: no copy button without JavaScript`);
    return;
  }
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-copy'))) break;
  }
  assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-copy')), `${label}: the copy button is reached by Tab`);
  await page.keyboard.press('Enter');
  await page.locator('.copy-status').filter({ hasText: /./ }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code, `${label}: the receipt is on the clipboard`);
}

async function keyboardJourney(ctx, lang, band, label) {
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=${lang}`);
  for (let screen = 0; screen < 25; screen += 1) {
    if (await page.$('.receipt')) break;
    const errors = await page.$('.error-summary');
    const where = await page.evaluate(() => location.pathname + ' ' + document.querySelector('h1')?.textContent);
    assert.ok(!errors, `${label} screen ${screen} (${where}): ${errors && (await errors.textContent()).replace(/\s+/g, ' ')}`);
    await keyboardScreen(page, band, `${label} screen ${screen}`);
  }
  assert.ok(await page.$('.receipt'), `${label}: a receipt at the end`);
  assert.equal(await page.getAttribute('html', 'lang'), lang, `${label}: still in the chosen language`);
  const code = (await page.textContent('.receipt code')).trim();
  await expectReceiptActions(page, code, label);
  await page.close();
  return code;
}

for (const javaScript of [true, false]) {
  test(`a young person completes the consultation by keyboard alone in six languages, JavaScript ${javaScript ? 'on' : 'off'}`, async (t) => {
    if (!demo) return skipOrFail(t, `no demo consultation at /c/${SLUG} with an API token (run consulta demo)`);
    const before_ = (await api(demo.token, `/api/v1/consultations/${SLUG}/authoring`)).json.responses;
    const ctx = await phone(browser, { javaScript });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
    const codes = [];
    for (const [i, lang] of LANGS.entries()) {
      const band = BANDS[(i + (javaScript ? 0 : 2)) % BANDS.length];
      codes.push(await keyboardJourney(ctx, lang, band, `${lang} ${band} js=${javaScript}`));
      await ctx.clearCookies();
    }
    await ctx.close();
    assert.equal(new Set(codes).size, LANGS.length, 'one receipt per response');
    const after_ = (await api(demo.token, `/api/v1/consultations/${SLUG}/authoring`)).json.responses;
    assert.equal(after_ - before_, LANGS.length, 'every response is stored');
    // The receipt is known to the withdrawal page (without withdrawing).
    const form = new URLSearchParams({ code: codes[0] });
    const res = await fetch(`${BASE}/withdraw?lang=en`, { method: 'POST', body: form });
    assert.equal(res.status, 200, 'the withdrawal page recognises the receipt');
  });
}
