// node measure.mjs <dist> <label> : font requests before `ready`, after idle, and screenshots.
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const repo = '/work/wt-fonts';
const { startServer } = await import(join(repo, 'scripts/serve.mjs'));
const { CHROMIUM_ARGS } = await import(join(repo, 'scripts/find-chromium.mjs'));
const [dir, label] = process.argv.slice(2);
const server = await startServer({ dir, port: 41807, quiet: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const gz = (path) => { try { return gzipSync(readFileSync(join(dir, path)), { level: 9 }).length; } catch { return NaN; } };
for (const [query, size] of [['?year=1684', [1280, 800]], ['?year=1684&lang=kk', [1280, 800]], ['?year=1684&lang=ru', [1280, 800]], ['?year=1684', [390, 844]]]) {
  const context = await browser.newContext({ viewport: { width: size[0], height: size[1] }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => document.addEventListener('ready', () => { window.__readyAt = performance.now(); }, { once: true }));
  await page.goto(`${server.url}${query}`);
  await page.waitForFunction(() => document.querySelector('war-atlas')?.whenIdle, null, { timeout: 30000 });
  await page.evaluate(() => document.querySelector('war-atlas').whenIdle());
  await page.waitForTimeout(1500);
  await page.evaluate(() => document.querySelector('war-atlas').whenIdle());
  const name = `${label}-${query.replace(/[?&=]/g, '_')}-${size[0]}.png`;
  await page.screenshot({ path: `/tmp/fonts-helper/${name}` });
  console.log(`\n${label} ${query} ${size.join('x')} -> ${name}`);
  const { readyAt, entries } = await page.evaluate(() => ({ readyAt: window.__readyAt, entries: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2')).map((e) => ({ name: e.name, start: e.startTime })) }));
  const seen = new Set();
  let before = 0;
  for (const e of entries.sort((a, b) => a.start - b.start)) {
    const path = new URL(e.name).pathname;
    if (seen.has(path)) continue;
    seen.add(path);
    const size = gz(path.slice(1));
    const phase = e.start < readyAt ? 'before ready' : 'after ready ';
    if (e.start < readyAt) before += size;
    console.log(`  ${phase} ${Math.round(e.start)} ms: ${path.split('/').pop()} ${(size / 1024).toFixed(1)} KB gz`);
  }
  console.log(`  ready at ${Math.round(readyAt)} ms; fonts before ready ${(before / 1024).toFixed(1)} KB gz`);
  await context.close();
}
await browser.close();
await server.close();
