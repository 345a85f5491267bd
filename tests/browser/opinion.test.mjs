// Statements young people vote on (issue 23): on the demo consultation's statements page, a
// young person who came through the journey from /c/demo votes agree / disagree / pass with
// the keyboard alone, in English and Arabic, at 360 and 1280 px: with JavaScript one
// statement at a time with three buttons (Enter votes and shows the next statement, which is
// announced; a review of all at the end), without it on the page of radios (Tab between
// statements, arrow keys within one); the page passes axe, fits a phone and mirrors
// in Arabic; the votes are stored (read back through the facilitator's opinion API); the
// facilitator's summary page with the opinion map passes axe too; a Pol.is conversation the
// test writes, imported through the API and published, shows its map on the public results
// page, which passes axe at 360 and 1280 px in English and Arabic.
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

/** With JavaScript: one statement at a time. Enter on agree, disagree, pass for the first
 *  three (focus stays on the buttons, the next statement is announced), back to the first with
 *  "Previous statement" (its vote shows pressed), then pass on the rest to reach the review,
 *  where every statement is listed again with its radios. Returns the number of votes given. */
async function voteOneByOne(page, label, lang) {
  const shown = () => page.$$eval('.statement-list > li', (li) => li.filter((x) => !x.hidden).length);
  const focused = () => page.evaluate(() => document.activeElement.dataset.vote ?? document.activeElement.className);
  const total = await page.$$eval('.statement-list > li', (li) => li.length);
  assert.ok(total >= 3, 'at least three statements shown');
  assert.equal(await shown(), 1, 'one statement at a time');
  assert.ok(await page.isVisible('.vote-bar'), 'the vote buttons are shown');
  assert.ok(!(await page.isVisible('.statement-list input[type=radio]')), 'radios hidden');
  assert.match(await page.textContent('.statement-list > li:not([hidden]) .statement-progress'), /1|١/);
  // Tab from the top of the page reaches the vote buttons, never a hidden radio on the way.
  for (let i = 0; i < 40 && (await focused()) !== 'agree'; i += 1) {
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement.checkVisibility()), 'focus on something seen');
  }
  assert.equal(await focused(), 'agree', 'Tab reaches agree');
  await page.keyboard.press('Enter');
  assert.equal(await shown(), 1);
  const said = await page.textContent('.vote-bar [data-said]');
  assert.match(said, /2|٢/, `the next statement is announced: ${said}`);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'disagree');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'pass');
  await page.keyboard.press('Enter');
  const chosen = await page.$$eval('.statement input[type=radio]:checked', (r) => r.map((i) => i.value));
  assert.deepEqual(chosen, ['agree', 'disagree', 'pass']);
  await expectAccessible(page, `${label} one at a time`);
  await screenshot(page, `statements-one-${lang}`);
  // Back to the first with the keyboard: its vote is shown pressed, focus on the buttons.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.hasAttribute('data-back')), 'Tab reaches Previous');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('.vote-bar [data-vote="agree"]', 'aria-pressed'), 'true');
  assert.equal(await focused(), 'agree', 'focus back on the buttons at the first statement');
  // Forward again: the first three keep their votes, the rest are passed to reach the review.
  await page.keyboard.press('Enter');
  for (const vote of ['disagree', 'pass']) {
    await page.focus(`.vote-bar [data-vote="${vote}"]`);
    await page.keyboard.press('Enter');
  }
  for (let i = 3; i < total; i += 1) await page.keyboard.press('Enter');
  assert.equal(await shown(), total, 'the review lists every statement');
  assert.ok(await page.isVisible('.statement-list input[type=radio]'), 'with its radios');
  assert.equal(await focused(), 'statements-done', 'the end is announced by focus');
  const votes = await page.$$eval('.statement input[type=radio]:checked', (r) => r.map((i) => i.value));
  assert.deepEqual(votes.slice(0, 3), ['agree', 'disagree', 'pass']);
  assert.equal(votes.length, total);
  await expectAccessible(page, `${label} review`);
  return votes.length;
}

async function votes() {
  const { json } = await api(demo.token, `/api/v1/consultations/${SLUG}/opinion?question=statements`);
  return json.votes ?? 0;
}

/** From /c/demo through the journey to the statements page, votes there with the keyboard,
 *  then on to the receipt. Returns the number of votes given. */
