// Statements young people vote on (issue 23): on the demo consultation's statements page, a
// young person who came through the journey from /c/demo votes agree / disagree / pass with
// the keyboard alone, in English and Arabic, on the page of radios (Tab between statements,
// arrow keys within one), with and without JavaScript; the page passes axe, fits a phone and mirrors
// in Arabic; the votes are stored (read back through the facilitator's opinion API); the
// facilitator's summary page with the opinion map passes axe too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, phone, checkPage, demoInfo, api, login, expectAccessible, screenshot, skipOrFail } from './lib.mjs';

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

/** Answers a screen that is not the statements page the quickest valid way. */
async function answerOther(page) {
  for (const band of await page.$$('input[name="age_band"]')) {
    if ((await band.getAttribute('value')) === '16-17') await band.check();
  }
  // The first option of each visible group (required questions need one).
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
}

/** Votes on the first three statements with the keyboard: agree, disagree, pass. */
async function voteByKeyboard(page) {
  const names = await page.$$eval('.statement input[type=radio][value="agree"]', (r) => r.map((i) => i.name));
  assert.ok(names.length >= 3, 'at least three statements shown');
  await page.focus(`input[name="${names[0]}"][value="agree"]`);
  await page.keyboard.press('Space');
  // Tab leaves the radio group for the next statement's group.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.name), names[1]);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.name), names[2]);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.$$eval('.statement input[type=radio]:checked', (r) => r.map((i) => i.value));
  assert.deepEqual(chosen, ['agree', 'disagree', 'pass']);
  return names.slice(0, 3).map((n) => n.split(':').pop());
}

/** With JavaScript: one statement at a time; Enter on agree, then disagree, then pass. */
async function voteOneByOne(page, label) {
  const shown = () => page.$$eval('.statement-list > li', (li) => li.filter((x) => !x.hidden).length);
  assert.equal(await shown(), 1, 'one statement at a time');
  assert.ok(await page.isVisible('.vote-bar'), 'the vote buttons are shown');
  assert.ok(!(await page.isVisible('.statement-list input[type=radio]')), 'radios hidden');
  await page.focus('.vote-bar [data-vote="agree"]');
  await page.keyboard.press('Enter');
  assert.equal(await shown(), 1);
  const said = await page.textContent('.vote-bar [data-said]');
  assert.match(said, /2/, `the next statement is announced: ${said}`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.vote), 'disagree');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.vote), 'pass');
  await page.keyboard.press('Enter');
  const chosen = await page.$$eval('.statement input[type=radio]:checked', (r) => r.map((i) => i.value));
  assert.deepEqual(chosen, ['agree', 'disagree', 'pass']);
  // Back to the first: its vote is shown pressed.
  for (let i = 0; i < 3; i += 1) await page.click('.vote-bar [data-back]');
  assert.equal(await page.getAttribute('.vote-bar [data-vote="agree"]', 'aria-pressed'), 'true');
  await expectAccessible(page, `${label} after voting`);
}

async function votes(code) {
  const { json } = await api(demo.token, `/api/v1/consultations/${SLUG}/opinion?question=statements`);
  return json.votes ?? 0;
}

for (const lang of ['en', 'ar']) {
  test(`statements are voted on with the keyboard in ${lang}, and the page passes axe`, async (t) => {
    if (!demo) return skipOrFail(t, 'no demo consultation (run consulta demo)');
    const before = await votes();
    // A phone with JavaScript (one at a time), a wide screen without (the page of radios).
    for (const [width, javaScript] of [[360, true], [1280, false]]) {
      const ctx = await phone(browser, { width, javaScript });
      ctx.setDefaultTimeout(15000);
      const page = await ctx.newPage();
      await page.goto(`${BASE}/c/${SLUG}?lang=${lang}`);
      await Promise.all([page.waitForNavigation(), page.click('button[value="start"]')]);
      let voted = false;
      const trail = []; // the headings of the pages passed, to say where a walk went wrong
      for (let step = 0; step < 20 && !voted; step += 1) {
        await page.waitForLoadState();
        trail.push(await page.textContent('h1'));
        if (await page.$('.statements')) {
          const label = `statements ${lang} ${width}`;
          await checkPage(page, { lang, label, shot: `statements-${width}` });
          await voteByKeyboard(page);
          voted = true;
        } else {
          await answerOther(page);
        }
        // Each step is a form post: look at the next page only once it has come.
        await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
      }
      assert.ok(voted, `the statements page was reached: ${trail.join(' → ')}`);
      for (let step = 0; step < 5 && !(await page.$('.receipt')); step += 1) {
        await page.waitForLoadState();
        trail.push(await page.textContent('h1'));
        const button = (await page.$('button[value="submit"]')) ? 'submit' : 'next';
        await Promise.all([page.waitForNavigation(), page.click(`button[value="${button}"]`)]);
      }
      assert.ok(await page.$('.receipt'), `a receipt at the end: ${trail.join(' → ')}`);
      await ctx.close();
    }
    assert.equal(await votes(), before + 6, 'three votes stored per journey');
  });
}

test('the summary page with the opinion map passes axe', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation');
  for (const width of [360, 1280]) {
    const ctx = await phone(browser, { width });
    const page = await ctx.newPage();
    await login(page, demo);
    await page.goto(`${BASE}/manage/consultations/${SLUG}/summary?lang=en`);
    assert.ok(await page.$('.opinion'), 'an opinion section');
    await expectAccessible(page, `summary opinion ${width}`);
    await page.locator('.opinion').first().scrollIntoViewIfNeeded();
    await screenshot(page, `summary-opinion-${width}`);
    await ctx.close();
  }
});
