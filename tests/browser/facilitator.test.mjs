// The facilitator's main pages in real Chromium, in six languages, on the demo consultation
// (`consulta demo`): the consultation list, the editor (overview, a question, translations,
// preview), the summary with charts, a cross-tab and a filter, the downloads-and-publish page
// with its refusals, a form with an error, and the public results of a consultation published
// here (a copy of the demo: opened, answered through the API, closed, published through the
// page). Each page has zero axe violations, `dir="rtl"` and a mirrored layout in Arabic; the
// summary and the results do not scroll sideways at 320px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, LANGS, launch, phone, demoInfo, api, login, submitResponse, screenshot,
  expectAccessible, expectMirrored, expectNoHorizontalScroll, expectTextAtStart, skipOrFail
} from './lib.mjs';

const SLUG = process.env.DEMO_SLUG ?? 'demo';
const COPY = `${SLUG}-results-a11y`;
let browser;
let demo = null;
const tally = { pages: 0, rules: 0 };

before(async () => {
  browser = await launch();
  const info = await demoInfo();
  if (info.email && info.password && info.token && info.group) demo = info;
});
after(async () => {
  await browser?.close();
  if (tally.pages) console.log(`# facilitator and results pages: ${tally.pages} axe runs, ${tally.rules} rules checked`);
});

/** axe, the direction and the mirrored header, and the heading's text at the inline start. */
async function check(page, lang, label, shot) {
  tally.rules += await expectAccessible(page, label);
  tally.pages += 1;
  await expectMirrored(page, lang, label);
  await expectTextAtStart(page, 'main h1', lang, label);
  if (shot && (lang === 'en' || lang === 'ar')) await screenshot(page, `${shot}-${lang}`);
}

function withLang(url, lang) {
  const u = new URL(url, BASE);
  u.searchParams.set('lang', lang);
  return u.toString();
}

/** In Arabic the first bar chart reads from the right: its bar grows leftwards (mirrored)
 *  and its label starts at the right. */
async function expectChartMirrored(page, lang, label) {
  const pos = await page.evaluate(() => {
    const bar = document.querySelector('.bars .bar');
    if (!bar) return null;
    return { transform: getComputedStyle(bar).transform };
  });
  assert.ok(pos, `${label}: a bar chart`);
  if (lang === 'ar') assert.equal(pos.transform, 'matrix(-1, 0, 0, 1, 0, 0)', `${label}: bars grow leftwards in RTL`);
  else assert.equal(pos.transform, 'none', `${label}: bars grow rightwards`);
}

test('the consultation list and the editor pages pass axe and mirror in Arabic, in six languages', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo facilitator (consulta demo did not run)');
  const ctx = await phone(browser);
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  await login(page, demo);
  // The question form is checked in six languages, errors shown, by the next test; the
  // translation form (long, much like it) in both directions.
  const pages = [
    [`/groups/${demo.group}`, 'consultation-list', LANGS],
    [`/manage/c/${SLUG}`, 'editor-overview', LANGS],
    [`/manage/c/${SLUG}/translations`, 'editor-translations', LANGS],
    [`/manage/c/${SLUG}/preview`, 'editor-preview', LANGS],
    [`/manage/c/${SLUG}/questions/time_online`, 'editor-question', ['en', 'ar']],
    [`/manage/c/${SLUG}/translations/fr`, 'editor-translation-fr', ['en', 'ar']],
  ];
  for (const [path, name, langs] of pages) {
    for (const lang of langs) {
      const res = await page.goto(withLang(path, lang));
      assert.equal(res.status(), 200, `${name} ${lang}`);
      await check(page, lang, `${name} ${lang}`, name);
    }
  }
  await ctx.close();
});

test('a question saved with an empty text shows the error linked to the field and keeps what was typed, in six languages', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo facilitator');
  const ctx = await phone(browser);
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  await login(page, demo);
  for (const lang of LANGS) {
    await page.goto(withLang(`/manage/c/${SLUG}/questions/time_online`, lang));
    // The main language's question text emptied, another language's text changed.
    const texts = page.locator('fieldset.language-block');
    const main = texts.first().locator('input[type=text], textarea').first();
    const other = texts.nth(1).locator('input[type=text], textarea').first();
    const mainId = await main.getAttribute('id');
    const typed = `Typed in ${lang}: how long online?`;
    await main.fill('');
    await other.fill(typed);
    const [res] = await Promise.all([
      page.waitForNavigation(),
      page.click('main form button[value="save"]'),
    ]);
    assert.equal(res.status(), 422, `${lang}: refused`);
    const link = page.locator('.error-summary a').first();
    assert.ok(await link.isVisible(), `${lang}: an error summary`);
    assert.equal(await link.getAttribute('href'), `#${mainId}`, `${lang}: the summary links to the emptied field`);
    assert.equal(await page.getAttribute(`[id="${mainId}"]`, 'aria-invalid'), 'true', `${lang}: the field is marked`);
    assert.equal(await page.inputValue(`[id="${await other.getAttribute('id')}"]`), typed, `${lang}: the typed text is kept`);
    await check(page, lang, `question form with an error ${lang}`, 'editor-question-error');
  }
  await ctx.close();
});

