// The facilitators' summary and the public results page (issues #22 and #25) at 360 px and
// 1280 px: no word broken over two lines, every chart's text at least 12 px (page text by
// its computed size; text inside an SVG by its size times the SVG's scale), axe clean; the
// summary in English and Arabic, the public page in six languages. The summary opens with
// its key figures and folds each question into a <details>; the public page opens with the
// headline findings a facilitator saved on the publishing page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, LANGS, launch, demoInfo, login, screenshot, expectAccessible, expectNoHorizontalScroll,
  brokenWords,
  skipOrFail,
} from './lib.mjs';

const SLUG = process.env.DEMO_SLUG ?? 'demo';
let browser;
let demo = null;

before(async () => {
  browser = await launch();
  const info = await demoInfo();
  if (info.email && info.password) demo = info;
});
after(async () => { await browser?.close(); });

/** Text of the results smaller than 12 px as rendered: "text (size px)". */
async function smallChartText(page) {
  return page.evaluate(() => {
    const small = [];
    const scope = document.querySelectorAll('main .bars, main .key-figures, main figure, main table');
    for (const root of scope) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.data.trim() || !el.checkVisibility() || el.closest('.visually-hidden, title, desc')) continue;
        let px = parseFloat(getComputedStyle(el).fontSize);
        const svg = el.closest('svg');
        if (svg) {
          const vb = svg.viewBox.baseVal;
          if (vb && vb.width) px *= svg.getBoundingClientRect().width / vb.width;
        }
        if (px < 12) small.push(`${node.data.trim().slice(0, 30)} (${px.toFixed(1)} px)`);
      }
    }
    return small;
  });
}

async function checkResults(page, label, { shot, lang }) {
  await expectAccessible(page, label);
  await expectNoHorizontalScroll(page, label);
  assert.deepEqual(await brokenWords(page), [], `${label}: words broken over two lines`);
  assert.deepEqual(await smallChartText(page), [], `${label}: chart text under 12 px`);
  if (shot && (lang === 'en' || lang === 'ar')) await screenshot(page, shot);
}

test('the summary: key figures, a section per question, readable at 360 and 1280 px in English and Arabic', async (t) => {
  if (!demo) {
    if (process.env.CI) assert.fail('the demo facilitator is needed');
    return skipOrFail(t, 'no demo facilitator');
  }
  for (const width of [360, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await ctx.newPage();
    await login(page, demo);
    for (const lang of ['en', 'ar']) {
      await page.goto(`${BASE}/manage/consultations/${SLUG}/summary?lang=${lang}`);
      const label = `summary ${width}px ${lang}`;
      assert.ok(await page.locator('#key-heading').isVisible(), `${label}: key figures`);
      assert.ok(await page.locator('.key-figures svg.timeline').count(), `${label}: responses over time`);
      const sections = page.locator('section.question > details');
      assert.ok(await sections.count() > 3, `${label}: a collapsible section per question`);
      // Open every section, so that every chart and table is measured and checked.
      await page.evaluate(() => document.querySelectorAll('section.question > details').forEach((d) => { d.open = true; }));
      await checkResults(page, label, { shot: `results-summary-${width}-${lang}`, lang });
      // A table region is a Tab stop only when it scrolls.
      const empty = await page.evaluate(() => [...document.querySelectorAll('.table-wrap[tabindex="0"]')]
        .filter((w) => w.scrollWidth <= w.clientWidth + 1).length);
      assert.equal(empty, 0, `${label}: table regions that do not scroll are not Tab stops`);
    }
    await ctx.close();
  }
});

test('the public results: headline findings first, readable at 360 and 1280 px in six languages', async (t) => {
  if (!demo) {
    if (process.env.CI) assert.fail('the demo facilitator is needed');
    return skipOrFail(t, 'no demo facilitator');
  }
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await login(page, demo);
  // The published consultation of the demo's record (`demo-last-year`), through the public
  // list; other files' tests publish consultations of their own, which come first.
  await page.goto(`${BASE}/results?lang=en`);
  const link = page.locator('main a[href^="/results/demo-last-year"]').first();
  const href = new URL(await link.getAttribute('href'), BASE).pathname;
  const slug = href.split('/').pop();
  // Its facilitator writes three findings in English and in Arabic.
  await page.goto(`${BASE}/manage/consultations/${slug}/publish?lang=en`);
  await page.fill('#headlines_en', 'Most of you feel safe online.\nGroup chats worry you most.\nYou want clear rules.');
  if (await page.locator('#headlines_ar').count()) {
    await page.fill('#headlines_ar', 'يشعر معظمكم بالأمان على الإنترنت.\nتقلقكم المحادثات الجماعية.\nتريدون قواعد واضحة.');
  }
  await Promise.all([page.waitForNavigation(), page.click('form[action*="/headlines"] button[type=submit]')]);
  assert.equal(await page.locator('#headlines_en').inputValue(), 'Most of you feel safe online.\nGroup chats worry you most.\nYou want clear rules.');
  await ctx.close();

  for (const width of [360, 1280]) {
    const anon = await browser.newContext({ viewport: { width, height: 800 } });
    const p = await anon.newPage();
    for (const lang of LANGS) {
      await p.goto(`${BASE}${href}?lang=${lang}`);
      const label = `public results ${width}px ${lang}`;
      if (lang === 'en') {
        assert.equal(await p.locator('.headlines li').first().innerText(), 'Most of you feel safe online.', label);
      }
      assert.ok(await p.locator('main .bars').count(), `${label}: charts`);
      assert.ok(await p.locator('nav.contents').count(), `${label}: contents`);
      await checkResults(p, label, { shot: `results-public-${width}-${lang}`, lang });
    }
    await anon.close();
  }
});