async function journey(ctx, lang, width, javaScript) {
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=${lang}`);
  await Promise.all([page.waitForNavigation(), page.click('button[value="start"]')]);
  let given = null;
  const trail = []; // the headings of the pages passed, to say where a walk went wrong
  for (let step = 0; step < 20 && given === null; step += 1) {
    await page.waitForLoadState();
    trail.push(await page.textContent('h1'));
    if (await page.$('.statements')) {
      const label = `statements ${lang} ${width} ${javaScript ? 'with' : 'without'} JavaScript`;
      await checkPage(page, { lang, label, shot: `statements-${width}-${javaScript ? 'js' : 'nojs'}` });
      given = javaScript ? await voteOneByOne(page, label, lang) : (await voteByKeyboard(page)).length;
      if (javaScript) await screenshot(page, `statements-review-${width}-${lang}`);
    } else {
      await answerOther(page);
    }
    // Each step is a form post: look at the next page only once it has come.
    await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
  }
  assert.ok(given !== null, `the statements page was reached: ${trail.join(' → ')}`);
  for (let step = 0; step < 5 && !(await page.$('.receipt')); step += 1) {
    await page.waitForLoadState();
    trail.push(await page.textContent('h1'));
    const button = (await page.$('button[value="submit"]')) ? 'submit' : 'next';
    await Promise.all([page.waitForNavigation(), page.click(`button[value="${button}"]`)]);
  }
  assert.ok(await page.$('.receipt'), `a receipt at the end: ${trail.join(' → ')}`);
  return given;
}

for (const lang of ['en', 'ar']) {
  test(`statements are voted on with the keyboard in ${lang}, and the page passes axe`, async (t) => {
    if (!demo) return skipOrFail(t, 'no demo consultation (run consulta demo)');
    const before = await votes();
    let given = 0;
    for (const width of [360, 1280]) {
      for (const javaScript of [true, false]) {
        const ctx = await phone(browser, { width, javaScript });
        ctx.setDefaultTimeout(15000);
        try {
          given += await journey(ctx, lang, width, javaScript);
        } finally {
          await ctx.close();
        }
      }
    }
    assert.equal(await votes(), before + given, 'every vote given is stored');
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

/** A Pol.is conversation the test writes: 40 young people in one camp, 20 in the other,
 *  everyone agreeing with the third statement. */
function conversation() {
  const statements = ['More cycle lanes near schools', 'Free buses for students', 'Parks open later in summer',
    'A youth council every month', 'A skate park in every district', 'Less homework at weekends'];
  const comments = ['comment-id,comment-body,moderated',
    ...statements.map((s, i) => `${i},${s},1`)].join('\n');
  const votes = ['voter-id,comment-id,vote'];
  for (let p = 0; p < 60; p += 1) {
    const camp = p < 40 ? 1 : -1;
    statements.forEach((_, i) => votes.push(`${p},${i},${i === 2 ? 1 : (i < 3 ? camp : -camp)}`));
  }
  return { comments, votes: votes.join('\n') };
}

test('the public results page shows the opinion map, passes axe and mirrors in Arabic', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation');
  // Imported through the facilitators' API, then published.
  const { comments, votes } = conversation();
  const form = new FormData();
  form.append('comments.csv', new Blob([comments], { type: 'text/csv' }), 'comments.csv');
  form.append('votes.csv', new Blob([votes], { type: 'text/csv' }), 'votes.csv');
  const res = await fetch(`${BASE}/api/v1/groups/${demo.group}/imports/polis?title=Ideas%20for%20our%20town`, {
    method: 'POST', headers: { authorization: `Bearer ${demo.token}` }, body: form,
  });
  assert.equal(res.status, 201, await res.clone().text());
  const { slug } = await res.json();
  const published = await api(demo.token, `/api/v1/consultations/${slug}/publish`, { method: 'POST', body: {} });
  assert.equal(published.status, 200, JSON.stringify(published.json));
  for (const lang of ['en', 'ar']) {
    for (const width of [360, 1280]) {
      const ctx = await phone(browser, { width });
      const page = await ctx.newPage();
      await page.goto(`${BASE}/results/${slug}?lang=${lang}`);
      assert.equal(await page.locator('.opinion svg ellipse').count(), 2, 'two groups as regions');
      await checkPage(page, { lang, label: `public results ${lang} ${width}` });
      await page.locator('.opinion').first().scrollIntoViewIfNeeded();
      await screenshot(page, `results-opinion-${width}-${lang}`);
      await ctx.close();
    }
  }
});
