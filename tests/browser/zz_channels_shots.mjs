import { chromium } from 'playwright-core';
const BASE = 'http://127.0.0.1:8121';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto(`${BASE}/login`);
await page.fill('input[name=email]', 'demo-facilitator@example.org');
await page.fill('input[name=password]', process.env.PW);
await page.click('button[type=submit]');
await page.waitForLoadState();
await page.goto(`${BASE}/manage/c/demo`);
await page.click('a[href="/manage/c/demo/sms"]');
await page.waitForLoadState();
await page.fill('input[name=keyword]', 'SAFE');
await page.fill('input[name=twilio_token]', 'tok');
await page.click('form[action="/manage/c/demo/sms"] button[type=submit]');
await page.waitForLoadState();
for (const lang of ['en', 'ar']) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${BASE}/manage/c/demo/sms?lang=${lang}`);
    await page.screenshot({ path: `/tmp/channels-shot/sms-${lang}-${width}.png`, fullPage: true });
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(lang, width, 'scrollWidth', sw);
  }
}
await browser.close();
