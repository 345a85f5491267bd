// Offline answering: with JavaScript on, a young person whose connection drops on the last
// step of the demo consultation finishes, is told the answers are saved on this phone, and
// when the connection returns they are sent to the consultation's offline address with the
// journey's submission id: the receipt appears and the response is stored exactly once
// (counted through the facilitator's API). What waits on the phone is sealed to the server:
// nothing typed is readable in the browser's storage. The pages opened once come back from the service worker
// while offline. The same journey without JavaScript is covered by participation.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, demoInfo, api, skipOrFail, phone, checkPage } from './lib.mjs';

const SLUG = process.env.DEMO_SLUG ?? 'demo';
let browser;
let demo = null;
before(async () => {
  browser = await launch();
  const info = await demoInfo();
  const res = await fetch(`${BASE}/c/${SLUG}`);
  if (res.status === 200 && info.token) demo = info;
});
after(async () => { await browser?.close(); });

/** What the young person types: never readable in the browser's storage while it waits. */
const TYPED = 'Words of my own';
const readable = (page) => page.evaluate((typed) => [localStorage, sessionStorage]
  .some((store) => Object.keys(store).some((k) => store.getItem(k).includes(typed) || store.getItem(k).includes('"a":'))), TYPED);

/** Answers whatever the current screen asks (as in participation.test.mjs). */
async function answerScreen(page, band) {
  for (const band_ of await page.$$('input[name="age_band"]')) {
    if ((await band_.getAttribute('value')) === band) await band_.check();
  }
  const guardian = await page.$('#guardian');
  if (guardian && (await guardian.isVisible())) await guardian.check();
  const firsts = await page.$$eval('fieldset', (sets) => sets
    .filter((f) => f.offsetParent !== null && !f.querySelector('[name="age_band"]'))
    .map((f) => f.querySelector('input[type=radio]:not([value=""]), input[type=checkbox]')?.id)
    .filter(Boolean));
  for (const id of firsts) {
    if (await page.isVisible(`#${id}`)) await page.check(`#${id}`);
  }
  for (const list of await page.$$('.ranking')) {
    const selects = await list.$$('select');
    for (const [i, select] of selects.entries()) await select.selectOption(String(i + 1));
  }
  for (const input of await page.$$('input.number')) {
    if (await input.isVisible()) await input.fill((await input.getAttribute('data-min')) ?? '1');
  }
  for (const text of await page.$$('input[data-max]:not(#gender_description), textarea')) {
    if (await text.isVisible()) await text.fill(TYPED);
  }
}

/** From the landing page to "check your answers", online. */
async function toCheck(page, band) {
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  // The service worker takes the page once it is ready (it keeps what is opened after).
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await Promise.all([page.waitForNavigation(), page.click('button[value="start"]')]);
  for (let step = 0; step < 20 && !(await page.$('button[value="submit"]')); step += 1) {
    await answerScreen(page, band);
    await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
  }
  assert.ok(await page.$('button[value="submit"]'), 'reached "check your answers"');
}

const count = async () => (await api(demo.token, `/api/v1/consultations/${SLUG}/authoring`)).json.responses;

test('offline on the last step: saved on this phone, sent once when online, receipt shown', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation or facilitator');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const before_ = await count();
  await toCheck(page, '13-15');
  assert.equal(await page.isChecked('#shared-device'), false, 'not a shared device by default at 13-15');

  await ctx.setOffline(true);
  await page.click('button[value="submit"]');
  await page.waitForSelector('[data-msg="saved"]:not([hidden])');
  assert.match(await page.textContent('[data-msg="saved"]'), /Saved on this phone/);
  const pending = await page.evaluate(() => JSON.parse(localStorage.getItem('consulta-pending')));
  assert.ok(pending?.sealed, 'the answers wait, sealed');
  assert.equal(await readable(page), false, 'nothing typed, no answer readable in the storage');

  // A page opened before comes back from the service worker while offline.
  const again = await ctx.newPage();
  const res = await again.goto(`${BASE}/c/${SLUG}?lang=en`);
  assert.equal(res?.status(), 200, 'the landing page from the service worker, offline');
  await again.close();
  assert.equal(await count(), before_, 'nothing stored while offline');

  await ctx.setOffline(false);
  await page.waitForSelector('[data-msg="sent"]:not([hidden])', { timeout: 15000 });
  const receipt = (await page.textContent('.receipt-code')).trim();
  assert.match(receipt, /\S{4,}/, 'the receipt is shown');
  assert.equal(await page.evaluate(() => localStorage.getItem('consulta-pending')), null, 'nothing left pending');
  assert.equal(await count(), before_ + 1, 'stored once');

  // A resend of the sealed answers gives the same receipt and stores nothing more.
  const resend = await fetch(`${BASE}/c/${SLUG}/offline`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `sealed=${pending.sealed}`,
  });
  assert.equal(resend.status, 200);
  assert.ok((await resend.text()).includes(receipt), 'the same receipt');
  assert.equal(await count(), before_ + 1, 'still stored once');
  await ctx.close();
});

