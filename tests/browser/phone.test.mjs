// On a phone. Start is on the first screen of the landing page at 360×740 in six languages,
// under a header whose language menu is one line (a native disclosure that works without
// JavaScript and by keyboard). Words never break inside: at 360 px, in six languages, every word of every
// visible text node of the young people's landing and first question pages, and of the
// facilitator's home, overview and summary (reached by clicking from the start page), sits
// on one line. A word is measured as the browser renders it (a Range's line boxes), words
// found by Intl.Segmenter; Chinese characters may break between any two (that is how Chinese
// wraps), so words with Han characters are not measured.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGS, launch, demoInfo, screenshot, brokenWords, skipOrFail } from './lib.mjs';

const SLUG = 'demo';
let browser;
let demo = null;

before(async () => {
  browser = await launch();
  const info = await demoInfo();
  if (info.email && info.password && info.group) demo = info;
});
after(async () => { await browser?.close(); });

async function expectWholeWords(page, label) {
  const broken = await brokenWords(page);
  assert.deepEqual(broken, [], `${label}: words broken over two lines`);
}

/** Clicks and waits for the page it opens. */
async function follow(page, locator) {
  const [res] = await Promise.all([page.waitForNavigation(), locator.click()]);
  assert.equal(res?.status(), 200, page.url());
}

test('at 360 px no word of the landing page or the first question breaks over two lines, in six languages', async (t) => {
  const res = await fetch(`${BASE}/c/${SLUG}`);
  if (res.status !== 200) return skipOrFail(t, 'no demo consultation');
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  for (const lang of LANGS) {
    await page.goto(`${BASE}/c/${SLUG}?lang=${lang}`);
    await expectWholeWords(page, `landing ${lang}`);
    await follow(page, page.locator('main form button[type=submit], main a.button').first());
    await expectWholeWords(page, `the step after the landing page, ${lang}`);
  }
  await ctx.close();
});

test('at 360 px no word of the facilitator home, overview or summary breaks, in English and Arabic', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo facilitator');
  for (const lang of ['en', 'ar']) {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    ctx.setDefaultTimeout(20000);
    const page = await ctx.newPage();
    await page.goto(`${BASE}/?lang=${lang}`);
    await follow(page, page.locator('main p.adults a'));
    await page.fill('#f-email', demo.email);
    await page.fill('#f-password', demo.password);
    await follow(page, page.locator('main button[type=submit]'));
    await expectWholeWords(page, `home ${lang}`);
    await follow(page, page.locator('section.home-card .cycle-links a').first());
    await expectWholeWords(page, `overview ${lang}`);
    await screenshot(page, `words-overview-360-${lang}`);
    const results = page.locator('nav.tabs a[href$="/summary"]').first();
    await follow(page, results);
    await expectWholeWords(page, `summary ${lang}`);
    await screenshot(page, `words-summary-360-${lang}`);
    await ctx.close();
  }
});

test('at 360×740 Start is on the first screen in six languages, and the language menu works by keyboard without JavaScript', async (t) => {
  const res = await fetch(`${BASE}/c/${SLUG}`);
  if (res.status !== 200) return skipOrFail(t, 'no demo consultation');
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const lang of LANGS) {
    await page.goto(`${BASE}/c/${SLUG}?lang=${lang}`);
    const start = await page.locator('main form button[value=start]').boundingBox();
    assert.ok(start.y + start.height <= 740, `${lang}: Start ends at y=${Math.round(start.y + start.height)}, below the first screen`);
    const header = await page.locator('.site-header').boundingBox();
    assert.ok(header.height <= 96, `${lang}: the header is one line (${header.height}px)`);
    if (lang === 'en' || lang === 'ar') await screenshot(page, `landing-360x740-${lang}`);
  }
  // The menu: focus its button by Tab, open it with Enter, choose a language.
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.localName === 'summary')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.localName), 'summary', 'the menu is reached by Tab');
  await page.keyboard.press('Enter');
  await Promise.all([page.waitForNavigation(), page.click('details.languages a[lang=ru]')]);
  assert.equal(await page.getAttribute('html', 'lang'), 'ru', 'the chosen language');
  await ctx.close();
});
