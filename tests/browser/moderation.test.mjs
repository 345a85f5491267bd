// Moderation and data protection pages in real Chromium, on the demo consultation: the
// facilitator's moderation queue and one answer (with free text sent through the API,
// including a possible disclosure and markup), and the privacy notice in six languages. Each
// passes axe, fits a phone, has 44px targets and mirrors in Arabic; markup in answers stays
// text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, LANGS, launch, phone, checkPage, demoInfo } from './lib.mjs';

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
    t.skip('no demo facilitator (consulta demo did not run)');
    return;
  }
  await submit(['Apps should ask before sharing photos', 'I want to die <b>now</b>']);
  await submit(['<img src=x onerror=alert(1)>', 'Adults should listen to us']);

  const ctx = await phone(browser);
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  page.on('dialog', () => assert.fail('a script from an answer ran'));
  await page.goto(`${BASE}/login?lang=en`);
  await page.fill('#email', demo.email);
  await page.fill('#password', demo.password);
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
  await page.locator('button[name=one][value$=":unpublished"]').first().click();
  assert.ok(await page.locator('[role=status]').isVisible());
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
