// The young person's journey in real Chromium, on the demo consultation (`consulta demo`,
// slug `demo`): every screen passes axe, fits a phone without sideways scrolling, has 44px
// targets and mirrors in Arabic; with JavaScript on and off; by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGS, launch, phone, checkPage, expectNoHorizontalScroll, skipOrFail } from './lib.mjs';

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
  // The first option of each visible group (required questions need one).
  const firsts = await page.$$eval('fieldset', (sets) => sets
    .filter((f) => f.offsetParent !== null && !f.querySelector('[name="age_band"]'))
    .map((f) => f.querySelector('input[type=radio]:not([value=""]), input[type=checkbox]')?.id)
    .filter(Boolean));
  for (const id of firsts) {
    if (await page.isVisible(`#${id}`)) await page.check(`#${id}`);
  }
  // A ranking: "Add" on the items in the order shown until the places are taken (without
  // JavaScript each press comes back as a new page).
  for (let i = 0; i < 10; i += 1) {
    const add = page.locator('.rank-moves [data-move="in"]:visible').first();
    if (!(await add.count())) break;
    await add.click();
    await page.waitForLoadState();
  }
  for (const input of await page.$$('input.number')) {
    if (await input.isVisible()) await input.fill((await input.getAttribute('data-min')) ?? '1');
  }
  for (const text of await page.$$('input[data-max]:not(#gender_description), textarea')) {
    if (await text.isVisible()) await text.fill('ok');
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
  if (!demo) return skipOrFail(t, `no consultation at /c/${SLUG} (run consulta demo)`);
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
  if (!demo) return skipOrFail(t, 'no demo consultation');
  const ctx = await phone(browser, { javaScript: false, width: 320 });
  const code = await walk(ctx, 'fr', '13-15', (page, name) => expectNoHorizontalScroll(page, `${name} 320px no JS`));
  assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){2}$/, 'an answer code: three groups of four');
  await ctx.close();
});

test('an error summary takes the focus and links to the field', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation');
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  await page.click('button[value="start"]');
  if (await page.$('#access_code')) return skipOrFail(t, 'the demo has an access code');
  await page.click('button[value="next"]');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'age_band');
  await ctx.close();
});

test('the age question can be answered with the keyboard alone', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation');
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

test('joining, withdrawing and the consultation help page pass axe in six languages', async (t) => {
  const ctx = await phone(browser);
  const paths = [['/j', 'join'], ['/j?code=ZZZ-ZZZ', 'join-error'], ['/withdraw', 'withdraw']];
  if (demo) paths.push([`/c/${SLUG}/help`, 'consultation-help']);
  for (const [path, name] of paths) {
    for (const lang of LANGS) {
      const page = await ctx.newPage();
      await page.goto(`${BASE}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await checkPage(page, { lang, label: `${name} ${lang}`, shot: name });
      await page.close();
    }
  }
  await ctx.close();
});

test('with JavaScript a question appears as soon as the answer it depends on is given', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation');
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=en`);
  await page.click('button[value="start"]');
  let found = null;
  for (let step = 0; step < 12 && !found; step += 1) {
    found = await page.$('[data-cond-op="equals"]');
    if (found || (await page.$('button[value="submit"]'))) break;
    await answerScreen(page, '18-24');
    await page.click('button[value="next"]');
  }
  if (!found) return skipOrFail(t, 'the demo has no condition on the same page');
  const { name, value } = await found.evaluate((el) => ({ name: el.dataset.condName, value: el.dataset.condValue }));
  const radios = await page.$$(`input[name="${name}"]`);
  for (const radio of radios) {
    const v = await radio.getAttribute('value');
    if (v && v !== value) { await radio.check(); break; }
  }
  assert.equal(await found.isVisible(), false, 'hidden while the answer does not match');
  await page.check(`input[name="${name}"][value="${value}"]`);
  assert.equal(await found.isVisible(), true, 'shown once it matches');
  await ctx.close();
});

test('a section sent without its required answer shows the error linked to the field, keeps the other answers and passes axe, in six languages', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo consultation');
  const ctx = await phone(browser);
  for (const lang of LANGS) {
    const page = await ctx.newPage();
    await page.goto(`${BASE}/c/${SLUG}?lang=${lang}`);
    await Promise.all([page.waitForNavigation(), page.click('button[value="start"]')]);
    // Through the screens before the first section with a required question (each step is a
    // form post: the next page is looked at only once it has come).
    for (let step = 0; step < 6 && !(await page.$('fieldset:has(legend .required)')); step += 1) {
      await answerScreen(page, '16-17');
      await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
    }
    const required = page.locator('fieldset:has(legend .required)').first();
    assert.ok(await required.count(), `${lang}: a required question`);
    const requiredId = await required.getAttribute('id');
    // Every other question on the screen answered, the required one left empty.
    const kept = await page.$$eval('fieldset', (sets) => sets
      .filter((f) => !f.querySelector('legend .required') && f.querySelector('input[type=radio]:not([value=""]), input[type=checkbox]'))
      .map((f) => f.querySelector('input[type=radio]:not([value=""]), input[type=checkbox]').id));
    assert.ok(kept.length > 0, `${lang}: other questions on the screen`);
    for (const id of kept) await page.check(`#${id}`);
    await page.click('button[value="next"]');
    const link = page.locator('.error-summary a').first();
    await link.waitFor();
    assert.ok(await link.isVisible(), `${lang}: an error summary`);
    const href = await link.getAttribute('href');
    assert.ok(await page.$(`#${requiredId} ${href}`), `${lang}: the summary links to the required question's first choice (${href})`);
    assert.ok(await page.isVisible(`#${requiredId} .error-message`), `${lang}: the message next to the question`);
    for (const id of kept) assert.ok(await page.isChecked(`#${id}`), `${lang}: ${id} still chosen`);
    await checkPage(page, { lang, label: `section with an error ${lang}`, shot: 'journey-section-error' });
    await link.click();
    assert.equal(await page.evaluate(() => `#${document.activeElement.id}`), href, `${lang}: the link moves the focus to the field`);
    await page.close();
  }
  await ctx.close();
});
