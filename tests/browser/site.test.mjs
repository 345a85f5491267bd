// The site's own pages in six languages: accessible, mirrored in Arabic, no sideways
// scrolling at 320px, reachable by keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGS, launch, phone, checkPage, expectNoHorizontalScroll } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [path, name] of [['/', 'home'], ['/help', 'help'], ['/accessibility', 'accessibility'], ['/no-such-page', 'not-found']]) {
  test(`${name} page passes axe, mirrors in Arabic and fits a phone in six languages`, async () => {
    const ctx = await phone(browser);
    for (const lang of LANGS) {
      const page = await ctx.newPage();
      await page.goto(`${BASE}${path}?lang=${lang}`);
      await checkPage(page, { lang, label: `${name} ${lang}`, shot: name });
      await page.close();
    }
    await ctx.close();
  });
}

test('the home page fits 320px and 400% zoom without sideways scrolling', async () => {
  // 400% zoom of a 1280px window is a 320px-wide layout viewport.
  const ctx = await phone(browser, { width: 320 });
  for (const lang of LANGS) {
    const page = await ctx.newPage();
    await page.goto(`${BASE}/?lang=${lang}`);
    await expectNoHorizontalScroll(page, `home 320px ${lang}`);
    await page.close();
  }
  await ctx.close();
});

test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  await page.goto(`${BASE}/?lang=en`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#main');
  await ctx.close();
});
