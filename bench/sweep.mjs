// The drag sweep's long tasks, and what each one is: the atlas swept 1652→1697 one year per frame
// (as the bench does, after the same 20 warm-up changes) under a Chrome trace; for the longest
// main-thread tasks, the year on screen when each began and the trace events inside it over 3 ms.
// Needs `npm run bench` to have built dist/.   node bench/sweep.mjs
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../scripts/find-chromium.mjs';

const server = await startServer({ dir: 'dist', port: 41815, quiet: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
const page = await context.newPage();
await page.goto(new URL('index.html?year=1681', server.url).href);
await page.locator('war-atlas[data-ready]').waitFor();
await page.evaluate(async () => {
  const el = document.querySelector('war-atlas');
  await el.whenIdle();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  for (let i = 0; i < 20; i++) {
    el.year = 1652 + ((i * 7) % 46);
    await el.whenIdle();
  }
});
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'gpu'],
});
const years = await page.evaluate(async () => {
  const el = document.querySelector('war-atlas');
  console.timeStamp('bench:sync');
  const at = [[0, performance.now()]];
  for (let y = 1652; y <= 1697; y++) {
    at.push([y, performance.now()]);
    el.year = y;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await el.whenIdle();
  return at;
});
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
await browser.close();
server.close();

const names = {};
for (const e of events) if (e.name === 'thread_name') names[`${e.pid}:${e.tid}`] = e.args.name;
const main = events.filter((e) => names[`${e.pid}:${e.tid}`] === 'CrRendererMain' && e.ph === 'X' && e.dur);
// The page's clock on the trace's: the sync stamp was taken at years[0][1].
const origin =
  events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench:sync').ts -
  years[0][1] * 1000;
const yearAt = (ts) => years.filter(([, t]) => origin + t * 1000 <= ts).pop()?.[0] || 'before';
for (const task of main
  .filter((e) => /RunTask$/.test(e.name))
  .sort((a, b) => b.dur - a.dur)
  .slice(0, 3)) {
  console.log(`${Math.round(task.dur / 1000)} ms task, begun while showing ${yearAt(task.ts)}:`);
  const inside = {};
  for (const e of main)
    if (e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 3000)
      inside[e.name] = (inside[e.name] ?? 0) + e.dur / 1000;
  for (const [name, ms] of Object.entries(inside)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6))
    console.log(`  ${String(Math.round(ms)).padStart(5)} ms  ${name}`);
}
