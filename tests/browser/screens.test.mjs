// Screenshots of every page, in English and Arabic, at 360 and 1280 px, kept by CI with
// tests/browser/output/ (issue #22): the pages reachable by links from the adult's home
// (signed in as the demo facilitator) and from the public start page, and every screen of
// the young person's journey. A page that answers 500 or more fails the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import { BASE, OUTPUT, launch, demoInfo, login, skipOrFail, answerScreen } from './lib.mjs';

const SLUG = process.env.DEMO_SLUG ?? 'demo';
const WIDTHS = [360, 1280];
const DIR = `${OUTPUT}pages/`;
// Files, exports and the API are not pages; signing out would end the crawl.
const SKIP = /\.(csv|xlsx|pdf|json|png|svg|zip|xml)(\?|$)|^\/api\/|\/logout|\/sign-out|^\/sw\.js|^\/static\//;
const PER_SHAPE = 1;
const MAX_PAGES = 90;

let browser;
let demo;
before(async () => {
  browser = await launch();
  demo = await demoInfo();
  await rm(DIR, { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
});
after(async () => { await browser?.close(); });

/** The file name of a page: its path and query, made safe. */
const fileOf = (url, lang, width) => {
  const u = new URL(url);
  u.searchParams.delete('lang');
  const name = `${u.pathname}${u.search}`.replace(/^\//, '').replace(/[^A-Za-z0-9._-]+/g, '_') || 'home';
  return `${DIR}${name}-${lang}-${width}.png`;
};

/** What pages of one kind share: their path, with any consultation's slug
 * (`/manage/c/{slug}/…`, `/manage/consultations/{slug}/…`, `/c/{slug}`) and any key or
 * number after a collection (`questions/{key}`, `meetings/{id}`, …) as one. */
const COLLECTIONS = ['questions', 'sections', 'translations', 'meetings', 'documents', 'groups', 'reports', 'g', 'moderation'];
const shapeOf = (path) => path.split('/')
  .map((s, i, all) => ((i === 3 && all[1] === 'manage') || (i === 2 && ['c', 'results'].includes(all[1]))
    || COLLECTIONS.includes(all[i - 1]) ? '*' : s))
  .join('/');

/** Pages of `BASE` reachable from `starts` by links, breadth first: at most PER_SHAPE pages
 * of a shape (one question editor, one consultation's tab, stand for the others). */
async function crawl(page, starts) {
  const seen = new Set();
  const shapes = new Map();
  const queue = [...starts];
  const found = [];
  while (queue.length && found.length < MAX_PAGES) {
    const url = queue.shift();
    const u = new URL(url, BASE);
    u.searchParams.delete('lang');
    u.hash = '';
    const key = `${u.pathname}${u.search}`;
    if (seen.has(key) || u.origin !== new URL(BASE).origin || SKIP.test(u.pathname)) continue;
    seen.add(key);
    const shape = shapeOf(u.pathname);
    if ((shapes.get(shape) ?? 0) >= PER_SHAPE) continue;
    // A link to a file (a document, a report) starts a download instead of a page.
    const res = await page.goto(u.href).catch((e) => {
      if (/Download is starting/.test(e.message)) return null;
      throw e;
    });
    if (!res || !(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    assert.ok(res.status() < 500, `${key}: ${res.status()}`);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    found.push(u.href);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
    queue.push(...links);
  }
  return found;
}

/** Every page in `urls` at both widths, in English and Arabic, each saved as a PNG. */
async function shoot(urls, signedIn) {
  let n = 0;
  for (const width of WIDTHS) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    ctx.setDefaultTimeout(20000);
    const page = await ctx.newPage();
    if (signedIn) await login(page, demo);
    for (const lang of ['en', 'ar']) {
      for (const url of urls) {
        const u = new URL(url);
        u.searchParams.set('lang', lang);
        const res = await page.goto(u.href);
        assert.ok(res.status() < 500, `${u.pathname} ${lang} ${width}: ${res.status()}`);
        await page.screenshot({ path: fileOf(url, lang, width), fullPage: true });
        n += 1;
      }
    }
    await ctx.close();
  }
  return n;
}

test('every page reachable from the adult\'s home, in English and Arabic at 360 and 1280 px', async (t) => {
  if (!demo?.email) return skipOrFail(t, 'no demo facilitator');
  const ctx = await browser.newContext();
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  await login(page, demo);
  const urls = await crawl(page, [`${BASE}/`]);
  await ctx.close();
  // One consultation's editor stands for all (the tests before this one add consultations of
  // their own, and any of them may come first).
  assert.ok(urls.some((u) => new URL(u).pathname.startsWith('/manage/c/')), `the crawl reached the editor (${urls.length} pages)`);
  assert.ok(urls.some((u) => u.includes('/summary')), 'the crawl reached the summary');
  const shots = await shoot(urls, true);
  assert.equal(shots, urls.length * 4);
});

test('every public page and every screen of the journey, in English and Arabic at 360 and 1280 px', async (t) => {
  if (!demo?.email) return skipOrFail(t, 'no demo');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const urls = await crawl(page, [`${BASE}/`, `${BASE}/c/${SLUG}`]);
  await ctx.close();
  assert.ok(urls.some((u) => u.includes(`/c/${SLUG}`)), 'the journey\'s landing page');
  await shoot(urls, false);
  for (const width of WIDTHS) {
    for (const lang of ['en', 'ar']) await journey(width, lang);
  }
});

/** The journey's screens (posted forms, so no crawl finds them), answered as a 9–12-year-old. */
async function journey(width, lang) {
  const ctx = await browser.newContext({ viewport: { width, height: 800 } });
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  await page.goto(`${BASE}/c/${SLUG}?lang=${lang}`);
  await Promise.all([page.waitForNavigation(), page.click('button[value="start"]')]);
  let step = 0;
  for (; step < 20 && !(await page.$('.receipt')); step += 1) {
    await page.screenshot({ path: `${DIR}journey-${String(step).padStart(2, '0')}-${lang}-${width}.png`, fullPage: true });
    await answerScreen(page, { band: '9-12' });
    const submit = await page.$('button[value="submit"]');
    await Promise.all([page.waitForNavigation(), page.click(submit ? 'button[value="submit"]' : 'button[value="next"]')]);
  }
  assert.ok(await page.$('.receipt'), `${lang} ${width}: the journey ends on the receipt`);
  await page.screenshot({ path: `${DIR}journey-${String(step).padStart(2, '0')}-thanks-${lang}-${width}.png`, fullPage: true });
  await ctx.close();
}
