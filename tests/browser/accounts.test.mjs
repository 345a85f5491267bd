// The adults' pages: the first administrator from the setup link in the log, then every
// administration and account page, accessible (axe), mirrored in Arabic, fitting a phone,
// with 44px targets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, launch, phone, checkPage, skipOrFail } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The setup link the server wrote to its log while it had no administrator. */
function setupLink() {
  const log = process.env.SERVER_LOG ? readFileSync(process.env.SERVER_LOG, 'utf8') : '';
  const match = log.match(/(http:\/\/\S+\/setup\/\S+)/);
  return match?.[1];
}

const PASSWORD = 'a long administrator passphrase';

test('the first administrator signs up from the setup link and every adult page passes the checks', async (t) => {
  const link = setupLink();
  if (!link) {
    skipOrFail(t, 'no setup link in the server log (an administrator already exists)');
    return;
  }
  // axe needs JavaScript in the page; the forms themselves are plain HTML (the HTTP tests
  // submit them without any script).
  const ctx = await phone(browser);
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();

  for (const lang of ['en', 'ar']) {
    await page.goto(`${link}?lang=${lang}`);
    await checkPage(page, { lang, label: `setup ${lang}`, shot: 'setup' });
  }
  await page.goto(`${link}?lang=en`);
  // A bad submit keeps what was typed and says what is wrong, next to the field.
  await page.fill('#f-email', 'chief@example.org');
  await page.fill('#f-password', 'short');
  await page.fill('#f-confirm', 'short');
  await page.click('button[type=submit]');
  assert.equal(await page.inputValue('#f-email'), 'chief@example.org');
  await page.locator('#f-display_name-error').first().waitFor({ state: 'visible' });
  await page.locator('#f-password-error').first().waitFor({ state: 'visible' });
  await checkPage(page, { lang: 'en', label: 'setup with errors', shot: 'setup-errors' });
  await page.fill('#f-display_name', 'Chief Administrator');
  await page.fill('#f-password', PASSWORD);
  await page.fill('#f-confirm', PASSWORD);
  await page.click('button[type=submit]');
  assert.equal(new URL(page.url()).pathname, '/admin');

  await page.goto(`${BASE}/admin/groups?lang=en`);
  await page.fill('#f-name', 'Council Working Group on Child Online Protection');
  await page.click('form[action="/admin/groups"] button[type=submit]');
  assert.match(new URL(page.url()).pathname, /^\/admin\/groups\/council-working-group/);
  await page.fill('#f-email', 'delegate@example.org');
  await page.check('#role-facilitator');
  await page.click('form[action$="/invitations"] button[type=submit]');
  await page.locator('.notice').first().waitFor({ state: 'visible' });
  const groupPath = new URL(page.url()).pathname;

  const pages = [
    ['/admin', 'admin'], ['/admin/groups', 'admin-groups'], [groupPath, 'admin-group'],
    ['/admin/accounts', 'admin-accounts'], ['/admin/audit', 'admin-audit'],
    ['/groups', 'groups'], ['/account', 'account'], ['/account/password', 'account-password'],
    ['/account/sessions', 'account-sessions'], ['/account/2fa', 'account-2fa'],
    ['/account/tokens', 'account-tokens'],
  ];
  for (const lang of ['en', 'ar']) {
    for (const [path, name] of pages) {
      await page.goto(`${BASE}${path}?lang=${lang}`);
      await checkPage(page, { lang, label: `${name} ${lang}`, shot: name });
    }
  }

  // Setting up the second factor shows a QR code drawn in the page.
  await page.goto(`${BASE}/account/2fa?lang=en`);
  await page.click('form[action="/account/2fa/setup"] button[type=submit]');
  await page.locator('.qr svg').first().waitFor({ state: 'visible' });
  await checkPage(page, { lang: 'en', label: 'account 2fa setup', shot: 'account-2fa-setup' });

  // Sign out; the public account pages pass the same checks.
  await page.click('form[action="/logout"] button[type=submit]');
  for (const lang of ['en', 'ar']) {
    for (const [path, name] of [['/login', 'login'], ['/password-reset', 'password-reset']]) {
      await page.goto(`${BASE}${path}?lang=${lang}`);
      await checkPage(page, { lang, label: `${name} ${lang}`, shot: name });
    }
  }
  await ctx.close();
});
