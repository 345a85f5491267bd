// The young person's journey in real Chromium, on the demo consultation (`consulta demo`,
// slug `demo`): every screen passes axe, fits a phone without sideways scrolling, has 44px
// targets and mirrors in Arabic; with JavaScript on and off; by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGS, launch, phone, checkPage, expectNoHorizontalScroll } from './lib.mjs';

const SLUG = process.env.DEMO_SLUG ?? 'demo';
let browser;
let demo = false;
before(async () => {
  browser = await launch();
  const res = await fetch(`${BASE}/c/${SLUG}`);
  demo = res.status === 200;
});
after(async () => { await browser?.close(); });

/** Answers whatever the current screen asks, the way a hurried young person would. */
async function answerScreen(page, band) {
  for (const band_ of await page.$$('input[name="age_band"]')) {
    if ((await band_.getAttribute('value')) === band) await band_.check();
  }
  const guardian = await page.$('#guardian');
  if (guardian) await guardian.check();
  // First option of each visible radio group (required questions need one).
  const groups = await page.$$eval('fieldset', (sets) => sets
    .filter((f) => f.offsetParent !== null && !f.querySelector('[name="age_band"]'))
    .map((f) => f.querySelector('input[type=radio]:not([value=""])')?.id)
    .filter(Boolean));
  for (const id of groups) {
    if (await page.isVisible(`#${id}`)) await page.check(`#${id}`);
  }
  for (const input of await page.$$('input.number')) {
    if (await input.isVisible()) await input.fill('1');
  }
}

async function walk(ctx, lang, band, onScreen) {
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=${lang}`);
  await onScreen(page, 'landing');
  await page.click('button[value="start"]');
  for (let step = 0; step < 20; step += 1) {
    await page.waitForLoadState();
    if (await page.$('.receipt')) break;
    const name = (await page.$('button[value="submit"]')) ? 'check' : `step-${step}`;
    await onScreen(page, name);
    await answerScreen(page, band);
    await page.click(name === 'check' ? 'button[value="submit"]' : 'button[value="next"]');
  }
  assert.ok(await page.$('.receipt'), `${lang} ${band}: a receipt at the end`);
  await onScreen(page, 'thanks');
  const code = (await page.textContent('.receipt code')).trim();
  await page.close();
  return code;
}

test('every screen of the journey passes axe, fits a phone and mirrors in Arabic, in six languages', async (t) => {
  if (!demo) return t.skip(`no consultation at /c/${SLUG} (run consulta demo)`);
  const ctx = await phone(browser);
  for (const [i, lang] of LANGS.entries()) {
    const band = ['9-12', '13-15', '16-17', '18-24'][i % 4];
    await walk(ctx, lang, band, (page, name) => checkPage(page, {
      lang, label: `${name} ${lang} ${band}`, shot: `journey-${name}`,
    }));
  }
  await ctx.close();
});

test('the journey works with JavaScript off and at 320px', async (t) => {
  if (!demo) return t.skip('no demo consultation');
  const ctx = await phone(browser, { javaScript: false, width: 320 });
  const code = await walk(ctx, 'fr', '13-15', (page, name) => expectNoHorizontalScroll(page, `${name} 320px no JS`));
  assert.match(code, /^[0-9A-Z]{3}(-[0-9A-Z]{3}){3}$/);
  await ctx.close();
});

test('an error summary takes the focus and links to the field', async (t) => {
  if (!demo) return t.skip('no demo consultation');
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  await page.click('button[value="start"]');
  if (await page.$('#access_code')) return t.skip('the demo has an access code');
  await page.click('button[value="next"]');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'age_band');
  await ctx.close();
});

test('the age question can be answered with the keyboard alone', async (t) => {
  if (!demo) return t.skip('no demo consultation');
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  await page.focus('button[value="start"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await page.focus('input[name="age_band"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.$eval('input[name="age_band"]:checked', (i) => i.value);
  assert.notEqual(chosen, 'under');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.ok(!(await page.$('.error-summary')), 'Enter continues');
  await ctx.close();
});