test('offline mid-journey: the rest of the questions on one page, sent once when online, receipt shown', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation or facilitator');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const before_ = await count();
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await Promise.all([page.waitForNavigation(), page.click('button[value="start"]')]);
  const at = () => page.$eval('input[name=state]', (i) => JSON.parse(i.value).at);
  for (let step = 0; step < 10 && !/^s\d+$/.test(await at()); step += 1) {
    await answerScreen(page, '13-15');
    await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
  }
  const first = await at();
  assert.match(first, /^s\d+$/, 'reached the first section');
  // Once on a section, the offline page is kept for this language and age band.
  const kept = () => page.evaluate(() => caches.open('consulta-v1')
    .then((c) => c.keys()).then((keys) => keys.some((r) => r.url.includes('/offline?'))));
  for (let i = 0; i < 50 && !(await kept()); i += 1) await page.waitForTimeout(100);
  assert.ok(await kept(), 'the offline page is kept');

  await answerScreen(page, '13-15');
  await ctx.setOffline(true);
  await Promise.all([page.waitForURL(/\/offline\?/), page.click('button[value="next"]')]);
  assert.equal(await page.textContent('h1'), 'The rest of the questions');
  assert.equal(await page.$(`[data-section="${Number(first.slice(1)) - 1}"]`), null, 'answered sections are not asked again');
  assert.ok(await page.$(`[data-section="${first.slice(1)}"]`), 'the section the connection dropped on');
  await answerScreen(page, '13-15');
  await page.click('button[value="submit"]');
  await page.waitForSelector('[data-msg="saved"]:not([hidden])');
  assert.equal(await readable(page), false, 'nothing typed, no answer readable in the storage');
  assert.equal(await count(), before_, 'nothing stored while offline');

  await ctx.setOffline(false);
  await page.waitForSelector('[data-msg="sent"]:not([hidden])', { timeout: 15000 });
  assert.match((await page.textContent('.receipt-code')).trim(), /\S{4,}/, 'the receipt is shown');
  assert.equal(await page.evaluate(() => localStorage.getItem('consulta-pending')), null, 'nothing left pending');
  assert.equal(await count(), before_ + 1, 'stored once');
  await ctx.close();
});

test('a shared device (default for under-13s) shows only "1 answer waiting" and keeps nothing after sending', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation or facilitator');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const before_ = await count();
  await toCheck(page, '9-12');
  assert.equal(await page.isChecked('#shared-device'), true, 'shared device ticked for under-13s');
  await ctx.setOffline(true);
  await page.click('button[value="submit"]');
  await page.waitForSelector('[data-msg="saved"]:not([hidden])');
  assert.equal(await page.$('#journey'), null, 'the answers are no longer on the screen');
  assert.equal(await readable(page), false, 'nothing typed, no answer readable in the storage');

  // The next user of the browser sees that one answer waits, and nothing of it.
  const next = await ctx.newPage();
  await next.goto(`${BASE}/c/${SLUG}?lang=en`);
  await next.waitForSelector('[data-msg="waiting"]:not([hidden])');
  assert.match(await next.textContent('[data-msg="waiting"]'), /1 answer waiting to be sent/);
  await next.close();

  await ctx.setOffline(false);
  await page.waitForSelector('[data-msg="sent"]:not([hidden])', { timeout: 15000 });
  assert.equal(await count(), before_ + 1, 'stored once');
  assert.equal(await page.evaluate(() => localStorage.getItem('consulta-pending')), null);
  await page.waitForFunction(() => caches.keys().then((k) => !k.includes('consulta-v1')));
  await ctx.close();
});

