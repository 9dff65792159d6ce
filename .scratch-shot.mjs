// usage: node .scratch-shot.mjs <port> <out> <query> [w h] [js-to-eval-after-ready]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
const [port, out, query, w = 1280, h = 800, script = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const outside = [];
page.on('request', (r) => {
  const u = new URL(r.url());
  if (
    !['127.0.0.1', 'localhost'].includes(u.hostname) &&
    !r.url().startsWith('data:') &&
    !r.url().startsWith('blob:')
  )
    outside.push(r.url());
});
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text());
});
await page.goto(`http://127.0.0.1:${port}/${query}`);
await page.waitForFunction(() => document.querySelector('war-atlas')?.hasAttribute('data-ready'), null, {
  timeout: 60000,
});
if (script) await page.evaluate(script);
await page.evaluate(() => document.querySelector('war-atlas').whenIdle());
await page.waitForTimeout(500);
await page.evaluate(() => document.querySelector('war-atlas').whenIdle());
await page.screenshot({ path: out });
console.log('outside requests:', outside.length);
await browser.close();
