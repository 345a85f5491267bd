// The group's public record on a phone (360 px), in six languages, without an account:
// reached by clicking from the start page (→ results → the group's record → a meeting →
// a document), each page axe-clean, without sideways scrolling, mirrored in Arabic, with no
// word broken over two lines and no text smaller than 12 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGS, launch, phone, checkPage, brokenWords } from './lib.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Texts whose computed size is below 12 px. */
async function smallTexts(page) {
  return page.evaluate(() => {
    const small = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.data.trim() || !el || el.closest('script, style, .visually-hidden, [hidden]')) continue;
      if (!el.checkVisibility()) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 12) small.push(`${node.data.trim().slice(0, 30)} (${size}px)`);
    }
    return small;
  });
}

async function expectReadable(page, lang, label, shot) {
  await checkPage(page, { lang, label, shot });
  assert.deepEqual(await brokenWords(page), [], `${label}: words broken over two lines`);
  assert.deepEqual(await smallTexts(page), [], `${label}: text under 12 px`);
}

async function follow(page, locator) {
  const [res] = await Promise.all([page.waitForNavigation(), locator.first().click()]);
  assert.equal(res?.status(), 200, page.url());
}

for (const lang of LANGS) {
  test(`the public record reads on a 360 px phone in ${lang}`, async () => {
    const context = await phone(browser, { width: 360 });
    const page = await context.newPage();
    await page.goto(`${BASE}/?lang=${lang}`);
    await follow(page, page.locator('main a[href*="#records"]'));
    await follow(page, page.locator('#records a[href^="/g/"]'));
    await expectReadable(page, lang, `record ${lang}`, 'record-group');
    await follow(page, page.locator('.record-meetings a'));
    await expectReadable(page, lang, `meeting ${lang}`, 'record-meeting');
    await follow(page, page.locator('.record-doc a[href^="/documents/"]:not([download])'));
    await expectReadable(page, lang, `document ${lang}`, 'record-document');
    await context.close();
  });
}

test('a search for 2,000 characters gets a message next to the field, not an error page', async () => {
  const context = await phone(browser, { width: 360 });
  const page = await context.newPage();
  const res = await page.goto(`${BASE}/g/demo?lang=en&q=${'a'.repeat(2000)}`);
  assert.equal(res.status(), 400);
  assert.match(await page.locator('#search-q-error').innerText(), /too long/);
  await expectReadable(page, 'en', 'long search', 'record-search-error');
  await context.close();
});
