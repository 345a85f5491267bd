// Moderation and data protection pages in real Chromium, on the demo consultation: the
// facilitator's moderation queue and one answer (with free text sent through the API,
// including a possible disclosure and markup), and the privacy notice in six languages. Each
// passes axe, fits a phone, has 44px targets and mirrors in Arabic; markup in answers stays
// text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, LANGS, launch, phone, checkPage, demoInfo, api, screenshot, skipOrFail } from './lib.mjs';

const SLUG = process.env.DEMO_SLUG ?? 'demo';
let browser;
let demo = { email: null, password: null, token: null };
before(async () => {
  browser = await launch();
  demo = await demoInfo();
});
after(async () => { await browser?.close(); });

/** A valid response to the demo consultation with these texts for its free-text questions. */
async function submit(texts) {
  const def = await (await fetch(`${BASE}/api/v1/consultations/${SLUG}`)).json();
  const answers = {};
  for (const section of def.sections) {
    for (const q of section.questions) {
      if (['short_text', 'long_text'].includes(q.kind)) {
        const text = texts.shift();
        if (text) answers[q.key] = text;
      } else if (q.required && q.options?.length) {
        answers[q.key] = q.kind === 'multiple_choice' ? [q.options[0].code]
          : q.kind === 'ranking' ? q.options.map((o) => o.code) : q.options[0].code;
      } else if (q.required && q.kind === 'number') {
        answers[q.key] = q.min ?? 1;
      }
    }
  }
  const res = await fetch(`${BASE}/api/v1/consultations/${SLUG}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ submission_id: randomUUID(), language: 'en', age_band: '16-17', answers }),
  });
  assert.equal(res.status, 201, await res.text());
}

test('the moderation queue and an answer pass the checks, with markup shown as text', async (t) => {
  if (!demo.email || !demo.password) {
    skipOrFail(t, 'no demo facilitator (consulta demo did not run)');
    return;
  }
  await submit(['Apps should ask before sharing photos', 'I want to die <b>now</b>']);
  await submit(['<img src=x onerror=alert(1)>', 'Adults should listen to us']);

  const ctx = await phone(browser);
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  page.on('dialog', () => assert.fail('a script from an answer ran'));
  await page.goto(`${BASE}/login?lang=en`);
  await page.fill('#f-email', demo.email);
  await page.fill('#f-password', demo.password);
  await page.click('button[type=submit]');

  for (const lang of ['en', 'ar']) {
    await page.goto(`${BASE}/manage/c/${SLUG}/moderation?lang=${lang}`);
    assert.equal(await page.locator('h1').count(), 1);
    await checkPage(page, { lang, label: `moderation queue ${lang}`, shot: 'moderation-queue' });
  }
  await page.goto(`${BASE}/manage/c/${SLUG}/moderation?lang=en&status=all&q=onerror`);
  assert.ok(await page.getByText('<img src=x onerror=alert(1)>').first().isVisible(), 'markup is shown as text');
  assert.equal(await page.locator('.answer-text img').count(), 0);

  await page.locator('a[href*="/moderation/"]').first().click();
  for (const lang of ['en', 'ar']) {
    const url = new URL(page.url());
    url.searchParams.set('lang', lang);
    await page.goto(url.toString());
    await checkPage(page, { lang, label: `moderation answer ${lang}`, shot: 'moderation-answer' });
  }

  // A decision by keyboard-free form posting, then the queue says what was done.
  await page.goto(`${BASE}/manage/c/${SLUG}/moderation?lang=en&status=pending&q=photos`);
  await Promise.all([page.waitForNavigation(), page.locator('button[name=one][value$=":unpublished"]').first().click()]);
  assert.ok(await page.locator('[role=status]').isVisible(), 'the queue says what was done');
  await checkPage(page, { lang: 'en', label: 'moderation queue after a decision' });
  await ctx.close();
});

test('the privacy notice passes the checks in the six languages', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  for (const lang of LANGS) {
    const res = await page.goto(`${BASE}/c/${SLUG}/privacy?lang=${lang}`);
    assert.equal(res.status(), 200, lang);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await checkPage(page, { lang, label: `privacy notice ${lang}`, shot: 'privacy-notice' });
  }
  await ctx.close();
});

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page, selector, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`${selector} never took the focus`);
}

/** The moderation queue of the demo consultation as the API lists it, filtered. */
async function listed(token, query) {
  const { json } = await api(token, `/api/v1/consultations/${SLUG}/moderation?${query}`);
  return json.items;
}

const QUEUE_TEXTS = {
  en: { same: 'Phones should stay in bags during lessons', quote: 'Adults should ask us before they post our photos' },
  ar: { same: 'يجب أن تبقى الهواتف في الحقائب أثناء الدروس', quote: 'على الكبار أن يسألونا قبل نشر صورنا' },
};

test('the queue by keyboard alone in English and Arabic: select, apply to the selection, choose a quote; it passes axe and groups the same text', async (t) => {
  if (!demo.email || !demo.password || !demo.token) {
    skipOrFail(t, 'no demo facilitator (consulta demo did not run)');
    return;
  }
  for (const lang of ['en', 'ar']) {
    const { same, quote } = QUEUE_TEXTS[lang];
    // The same text three times, spelt a little differently, and one to quote.
    await submit([same, quote]);
    await submit([`${same}!`, 'x']);
    await submit([`  ${same.toUpperCase()}.`, 'y']);
  }

  for (const lang of ['en', 'ar']) {
    const { same, quote } = QUEUE_TEXTS[lang];
    const ctx = await phone(browser);
    ctx.setDefaultTimeout(20000);
    const page = await ctx.newPage();
    // Signing in by keyboard: type, then Enter.
    await page.goto(`${BASE}/login?lang=${lang}`);
    await page.fill('#f-email', demo.email);
    await page.fill('#f-password', demo.password);
    await Promise.all([page.waitForNavigation(), page.press('#f-password', 'Enter')]);

    // From the adult's home to the queue by following links.
    await page.goto(`${BASE}/?lang=${lang}`);
    if (await page.locator(`a[href="/manage/c/${SLUG}/moderation"]`).count() === 0) {
      await Promise.all([page.waitForNavigation(), page.locator('main a[href^="/groups/"]').first().click()]);
    }
    await Promise.all([page.waitForNavigation(), page.locator(`a[href="/manage/c/${SLUG}/moderation"]`).first().click()]);
    assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
    await checkPage(page, { lang, label: `queue by keyboard ${lang}` });

    // The three copies show once, with their count.
    const copies = (await listed(demo.token, `status=pending&q=${encodeURIComponent(same)}`)).map((i) => i.id);
    assert.equal(copies.length, 3, `${lang}: three copies pending`);
    const cards = page.locator('.queue > li', { hasText: same });
    assert.equal(await cards.count(), 1, `${lang}: the same text shows once`);
    assert.match(await cards.first().locator('.group-count').innerText(), /× 3/);

    // Tab to the group's box, tick it with Space, back to "Keep unpublished" at the top,
    // Enter: the three copies are decided at once.
    const box = await cards.first().locator('input[name=ids]').getAttribute('id');
    await page.keyboard.press('Tab');
    await tabTo(page, `#${box}`);
    await page.keyboard.press('Space');
    assert.ok(await page.locator(`#${box}`).isChecked(), `${lang}: ticked with Space`);
    await tabTo(page, 'button[name=action][value=unpublished]', { back: true });
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.ok(await page.locator('[role=status]').isVisible(), `${lang}: the queue says what was done`);
    for (const id of copies) {
      const { json } = await api(demo.token, `/api/v1/consultations/${SLUG}/moderation/${id}`);
      assert.equal(json.status, 'unpublished', `${lang}: copy ${id}`);
    }
    await checkPage(page, { lang, label: `queue after a keyboard decision ${lang}` });

    // Open the answer to quote (Tab, Enter), then "Use as a public quote" (Tab, Enter).
    const [toQuote] = await listed(demo.token, `status=pending&q=${encodeURIComponent(quote)}`);
    assert.ok(toQuote, `${lang}: the answer to quote is pending`);
    await page.keyboard.press('Tab');
    await tabTo(page, `a[href="/manage/c/${SLUG}/moderation/${toQuote.id}"]`);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await page.keyboard.press('Tab');
    await tabTo(page, `form[action$="/moderation/${toQuote.id}/approve"] button[type=submit]`);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const { json: chosen } = await api(demo.token, `/api/v1/consultations/${SLUG}/moderation/${toQuote.id}`);
    assert.equal(chosen.status, 'approved', `${lang}: approved`);
    assert.equal(chosen.quote, quote, `${lang}: chosen as a quote`);

    // Screenshots of the queue at 360 and 1280 px.
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${BASE}/manage/c/${SLUG}/moderation?lang=${lang}&status=all&q=${encodeURIComponent(same)}`);
      await checkPage(page, { lang, label: `queue ${lang} ${width}px` });
      await screenshot(page, `moderation-queue-grouped-${lang}-${width}`);
    }
    await ctx.close();
  }
});
