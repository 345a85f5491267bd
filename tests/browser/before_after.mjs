// Screenshots of a few key screens for the before/after pairs in docs/screenshots/ (issue
// #22): the landing page at 360×740 in English and Arabic, the first question and the
// receipt on a phone, the projector at 1280×720, the top of the summary and the preview at
// 1280. Not a test: run it against a server started with the demo (as tests/browser/run
// does), once per version, with the same script:
//   BASE=http://127.0.0.1:PORT DEMO_FILE=demo.txt node before_after.mjs OUT_DIR PREFIX
// against a fresh demo (it starts the demo's live session). It writes
// OUT_DIR/PREFIX-<screen>.png (the viewport only, not the whole page, to keep them small).
import { mkdir } from 'node:fs/promises';
import { BASE, launch, demoInfo, answerScreen } from './lib.mjs';

const [out, prefix] = process.argv.slice(2);
if (!out || !prefix) throw new Error('usage: node before_after.mjs OUT_DIR PREFIX');
await mkdir(out, { recursive: true });
const SLUG = process.env.DEMO_SLUG ?? 'demo';
const demo = await demoInfo();
const browser = await launch();
const shot = (page, name) => page.screenshot({ path: `${out}/${prefix}-${name}.png` });

async function signIn(ctx) {
  const page = await ctx.newPage();
  await page.goto(`${BASE}/login?lang=en`);
  // The sign-in form's ids were #email and #password before the form kit (#f-…).
  const email = (await page.$('#f-email')) ? '#f-email' : '#email';
  await page.fill(email, demo.email);
  await page.fill(email.replace('email', 'password'), demo.password);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  return page;
}

try {
  // The young person's phone: landing in both directions, the first question, the receipt.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  for (const lang of ['en', 'ar']) {
    const page = await phone.newPage();
    await page.goto(`${BASE}/c/${SLUG}?lang=${lang}`);
    await shot(page, `landing-360-${lang}`);
    if (lang !== 'en') { await page.close(); continue; }
    await Promise.all([page.waitForNavigation(), page.click('button[value="start"]')]);
    let question = false;
    for (let step = 0; step < 25 && !(await page.$('.receipt')); step += 1) {
      const asks = await page.$$eval('fieldset', (sets) => sets.some((f) => f.offsetParent !== null
        && !f.querySelector('[name="age_band"]') && f.querySelector('input[type=radio]')));
      if (asks && !question) {
        question = true;
        await shot(page, 'question-360-en');
      }
      await answerScreen(page, { band: '16-17' });
      const last = await page.$('button[value="submit"]');
      await Promise.all([page.waitForNavigation(), page.click(last ? 'button[value="submit"]' : 'button[value="next"]')]);
    }
    if (!(await page.$('.receipt'))) throw new Error(`no receipt at ${page.url()}`);
    await shot(page, 'receipt-360-en');
    await page.close();
  }

  // The facilitator at 1280: the top of the summary, the preview.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const adult = await signIn(desk);
  await adult.goto(`${BASE}/manage/consultations/${SLUG}/summary?lang=en`);
  await shot(adult, 'summary-1280-en');
  await adult.goto(`${BASE}/manage/c/${SLUG}/preview?lang=en`);
  await shot(adult, 'preview-1280-en');

  // The projector at 1280×720: a live session with the first single-choice question
  // opened, its results shown, and six phones' answers.
  const def = await (await fetch(`${BASE}/api/v1/consultations/${SLUG}`)).json();
  const question = def.sections.flatMap((s) => s.questions)
    .find((q) => q.kind === 'single_choice' && q.options.length >= 2);
  await adult.goto(`${BASE}/manage/c/${SLUG}/live?lang=en`);
  if (await adult.$('#start')) await Promise.all([adult.waitForNavigation(), adult.click('#start')]);
  const code = new URL(adult.url()).pathname.split('/').pop();
  const row = `#q-${question.key}`;
  await Promise.all([adult.waitForNavigation(), adult.click(`${row} button[value=open]`)]);
  await Promise.all([adult.waitForNavigation(), adult.click(`${row} button[value=reveal]`)]);
  for (let i = 0; i < 6; i += 1) {
    const joined = await fetch(`${BASE}/live/${code}/join`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ lang: 'en', age_band: '16-17' }),
    });
    const cookie = joined.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    await fetch(`${BASE}/live/${code}/answer`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ question: question.key, [`a:${question.key}`]: question.options[i % 2].code }),
    });
  }
  const room = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const present = await signIn(room);
  await present.goto(`${BASE}/present/${code}?lang=en`);
  await present.waitForLoadState('networkidle').catch(() => {});
  await present.waitForTimeout(1500);
  await shot(present, 'projector-1280x720-en');
} finally {
  await browser.close();
}
