// The facilitators' preview of the journey in a phone-sized frame (issue #22): beside the
// question editor and on the preview tab at 1280 px, a link (editor) or below (preview tab)
// at 360 px; every real screen walked inside the frame by keyboard, with JavaScript on and
// off, each marked "Preview"; no response is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, launch, demoInfo, api, login, skipOrFail, expectAccessible, expectNoHorizontalScroll,
  screenshot, answerScreen,
} from './lib.mjs';

const SLUG = process.env.DEMO_SLUG ?? 'demo';
let browser;
let demo;
before(async () => {
  browser = await launch();
  demo = await demoInfo();
});
after(async () => { await browser?.close(); });

const responses = async () => (await api(demo.token, `/api/v1/consultations/${SLUG}/summary`)).json?.responses;

/** A signed-in facilitator's page at this width. */
async function signedIn(width, javaScript = true) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  await login(page, demo);
  return { ctx, page };
}

/** Presses a button of the frame with the keyboard and waits for the screen it leads to. */
async function press(page, frame, selector) {
  await frame.focus(selector);
  await Promise.all([frame.waitForNavigation(), page.keyboard.press('Enter')]);
}

/** Walks the journey inside the frame from its landing page to the receipt; returns the
 * screens seen (by their `<h1>`-less names: the progress line's form or the page kind). */
async function walkFrame(page, shots, js = true) {
  const frame = page.frame({ name: 'phone-preview' });
  assert.ok(frame, 'a frame named phone-preview');
  await frame.waitForSelector('button[value="start"]');
  const seen = [];
  const screen = async (name) => {
    seen.push(name);
    assert.ok(await frame.isVisible('.preview-banner'), `${name}: marked as a preview`);
    if (shots) await screenshot(page, `${shots}-${name}`);
  };
  await screen('landing');
  await press(page, frame, 'button[value="start"]');
  for (let step = 0; step < 20 && !(await frame.$('.receipt')); step += 1) {
    const name = (await frame.$('input[name="age_band"]')) ? 'age'
      : (await frame.$('#guardian')) ? 'consent'
        : (await frame.$('button[value="submit"]')) ? 'check'
          : (await frame.$('#country, [name="gender"]')) ? 'about' : 'section';
    await screen(name);
    assert.equal(await frame.$$eval('form', (fs) => fs.filter((f) => !f.getAttribute('action').startsWith('/manage/c/')).length), 0,
      `${name}: every form stays in the preview`);
    await answerScreen(frame, { band: '9-12', js });
    await press(page, frame, name === 'check' ? 'button[value="submit"]' : 'button[value="next"]');
  }
  assert.ok(await frame.$('.receipt'), 'the walk ends on the receipt page');
  await screen('thanks');
  return seen;
}

test('at 1280 px the phone frame sits beside the question editor and the preview; every screen walks by keyboard and nothing is stored', async (t) => {
  if (!demo?.token) return skipOrFail(t, 'no demo facilitator');
  const before_ = await responses();
  assert.equal(typeof before_, 'number', 'the summary API counts responses');
  const { ctx, page } = await signedIn(1280);
  for (const lang of ['en', 'ar']) {
    await page.goto(`${BASE}/manage/c/${SLUG}/questions/time_online?lang=${lang}`);
    const form = await page.locator('main form[method="post"]').first().boundingBox();
    const phoneBox = await page.locator('iframe.phone-frame').boundingBox();
    assert.ok(phoneBox && phoneBox.width >= 370 && phoneBox.width <= 380, `${lang}: a phone-sized frame (${phoneBox?.width})`);
    const beside = lang === 'ar' ? phoneBox.x + phoneBox.width <= form.x : phoneBox.x >= form.x + form.width;
    assert.ok(beside && phoneBox.y < form.y + 200, `${lang}: the frame beside the form`);
    assert.equal(await page.isVisible('.phone-link'), false, `${lang}: no link when the frame shows`);
    await expectAccessible(page, `question editor with the phone ${lang}`);
    await screenshot(page, `preview-question-1280-${lang}`);
  }
  await page.goto(`${BASE}/manage/c/${SLUG}/preview?lang=en&language=en`);
  const seen = await walkFrame(page, 'preview-phone-1280-en');
  for (const name of ['landing', 'age', 'consent', 'section', 'check', 'thanks']) {
    assert.ok(seen.includes(name), `the walk shows the ${name} screen (${seen})`);
  }
  await page.goto(`${BASE}/manage/c/${SLUG}/preview?lang=ar&language=ar`);
  await walkFrame(page, 'preview-phone-1280-ar');
  assert.equal(await responses(), before_, 'the preview stored no response');
  await ctx.close();
});

test('at 360 px the question editor links to the preview, which shows the frame below; without JavaScript the frame still walks', async (t) => {
  if (!demo?.token) return skipOrFail(t, 'no demo facilitator');
  const before_ = await responses();
  const { ctx, page } = await signedIn(360, false);
  for (const lang of ['en', 'ar']) {
    await page.goto(`${BASE}/manage/c/${SLUG}/questions/time_online?lang=${lang}`);
    assert.equal(await page.isVisible('iframe.phone-frame'), false, `${lang}: no frame beside a phone-sized editor`);
    assert.ok(await page.isVisible('.phone-link a'), `${lang}: a link to the preview`);
    await expectNoHorizontalScroll(page, `question editor 360 ${lang}`);
    await screenshot(page, `preview-question-360-${lang}`);
    await Promise.all([page.waitForNavigation(), page.click('.phone-link a')]);
    assert.match(new URL(page.url()).pathname, /\/preview$/);
    assert.ok(await page.isVisible('iframe.phone-frame'), `${lang}: the preview tab shows the frame`);
    await expectNoHorizontalScroll(page, `preview 360 ${lang}`);
  }
  await page.goto(`${BASE}/manage/c/${SLUG}/preview?lang=en&language=fr`);
  await walkFrame(page, null, false);
  assert.equal(await responses(), before_, 'the preview stored no response');
  await ctx.close();
});
