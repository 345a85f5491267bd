// The whole cycle of a consultation, walked in Chromium by clicking only. The only typed
// addresses are the start page and what young people receive: the consultation's link and
// the live session's link, both read off the pages the facilitator sees. The facilitator
// signs in, creates a consultation, writes its questions and texts in English and French,
// opens it; two young people answer it in browsers of their own; a live session starts, two
// phones answer, the facilitator reveals the question on the projector and ends the session;
// then close, moderate, publish, write "what we did with your views", read the public page,
// download the PDF report and archive, after which the public page still answers.
// Screenshots of the key steps land in tests/browser/output/cycle-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE, launch, phone, demoInfo, screenshot, skipOrFail } from './lib.mjs';

let browser;
let demo = null;

before(async () => {
  browser = await launch();
  const info = await demoInfo();
  if (info.email && info.password && info.group) demo = info;
});
after(async () => { await browser?.close(); });

/** Clicks and waits for the page the click loads; returns its status. */
async function follow(page, locator, label, status = 200) {
  await locator.first().waitFor();
  const [res] = await Promise.all([page.waitForNavigation(), locator.first().click()]);
  assert.ok(res, `${label}: a page loaded`);
  assert.equal(res.status(), status, `${label}: ${page.url()}`);
  return res;
}

/** The consultation's tab `name` (exact text), clicked. */
function tab(page, name, label = name) {
  return follow(page, page.locator('nav.tabs a').getByText(name, { exact: true }), `the ${label} tab`);
}

/** A submit button whose text is `name` inside main. */
function button(page, name) {
  return page.locator('main button').filter({ hasText: name });
}

/** The young person's way through the consultation at `url`: the start button, the age band
 *  16-17, the first option of each choice, `text` in each text field, then sending it; returns
 *  the page showing the receipt. */
async function answer(ctx, url, text) {
  const page = await ctx.newPage();
  const res = await page.goto(url);
  assert.equal(res.status(), 200, `the young people's link ${url}`);
  await Promise.all([page.waitForNavigation(), page.click('main button[value="start"]')]);
  for (let step = 0; step < 10 && !(await page.locator('main .receipt').count()); step += 1) {
    const band = page.locator('input[name="age_band"][value="16-17"]');
    if (await band.count()) await band.check();
    if (await page.locator('#guardian').count()) await page.check('#guardian');
    const firsts = await page.$$eval('main fieldset', (sets) => sets
      .filter((f) => f.offsetParent !== null && !f.querySelector('[name="age_band"]'))
      .map((f) => f.querySelector('input[type=radio]:not([value=""])')?.id)
      .filter(Boolean));
    for (const id of firsts) await page.check(`#${id}`);
    for (const field of await page.locator('main textarea, main input[data-max]:not(#gender_description)').all()) {
      if (await field.isVisible()) await field.fill(text);
    }
    const send = page.locator('main button[value="submit"]');
    await Promise.all([page.waitForNavigation(),
      (await send.count()) ? send.click() : page.click('main button[value="next"]')]);
  }
  assert.ok(await page.locator('main .receipt').count(),
    `${url}: a receipt at the end, not ${page.url()}: ${(await page.locator('main').innerText()).slice(0, 1500)}`);
  return page;
}

/** The projector's count line shows `n`. */
function projectorCounts(page, n) {
  return page.waitForFunction(
    (want) => new RegExp(`(^|\\D)${want}(\\D|$)`).test(document.querySelector('.present-count')?.textContent ?? ''),
    n,
    { timeout: 30000 },
  );
}