test('the summary with charts, a cross-tab and a filter passes axe in six languages and fits 320px', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo facilitator');
  for (let n = 0; n < 12; n += 1) await submitResponse(SLUG, n);
  const ctx = await phone(browser);
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  await login(page, demo);
  await page.goto(`${BASE}/manage/consultations/${SLUG}/summary?lang=en`);
  const apply = () => Promise.all([page.waitForNavigation(), page.click('form.card button[type=submit]')]);

  // Broken down by age band: a cross-tab (heading, chart and table) under each question.
  await page.selectOption('#by', 'age_band');
  await apply();
  const byUrl = page.url();
  assert.ok((await page.locator('section.question h3 + figure.chart svg').count()) > 2, 'cross-tabs');
  assert.ok((await page.locator('section.question table').count()) > 4, 'tables');
  // One group only (English answers).
  await page.selectOption('#by', '');
  await page.selectOption('#filter', 'language:en');
  await apply();
  const filterUrl = page.url();
  assert.match(filterUrl, /filter=language%3Aen/);
  assert.ok(await page.locator('p.lead').isVisible(), 'the filter is named');
  assert.ok((await page.locator('figure.chart svg').count()) > 2, 'charts');

  // The richest view (every chart and table, and the cross-tabs) in six languages; the
  // filtered one and the refusal in both directions.
  const views = [[byUrl, 'summary-by-age', LANGS], [filterUrl, 'summary-filtered', ['en', 'ar']]];
  for (const [url, name, langs] of views) {
    for (const lang of langs) {
      await page.goto(withLang(url, lang));
      await check(page, lang, `${name} ${lang}`, name);
      await expectChartMirrored(page, lang, `${name} ${lang}`);
    }
  }
  // Both at once is refused with a message linked to the control.
  const both = new URL(byUrl);
  both.searchParams.set('filter', 'language:en');
  for (const lang of ['en', 'ar']) {
    const res = await page.goto(withLang(both, lang));
    assert.equal(res.status(), 400);
    const href = await page.getAttribute('.error-summary a', 'href');
    assert.ok(await page.$(`main select${href}`), `${lang}: the message links to a control`);
    await check(page, lang, `summary with an error ${lang}`, 'summary-error');
  }
  await page.setViewportSize({ width: 320, height: 800 });
  for (const [url, name, langs] of views) {
    for (const lang of langs) {
      await page.goto(withLang(url, lang));
      await expectNoHorizontalScroll(page, `${name} 320px ${lang}`);
      if (lang === 'en' || lang === 'ar') await screenshot(page, `${name}-320-${lang}`);
    }
  }
  await ctx.close();
});

test('downloads and publishing, with its refusals, and the public results pass axe in six languages; the results fit 320px', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo facilitator');
  let res = await api(demo.token, `/api/v1/consultations/${SLUG}/duplicate`, { method: 'POST', body: { slug: COPY } });
  assert.equal(res.status, 201, JSON.stringify(res.json));
  const ctx = await phone(browser);
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  await login(page, demo);
  const manage = `/manage/consultations/${COPY}/publish`;

  // A draft: the page, then its refusal ("only a closed consultation").
  for (const lang of LANGS) {
    await page.goto(withLang(manage, lang));
    assert.ok((await page.locator('a[download]').count()) >= 5, `${lang}: downloads`);
    await check(page, lang, `downloads and publish ${lang}`, 'publish');
    const [r] = await Promise.all([page.waitForNavigation(), page.click('form[action*="/publish"] button[type=submit]')]);
    assert.equal(r.status(), 422, `${lang}: refused`);
    assert.ok(await page.locator('.error-summary').isVisible(), `${lang}: the reason`);
    if (lang !== 'en') assert.doesNotMatch(await page.textContent('main'), /\bdraft\b/, `${lang}: the status is translated`);
    await check(page, lang, `publish refused ${lang}`, 'publish-refused');
  }

  // Open, answered with free text, closed: refused while text waits for moderation, then
  // published without it.
  res = await api(demo.token, `/api/v1/consultations/${COPY}/transitions`, { method: 'POST', body: { to: 'open' } });
  assert.equal(res.status, 200, JSON.stringify(res.json));
  for (let n = 0; n < 12; n += 1) await submitResponse(COPY, n);
  res = await api(demo.token, `/api/v1/consultations/${COPY}/transitions`, { method: 'POST', body: { to: 'closed' } });
  assert.equal(res.status, 200, JSON.stringify(res.json));
  await page.goto(withLang(manage, 'en'));
  await Promise.all([page.waitForNavigation(), page.click('form[action*="/publish"] button[type=submit]')]);
  assert.ok(await page.locator('.error-summary').isVisible(), 'refused while moderation is pending');
  await check(page, 'en', 'publish refused, moderation pending', 'publish-pending');
  await page.check('#skip_moderation');
  await Promise.all([page.waitForNavigation(), page.click('form[action*="/publish"] button[type=submit]')]);
  assert.equal(new URL(page.url()).pathname, `/results/${COPY}`);

  for (const lang of LANGS) {
    await page.goto(withLang('/results', lang));
    assert.ok(await page.locator(`a[href*="/results/${COPY}"]`).count(), `${lang}: listed`);
    await check(page, lang, `results list ${lang}`, 'results-list');
    await page.goto(withLang(`/results/${COPY}`, lang));
    assert.ok((await page.locator('figure.chart svg').count()) > 2, `${lang}: charts`);
    await check(page, lang, `results ${lang}`, 'results');
    await expectChartMirrored(page, lang, `results ${lang}`);
  }
  await page.setViewportSize({ width: 320, height: 800 });
  for (const lang of LANGS) {
    await page.goto(withLang(`/results/${COPY}`, lang));
    await expectNoHorizontalScroll(page, `results 320px ${lang}`);
    if (lang === 'en' || lang === 'ar') await screenshot(page, `results-320-${lang}`);
  }
  await ctx.close();
});
