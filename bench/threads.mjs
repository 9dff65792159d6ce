// Where the time goes, by thread: a Chrome trace (the timeline categories) of a cold start and of
// the bench's year changes, with each thread's busy time (its top-level tasks) summed per phase:
// the page's main thread, the GPU process (on a machine without a GPU, SwiftShader draws every
// WebGL frame there, and the main thread waits for it) and MapLibre's worker.
// Needs `npm run bench` to have built dist/ and bench/dist/.   node bench/threads.mjs [--reps 3]
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../scripts/find-chromium.mjs';

const args = process.argv.slice(2);
const REPS = Number(args[args.indexOf('--reps') + 1]) || 3;
const STEPS = [1682, 1683, 1684, 1685, 1684, 1683, 1681, 1680, 1670, 1669, 1681, 1697, 1681];
const THREADS = { CrRendererMain: 'main', CrGpuMain: 'gpu', 'DedicatedWorker thread': 'worker' };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

const atlas = await startServer({ dir: 'dist', port: 41812, quiet: true });
const bare = await startServer({ dir: 'bench/dist', port: 41813, quiet: true });
const PAGES = {
  atlas: new URL('index.html?year=1681', atlas.url).href,
  setdata: new URL('index.html?mode=setdata', bare.url).href,
  filter: new URL('index.html?mode=filter', bare.url).href,
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** Busy ms per thread within [from, to] (ms on the page's clock), from a trace's task events. */
function busy(events, from, to, origin) {
  const names = {};
  for (const e of events) if (e.name === 'thread_name') names[`${e.pid}:${e.tid}`] = e.args.name;
  const out = { main: 0, gpu: 0, worker: 0 };
  for (const e of events) {
    const thread = THREADS[names[`${e.pid}:${e.tid}`]];
    if (!thread || e.ph !== 'X' || !e.dur || !/RunTask$/.test(e.name)) continue;
    const start = (e.ts - origin) / 1000;
    out[thread] += Math.max(0, Math.min(start + e.dur / 1000, to) - Math.max(start, from));
  }
  return out;
}
/** Marks the trace from the page, so the trace's clock (µs) can be put on the page's (ms). */
const sync = (page) =>
  page.evaluate(() => {
    console.timeStamp('bench:sync');
    return performance.now();
  });
/** The trace clock (µs) at the page's performance.timeOrigin. */
const originOf = (events, now) =>
  events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench:sync').ts - now * 1000;

const API = `window.__api = (() => { const el = document.querySelector('war-atlas');
  return el ? { set: (y) => (el.year = y), idle: () => el.whenIdle() } : { set: (y) => window.bench.setYear(y), idle: () => window.bench.whenIdle() }; })();`;
const results = {};
for (let rep = 0; rep < REPS; rep++)
  for (const [name, url] of Object.entries(PAGES)) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.addInitScript({
      content: `document.addEventListener('ready', () => performance.mark('bench:ready'), { capture: true, once: true });`,
    });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('war-atlas:first-idle').length > 0);
    const coldSync = await sync(page);
    const marks = await page.evaluate(() => ({
      ready: performance.getEntriesByName('bench:ready')[0].startTime,
      drawn: performance.getEntriesByName('war-atlas:first-idle')[0].startTime,
    }));
    let events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const origin = originOf(events, coldSync);
    const r = (results[name] ??= { cold: [], change: [] });
    r.cold.push({
      ...marks,
      toReady: busy(events, 0, marks.ready, origin),
      toDrawn: busy(events, marks.ready, marks.drawn, origin),
    });
    // Year changes as the bench times them, after the relief and the first changes have settled.
    await page.evaluate(API);
    await page.evaluate(async () => {
      await window.__api.idle();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const y of [1660, 1681, 1690, 1684, 1681]) {
        window.__api.set(y);
        await window.__api.idle();
      }
    });
    await browser.startTracing(page, { categories: CATEGORIES });
    const changeSync = await sync(page);
    const times = await page.evaluate(async (steps) => {
      const out = [];
      for (const y of steps) {
        const t = performance.now();
        window.__api.set(y);
        await window.__api.idle();
        out.push([t, performance.now()]);
      }
      return out;
    }, STEPS);
    events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const o = originOf(events, changeSync);
    for (const [from, to] of times) r.change.push({ ms: to - from, ...busy(events, from, to, o) });
    await context.close();
  }
await browser.close();
atlas.close();
bare.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f = (x) => String(Math.round(x)).padStart(5);
console.log(
  'medians (ms)          ready  main   gpu  worker |  ready→first idle  main   gpu  worker | year change  main   gpu  worker',
);
for (const [name, r] of Object.entries(results)) {
  const m = (list, key) => median(list.map(key));
  console.log(
    `${name.padEnd(20)} ${f(m(r.cold, (c) => c.ready))} ${f(m(r.cold, (c) => c.toReady.main))} ${f(m(r.cold, (c) => c.toReady.gpu))} ${f(m(r.cold, (c) => c.toReady.worker))}  | ` +
      `${f(m(r.cold, (c) => c.drawn - c.ready)).padStart(17)} ${f(m(r.cold, (c) => c.toDrawn.main))} ${f(m(r.cold, (c) => c.toDrawn.gpu))} ${f(m(r.cold, (c) => c.toDrawn.worker))}  | ` +
      `${f(m(r.change, (c) => c.ms)).padStart(11)} ${f(m(r.change, (c) => c.main))} ${f(m(r.change, (c) => c.gpu))} ${f(m(r.change, (c) => c.worker))}`,
  );
}
