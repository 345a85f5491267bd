// The group's yearly report on a phone (360 px), in six languages, without an account:
// reached by clicking from the start page (→ results → the group's record → its published
// report), axe-clean, without sideways scrolling, mirrored in Arabic, with no word broken
// over two lines. `consulta demo` publishes the report of the year before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGS, launch, phone, checkPage, brokenWords } from './lib.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function follow(page, locator) {
  const [res] = await Promise.all([page.waitForNavigation(), locator.first().click()]);
  assert.equal(res?.status(), 200, page.url());
}

for (const lang of LANGS) {
  test(`the yearly report reads on a 360 px phone in ${lang}`, async () => {
    const context = await phone(browser, { width: 360 });
    const page = await context.newPage();
    await page.goto(`${BASE}/?lang=${lang}`);
    await follow(page, page.locator('main a[href*="#records"]'));
    await follow(page, page.locator('#records a[href^="/g/"]'));
    await follow(page, page.locator('.record-reports a[href^="/reports/"]'));
    assert.match(page.url(), /\/reports\/demo\/\d{4}/);
    assert.equal(await page.locator('#intro-h').count(), 1, 'the introduction is shown');
    assert.ok(await page.locator('.report-consultation').count() >= 1, 'a consultation is shown');
    await checkPage(page, { lang, label: `report ${lang}`, shot: 'report' });
    assert.deepEqual(await brokenWords(page), [], `report ${lang}: words broken over two lines`);
    await context.close();
  });
}

test('a report asked for before it is published says so, and a bad year says why', async () => {
  const context = await phone(browser, { width: 360 });
  const page = await context.newPage();
  let res = await page.goto(`${BASE}/reports/demo/2001?lang=en`);
  assert.equal(res.status(), 404);
  assert.match(await page.locator('#report-unavailable').innerText(), /not been published yet/);
  await checkPage(page, { lang: 'en', label: 'report not published', shot: 'report-unpublished' });
  res = await page.goto(`${BASE}/reports/demo/20x6?lang=en`);
  assert.equal(res.status(), 400);
  assert.match(await page.locator('#report-unavailable').innerText(), /four digits/);
  await context.close();
});