test('the whole cycle, by clicking only: create, translate, open, answer, live, close, moderate, publish, feedback, PDF, archive', async (t) => {
  if (!demo) return skipOrFail(t, 'no demo facilitator (consulta demo did not run)');
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  desk.setDefaultTimeout(20000);
  const page = await desk.newPage();
  const title = `Our park ${Date.now()}`;
  const others = [];
  try {
    // Sign in from the start page: the group's home.
    await page.goto(`${BASE}/?lang=en`);
    await follow(page, page.locator('main p.adults a'), 'the sign-in link');
    await page.fill('#f-email', demo.email);
    await page.fill('#f-password', demo.password);
    await follow(page, page.locator('main button[type=submit]'), 'signing in');
    assert.equal(new URL(page.url()).pathname, `/groups/${demo.group}`, 'the group home');
    await screenshot(page, 'cycle-01-home');

    // A new consultation in English and French, before and during the meeting.
    await follow(page, page.locator('main a').filter({ hasText: 'New consultation' }), 'new consultation');
    await page.fill('#f-title', title);
    for (const lang of ['ar', 'es', 'ru', 'zh']) await page.uncheck(`#f-languages-${lang}`);
    await page.check('#f-phases-during');
    await follow(page, button(page, 'Create the draft'), 'create');
    const slug = new URL(page.url()).pathname.split('/').pop();

    // A section, a single-choice question and a text question, both written in two languages.
    await follow(page, page.locator('main a').filter({ hasText: 'Add a section' }), 'add a section');
    await page.fill('[id="f-title.en"]', 'The park');
    await page.fill('[id="f-title.fr"]', 'Le parc');
    await follow(page, button(page, 'Save'), 'save the section');
    await page.selectOption('main select[name=kind]', 'single_choice');
    await follow(page, page.locator('main form.inline-form button'), 'add a question');
    await page.fill('#f-key', 'swings');
    await page.fill('[id="f-text.en"]', 'Should the park get new swings?');
    await page.fill('[id="f-text.fr"]', 'Le parc doit-il avoir de nouvelles balançoires ?');
    await page.fill('[id="f-options.0.label.en"]', 'Yes');
    await page.fill('[id="f-options.0.label.fr"]', 'Oui');
    await page.fill('[id="f-options.1.label.en"]', 'No');
    await page.fill('[id="f-options.1.label.fr"]', 'Non');
    await follow(page, button(page, 'Save the question'), 'save the question');
    await page.selectOption('main select[name=kind]', 'short_text');
    await follow(page, page.locator('main form.inline-form button'), 'add a text question');
    await page.fill('#f-key', 'idea');
    await page.fill('[id="f-text.en"]', 'What would make the park better?');
    await follow(page, button(page, 'Save the question'), 'save the text question');

    // The texts young people read, in English; then everything French through the translations.
    await tab(page, 'Texts');
    await page.fill('[id="f-introduction.en"]', 'The council asks what you think of the park.');
    await page.fill('[id="f-data_use.en"]', 'Only the working group reads your answers; results are published in groups of at least ten.');
    await page.fill('[id="f-closing.en"]', 'Thank you!');
    await follow(page, button(page, 'Save'), 'save the texts');
    await tab(page, 'Translations');
    await screenshot(page, 'cycle-02-translations');
    await follow(page, page.locator('main a[href$="/translations/fr"]'), 'the French translation');
    const french = page.locator('main form input[type=text], main form textarea');
    for (const field of await french.all()) {
      if (!(await field.inputValue())) await field.fill('Texte en français');
    }
    await follow(page, button(page, 'Save'), 'save the French translation');

    // Open it, from the overview.
    await tab(page, 'Overview');
    await follow(page, button(page, /^Open$/), 'open');
    assert.ok(await page.locator('.status-line .status-open').count(), 'the consultation is open');
    const link = (await page.locator('main dl.props code').first().textContent()).trim();
    assert.match(link, /^\/c\//, 'the link for young people');
    await screenshot(page, 'cycle-03-open');

    // Two young people answer, one in English and one in French, each in a browser of their own.
    for (const [lang, text] of [['en', 'A bigger football pitch'], ['fr', 'Des arbres et des fleurs']]) {
      const ctx = await phone(browser);
      ctx.setDefaultTimeout(20000);
      others.push(ctx);
      const young = await answer(ctx, `${BASE}${link}?lang=${lang}`, text);
      await screenshot(young, `cycle-04-thanks-${lang}`);
    }

    // The live session, started from the group's home: the consultation's next step.
    await follow(page, page.locator('main p.breadcrumbs a'), 'back to the group home');
    const card = page.locator('section.home-card').filter({ hasText: title });
    await follow(page, card.locator('.next-step button').filter({ hasText: 'Start the live session' }), 'start the live session');
    assert.match(new URL(page.url()).pathname, /^\/manage\/live\/[A-Z0-9]+$/, 'the control page');
    const joinUrl = (await page.locator('main .live-control-join p').first().textContent()).match(/https?:\/\/\S+/)[0];
    await follow(page, page.locator('#q-swings button[value=open]'), 'open the question');
    await follow(page, page.locator('#q-swings button[value=reveal]'), 'reveal the question');
    const [projector] = await Promise.all([desk.waitForEvent('page'),
      page.locator('main a').filter({ hasText: 'Open the projector view' }).click()]);
    await projector.waitForSelector('.present-count');

    // Two phones join with the link the room sees and answer the open question.
    for (const [lang, option] of [['en', 0], ['fr', 1]]) {
      const ctx = await phone(browser);
      ctx.setDefaultTimeout(20000);
      others.push(ctx);
      const mobile = await ctx.newPage();
      assert.equal((await mobile.goto(joinUrl)).status(), 200, `the join link ${joinUrl}`);
      await mobile.check(`input[name=lang][value=${lang}]`);
      await mobile.check('input[name=age_band][value="16-17"]');
      await follow(mobile, mobile.locator('form[action$="/join"] button[type=submit]'), `phone ${lang} joins`);
      await mobile.locator('input[name="a:swings"]').nth(option).check();
      await follow(mobile, mobile.locator('form[action$="/answer"] button[type=submit]'), `phone ${lang} answers`);
      assert.equal(await mobile.locator('form[action$="/answer"]').count(), 0, 'answered: the question gives way');
      await screenshot(mobile, `cycle-05-phone-${lang}`);
    }
    await projectorCounts(projector, 2);
    await projector.waitForFunction(() => /2 people, 2 answers/.test(document.querySelector('.present-people')?.textContent ?? ''));
    await screenshot(projector, 'cycle-06-projector');
    await projector.close();
    await screenshot(page, 'cycle-07-control');
    await follow(page, button(page, 'End the live session'), 'end the live session');

    // Close it, from the overview tab: a page asks first.
    await tab(page, 'Overview');
    await follow(page, button(page, /^Close$/), 'close');
    assert.match(await page.locator('main').innerText(), /Young people can no longer answer/, 'closing asks first');
    await follow(page, button(page, /^Close$/), 'close, confirmed');
    assert.ok(await page.locator('.status-line .status-closed').count(), 'the consultation is closed');

    // Moderate the two texts: all approved at once.
    await tab(page, 'Moderation');
    assert.equal(await page.locator('main ol.queue > li').count(), 2, 'two texts wait for moderation');
    await page.check('#scope-all');
    await follow(page, button(page, 'Approve for the analysis'), 'approve all');
    await screenshot(page, 'cycle-08-moderated');

    // The results, then publishing them.
    // Two people through the link answered both questions, two phones one: four people.
    await tab(page, 'Results');
    assert.match(await page.locator('main').innerText(), /Responses: 4 people, 6 answers/, 'the summary counts people and answers');
    await screenshot(page, 'cycle-09-summary');
    await tab(page, 'Publish');
    await follow(page, page.locator('main form[action*="/publish"] button[type=submit]'), 'publish');
    assert.equal(new URL(page.url()).pathname, `/results/${slug}`, 'the public page after publishing');

    await screenshot(page, 'cycle-10-public');

    // "What we did with your views": the home's next step leads to its form.
    await follow(page, page.locator('#manage-link a'), 'back from the public page');
    await follow(page, page.locator('main p.breadcrumbs a'), 'the group home');
    await follow(page, page.locator('section.home-card').filter({ hasText: title })
      .locator('.next-step a').filter({ hasText: 'what we did with your views' }), 'write the feedback');
    await page.fill('#feedback_en', 'The council ordered new swings for the spring.');
    await page.fill('#feedback_fr', 'Le conseil a commandé de nouvelles balançoires pour le printemps.');
    await follow(page, page.locator('main form[action*="/feedback"] button[type=submit]'), 'save the feedback');

    // The public page, through its tab: the results and the feedback.
    await tab(page, 'Public page');
    assert.equal(new URL(page.url()).pathname, `/results/${slug}`);
    const results = await page.locator('main').innerText();
    assert.match(results, new RegExp(title), 'the public page names the consultation');
    assert.match(results, /new swings for the spring/, 'the public page shows what was done');
    await screenshot(page, 'cycle-11-public-feedback');
    await page.goBack();

    // The PDF report, from the downloads tab.
    await tab(page, 'Downloads');
    const [download] = await Promise.all([desk.waitForEvent('download'),
      page.locator('main a[download]').filter({ hasText: /PDF/ }).first().click()]);
    assert.equal(await download.failure(), null, 'the PDF downloads');
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', `a PDF (${download.suggestedFilename()})`);
    assert.ok(pdf.length > 1000, 'a PDF with content');

    // Archive it, from the overview: the public page still answers, through its tab.
    await tab(page, 'Overview');
    await follow(page, button(page, /^Archive$/), 'archive');
    await follow(page, button(page, /^Archive$/), 'archive, confirmed');
    assert.ok(await page.locator('.status-line .status-archived').count(), 'the consultation is archived');
    await tab(page, 'Public page');
    assert.match(await page.locator('main').innerText(), new RegExp(title), 'the archived results still answer');
    await screenshot(page, 'cycle-12-archived-public');
  } catch (e) {
    await screenshot(page, 'cycle-failed');
    console.log(`# failed at ${page.url()}\n${(await page.locator('main').innerHTML()).slice(0, 4000)}`);
    throw e;
  } finally {
    for (const ctx of others) await ctx.close();
    await desk.close();
  }
});