test('a pending answer for a closed consultation is discarded with a message', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation or facilitator');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  // The service worker keeps the landing page (opened again offline below).
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  // An answer kept for a consultation that closed meanwhile: the server says 410.
  await page.route('**/c/*/offline', (route) => route.fulfill({ status: 410, contentType: 'text/html', body: '' }));
  await page.evaluate(() => localStorage.setItem('consulta-pending', JSON.stringify({ slug: 'demo', shared: true, sealed: 'x' })));
  await page.reload();
  await page.waitForSelector('[data-msg="closed"]:not([hidden])');
  assert.equal(await page.evaluate(() => localStorage.getItem('consulta-pending')), null);
  // Past the consultation's close it is discarded on the phone, even offline.
  await ctx.setOffline(true);
  await page.evaluate(() => localStorage.setItem('consulta-pending', JSON.stringify({
    slug: 'demo', shared: true, sealed: 'x', closes: '2020-01-01T00:00:00+00:00',
  })));
  await page.reload();
  await page.waitForSelector('[data-msg="closed"]:not([hidden])');
  assert.equal(await page.evaluate(() => localStorage.getItem('consulta-pending')), null);
  await ctx.close();
});

test('a shared device mid-journey: what was typed lives only in the page, never in the tab\'s storage', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation or facilitator');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await Promise.all([page.waitForNavigation(), page.click('button[value="start"]')]);
  const at = () => page.$eval('input[name=state]', (i) => JSON.parse(i.value).at);
  for (let step = 0; step < 10 && !/^s\d+$/.test(await at()); step += 1) {
    await answerScreen(page, '9-12');
    await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
  }
  const kept = () => page.evaluate(() => caches.open('consulta-v1')
    .then((c) => c.keys()).then((keys) => keys.some((r) => r.url.includes('/offline?'))));
  for (let i = 0; i < 50 && !(await kept()); i += 1) await page.waitForTimeout(100);
  await answerScreen(page, '9-12');
  await ctx.setOffline(true);
  await Promise.all([page.waitForURL(/\/offline\?/), page.click('button[value="next"]')]);
  await page.waitForSelector('#shared-device');
  assert.equal(await page.isChecked('#shared-device'), true, 'shared device ticked for under-13s');
  assert.ok(await page.$eval('input[name=state]', (i) => i.value.length > 0), 'the journey is in the page');
  assert.equal(await page.evaluate(() => sessionStorage.length + localStorage.length), 0, 'and nowhere else');
  await ctx.close();
});

test('offline before the first section: the kept page asks the age first, kindly turns away the youngest, and sends once', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation or facilitator');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const before_ = await count();
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  // The landing page keeps the offline page for its language.
  const kept = () => page.evaluate(() => caches.open('consulta-v1')
    .then((c) => c.keys()).then((keys) => keys.some((r) => r.url.includes('/offline?'))));
  for (let i = 0; i < 50 && !(await kept()); i += 1) await page.waitForTimeout(100);
  await ctx.setOffline(true);
  await Promise.all([page.waitForURL(/\/offline\?/), page.click('button[value="start"]')]);
  assert.ok(await page.$('[data-start] input[name="age_band"]'), 'the age is asked at the top');
  const id = await page.$eval('input[name=submission_id]', (i) => i.value);
  assert.match(id, /^[0-9a-f-]{36}$/);
  // Below the minimum age: the kind words, no questions.
  await page.check('input[name="age_band"][value="under"]');
  assert.ok(await page.isVisible('[data-too-young-note]'));
  assert.equal(await page.isVisible('button[value="submit"]'), false);
  // Below the consent age: the adult's confirmation appears.
  await page.check('input[name="age_band"][value="9-12"]');
  assert.ok(await page.isVisible('#guardian'));
  await page.check('input[name="age_band"][value="13-15"]');
  assert.equal(await page.isVisible('#guardian'), false, 'no adult needed at 13-15');
  await answerScreen(page, '13-15');
  await page.click('button[value="submit"]');
  await page.waitForSelector('[data-msg="saved"]:not([hidden])');
  assert.equal(await readable(page), false, 'nothing typed readable in the storage');
  assert.equal(await count(), before_, 'nothing stored while offline');
  await ctx.setOffline(false);
  await page.waitForSelector('[data-msg="sent"]:not([hidden])', { timeout: 15000 });
  assert.match((await page.textContent('.receipt-code')).trim(), /\S{4,}/, 'the receipt is shown');
  assert.equal(await count(), before_ + 1, 'stored once');
  await ctx.close();
});

test('the offline page with its start steps passes axe, fits a phone and mirrors in Arabic', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation or facilitator');
  for (const lang of ['en', 'ar', 'zh']) {
    const ctx = await phone(browser, { width: 360 });
    const page = await ctx.newPage();
    await page.goto(`${BASE}/c/${SLUG}/offline?lang=${lang}&band=`);
    await page.check('input[name="age_band"][value="9-12"]');
    await checkPage(page, { lang, label: `offline page ${lang}`, shot: 'offline-start' });
    await ctx.close();
  }
});
