// The corridors of the cycle, walked by clicking only: from the start page the demo
// facilitator signs in, lands on their group's home, opens the demo consultation and every
// tab of its tab bar (the only typed address is the start page). The home passes axe, is
// right-to-left in Arabic and does not scroll sideways at 360 px; screenshots at 360 and
// 1280 px in English and Arabic land in tests/browser/output/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, OUTPUT, launch, demoInfo, screenshot, expectAccessible, expectMirrored, expectNoHorizontalScroll,
  expectTargetSizes, skipOrFail
} from './lib.mjs';

let browser;
let demo = null;

before(async () => {
  browser = await launch();
  const info = await demoInfo();
  if (info.email && info.password && info.group) demo = info;
});
after(async () => { await browser?.close(); });

/** The demo consultation's card on the group's home (other tests add consultations). */
function demoCard(page) {
  return page.locator(`section.home-card[aria-labelledby="c-${process.env.DEMO_SLUG ?? 'demo'}"]`);
}

/** Clicks a link and waits for the page it opens; returns the response's status. */
async function follow(page, locator, label) {
  const [res] = await Promise.all([page.waitForNavigation(), locator.click()]);
  assert.ok(res, `${label}: a page loaded`);
  assert.equal(res.status(), 200, `${label}: ${page.url()}`);
  return res;
}

/** From the start page: sign in, and land on the group's home. */
async function signInByClicking(page, lang) {
  await page.goto(`${BASE}/?lang=${lang}`);
  await follow(page, page.locator('main p.adults a'), 'the sign-in link');
  await page.fill('#f-email', demo.email);
  await page.fill('#f-password', demo.password);
  await follow(page, page.locator('main button[type=submit]'), 'signing in');
  assert.equal(new URL(page.url()).pathname, `/groups/${demo.group}`, 'signed in, the group home');
}

test('from the start page, by clicking: sign in, the group home, the demo consultation and each of its tabs', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo facilitator (consulta demo did not run)');
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  await signInByClicking(page, 'en');
  const card = demoCard(page);
  assert.ok(await card.locator('.next-step').count() > 0, 'the demo consultation shows its next step');
  await follow(page, card.locator('.cycle-links a').first(), 'the consultation');
  const tabs = page.locator('nav.tabs a');
  const labels = await tabs.allTextContents();
  for (const wanted of ['Overview', 'Preview', 'Translations', 'Live session', 'Moderation', 'Results', 'Downloads', 'Publish']) {
    assert.ok(labels.includes(wanted), `a "${wanted}" tab among ${labels.join(', ')}`);
  }
  for (const label of labels) {
    await follow(page, page.locator('nav.tabs a', { hasText: label }).first(), `tab ${label}`);
    // Every page of the cycle carries the tab bar (the live pages and the moderation queue
    // too), with its own tab current; the public page has the site's header instead.
    if (new URL(page.url()).pathname.startsWith('/results/')) await page.goBack();
    else assert.equal(await page.locator('nav.tabs a[aria-current=page]').textContent(), label, `${label}: its tab is current`);
  }
  // Every link of the card on the home opens too.
  await page.goBack();
  while (!new URL(page.url()).pathname.startsWith('/groups/')) await page.goBack();
  const links = await demoCard(page).locator('.cycle-links a').count();
  for (let i = 0; i < links; i += 1) {
    await follow(page, demoCard(page).locator('.cycle-links a').nth(i), `home link ${i}`);
    await page.goBack();
  }
  await ctx.close();
});

test('the group home passes axe, mirrors in Arabic and fits 360 px; screenshots at 360 and 1280 px', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo facilitator');
  for (const width of [360, 1280]) {
    for (const lang of ['en', 'ar']) {
      const ctx = await browser.newContext({ viewport: { width, height: 800 } });
      ctx.setDefaultTimeout(20000);
      const page = await ctx.newPage();
      await signInByClicking(page, lang);
      const label = `group home ${lang} ${width}px`;
      await expectAccessible(page, label);
      await expectMirrored(page, lang, label);
      await expectNoHorizontalScroll(page, label);
      await expectTargetSizes(page, label);
      await screenshot(page, `home-${width}-${lang}`);
      await follow(page, demoCard(page).locator('.cycle-links a').first(), `${label}: the consultation`);
      await expectNoHorizontalScroll(page, `editor tabs ${lang} ${width}px`);
      // The top of the editor: its header and tab bar (the whole page is long).
      await page.screenshot({ path: `${OUTPUT}home-tabs-${width}-${lang}.png` });
      await ctx.close();
    }
  }
});

test('the live session (start and control) and moderation tabs fit 360 px and mirror in Arabic; screenshots at 360 and 1280 px', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo facilitator');
  for (const width of [360, 1280]) {
    for (const lang of ['en', 'ar']) {
      const ctx = await browser.newContext({ viewport: { width, height: 800 } });
      ctx.setDefaultTimeout(20000);
      const page = await ctx.newPage();
      await signInByClicking(page, lang);
      await follow(page, demoCard(page).locator('.cycle-links a').first(), 'the consultation');
      // The live tab is the start page, or the control page while a session runs.
      for (const [href, name] of [['/live', 'live'], ['/moderation', 'moderation']]) {
        await follow(page, page.locator(`nav.tabs a[href$="${href}"]`), `the ${name} tab`);
        const label = `${name} ${lang} ${width}px`;
        assert.equal(await page.locator('nav.tabs a[aria-current=page]').getAttribute('href').then((h) => h.endsWith(href)), true, `${label}: its tab is current`);
        await expectAccessible(page, label);
        await expectMirrored(page, lang, label);
        await expectNoHorizontalScroll(page, label);
        await page.screenshot({ path: `${OUTPUT}tabs-${name}-${width}-${lang}.png` });
        if (name !== 'live' || !(await page.locator('#start').count())) continue;
        // The control page of a session started here (and ended again, as it was).
        await follow(page, page.locator('#start'), `${label}: start a session`);
        assert.equal(await page.locator('nav.tabs a[aria-current=page]').getAttribute('href').then((h) => h.endsWith('/live')), true, `${label}: control, its tab is current`);
        await expectAccessible(page, `control ${label}`);
        await expectMirrored(page, lang, `control ${label}`);
        await expectNoHorizontalScroll(page, `control ${label}`);
        await page.screenshot({ path: `${OUTPUT}tabs-control-${width}-${lang}.png` });
        await follow(page, page.locator('form[action$="/end"] button'), `${label}: end the session`);
      }
      await ctx.close();
    }
  }
});
