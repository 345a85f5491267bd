// A partial ranking on the demo consultation (3 of its 5 places filled): by keyboard with JavaScript
// (moves in the page, said in a status line) and without JavaScript (each button posts the
// form and the page comes back in the new order, other answers kept); pages that show
// problems have a title starting with "Error:".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, phone, expectAccessible, demoInfo, skipOrFail } from './lib.mjs';

const SLUG = process.env.DEMO_SLUG ?? 'demo';
const CI = process.env.CI === 'true';
let browser;
let demo = false;
before(async () => {
  browser = await launch();
  demo = (await fetch(`${BASE}/c/${SLUG}`)).status === 200;
});
after(async () => { await browser?.close(); });

function needDemo(t) {
  if (demo) return false;
  if (CI) throw new Error(`no consultation at /c/${SLUG}`);
  skipOrFail(t, 'no demo consultation');
  return true;
}

/** From the landing page to the screen with the ranking, answering what is asked on the way. */
async function toRanking(page) {
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  await page.click('button[value="start"]');
  for (let step = 0; step < 8 && !(await page.$('.rank-moves')); step += 1) {
    const band = await page.$('input[name="age_band"][value="16-17"]');
    if (band) await band.check();
    const firsts = await page.$$eval('fieldset', (sets) => sets
      .filter((f) => f.offsetParent !== null && !f.querySelector('[name="age_band"]'))
      .map((f) => f.querySelector('input[type=radio]:not([value=""]), input[type=checkbox]')?.id)
      .filter(Boolean));
    for (const id of firsts) if (await page.isVisible(`#${id}`)) await page.check(`#${id}`);
    await page.click('button[value="next"]');
  }
  assert.ok(await page.$('.rank-moves'), 'a ranking on the way');
}

const places = (page) => page.$$eval('.rank-moves .rank-item', (items) => Object.fromEntries(
  items.map((li) => [li.dataset.code, li.querySelector('input').value])));
const ranked = (page) => page.$$eval('.rank-moves [data-ranked] .rank-item', (items) => items.map((li) => li.dataset.code));

test('a partial ranking by keyboard: moves in the page, said to screen readers, places left empty', async (t) => {
  if (needDemo(t)) return;
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  await toRanking(page);
  await expectAccessible(page, 'ranking, nothing ranked');
  const codes = await page.$$eval('.rank-moves [data-unranked] .rank-item', (items) => items.map((li) => li.dataset.code));
  assert.ok(codes.length > 3, 'more items than the three ranked');
  const url = page.url();
  for (const code of codes.slice(0, 3)) {
    await page.focus(`.rank-item[data-code="${code}"] [data-move="in"]`);
    await page.keyboard.press('Enter');
    // Focus stays on the moved item, which now has a place.
    assert.equal(await page.evaluate(() => document.activeElement.closest('.rank-item')?.dataset.code), code);
  }
  assert.equal(page.url(), url, 'no page load');
  assert.deepEqual(await ranked(page), codes.slice(0, 3));
  await page.locator('[data-rank-status]').filter({ hasText: 'place 3' }).waitFor();
  assert.ok(await page.isVisible(`.rank-item[data-code="${codes[3]}"] [data-move="in"]`), 'places left: "Add" still offered');
  // The third moves up by keyboard: Tab from its "Remove"... back to its "Move up".
  await page.focus(`.rank-item[data-code="${codes[2]}"] [data-move="up"]`);
  await page.keyboard.press('Enter');
  assert.deepEqual(await ranked(page), [codes[0], codes[2], codes[1]]);
  await page.locator('[data-rank-status]').filter({ hasText: 'place 2' }).waitFor();
  const p = await places(page);
  assert.equal(p[codes[2]], '2');
  assert.equal(p[codes[1]], '3');
  assert.equal(p[codes[3]], '', 'left unranked');
  await expectAccessible(page, 'ranking, three ranked');
  // Taken out, an item goes back among the others and "Add" comes back.
  await page.focus(`.rank-item[data-code="${codes[0]}"] [data-move="out"]`);
  await page.keyboard.press('Enter');
  assert.deepEqual(await ranked(page), [codes[2], codes[1]]);
  assert.ok(await page.isVisible(`.rank-item[data-code="${codes[3]}"] [data-move="in"]`));
  await page.locator('[data-rank-status]').filter({ hasText: 'not ranked' }).waitFor();
  await page.click('.actions button[value="next"]');
  // On to the check page (other required answers of the screen, if any, first).
  for (let i = 0; i < 4 && !(await page.$('button[value="submit"]')); i += 1) {
    const firsts = await page.$$eval('fieldset', (sets) => sets
      .filter((f) => f.offsetParent !== null)
      .map((f) => f.querySelector('input[type=radio]:not([value=""]), input[type=checkbox]')?.id)
      .filter(Boolean));
    for (const id of firsts) if (await page.isVisible(`#${id}`)) await page.check(`#${id}`);
    await page.click('.actions button[value="next"]');
  }
  const check = await page.textContent('main');
  assert.ok(check.includes('Check your answers'), 'the check page');
  await ctx.close();
});

test('a partial ranking without JavaScript: each move posts the form and keeps what was typed', async (t) => {
  if (needDemo(t)) return;
  const ctx = await phone(browser, { javaScript: false, width: 360 });
  const page = await ctx.newPage();
  await toRanking(page);
  const text = page.locator('main input[type=text][data-max], main textarea').first();
  const typed = (await text.count()) ? 'kept while moving' : null;
  if (typed) await text.fill(typed);
  const codes = await page.$$eval('.rank-moves [data-unranked] .rank-item', (items) => items.map((li) => li.dataset.code));
  for (const code of [codes[3], codes[1]]) {
    await page.click(`.rank-item[data-code="${code}"] [data-move="in"]`);
    await page.waitForLoadState();
  }
  assert.deepEqual(await ranked(page), [codes[3], codes[1]]);
  assert.match(page.url(), /#q\d+$/, 'the page comes back at the question');
  await page.click(`.rank-item[data-code="${codes[1]}"] [data-move="up"]`);
  await page.waitForLoadState();
  assert.deepEqual(await ranked(page), [codes[1], codes[3]]);
  if (typed) assert.equal(await page.locator('main input[type=text][data-max], main textarea').first().inputValue(), typed);
  assert.ok(!(await page.$('.error-summary')), 'a move is not a mistake');
  assert.ok(!(await page.title()).startsWith('Error'), 'no error in the title');
  await ctx.close();
});

test('pages that show problems say "Error:" first in their title, young person\'s and adult\'s', async (t) => {
  if (needDemo(t)) return;
  const ctx = await phone(browser, { width: 1280 });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  await page.click('button[value="start"]');
  await page.click('button[value="next"]');
  assert.match(await page.title(), /^Error: /, 'the age screen sent empty');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
  await page.goto(`${BASE}/c/${SLUG}?lang=fr`);
  await page.click('button[value="start"]');
  await page.click('button[value="next"]');
  assert.match(await page.title(), /^Erreur : /, 'in the reader\'s language');
  const info = await demoInfo();
  const adult = await ctx.newPage();
  await adult.goto(`${BASE}/login?lang=en`);
  await adult.fill('#f-email', info.email ?? 'nobody@example.org');
  await adult.fill('#f-password', 'not the right password at all');
  await adult.click('main form button[type=submit]');
  await adult.waitForLoadState();
  assert.match(await adult.title(), /^Error: /, 'the login form with a wrong password');
  await ctx.close();
});
