#!/usr/bin/env node
// `npm run bench`: the atlas against MapLibre alone, side by side in one run.
//
// Builds the atlas (dist/) and the baseline page (bench/dist/), serves both, and drives headless
// Chromium through interleaved repetitions of three pages:
//   atlas    the standalone atlas (dist/index.html), driven through <war-atlas>'s public API
//   setdata  bare MapLibre drawing the same territories and places, swapped in by setData (the floor)
//   filter   bare MapLibre with every year loaded at once and a date filter per layer changed by
//            setFilter, the way OpenHistoricalMap's maplibre-gl-dates switches dates
// Prints a table of medians and ratios and writes bench/results/latest.json.
//   node bench/run.mjs [--reps 5] [--no-build]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

const args = process.argv.slice(2);
const REPS = Number(args[args.indexOf('--reps') + 1]) || 5;
const VIEWPORT = { width: 1280, height: 800 };
const YEARS = { min: 1652, max: 1697 };
// Year changes timed one by one: the war years and their neighbours, back and forth.
const STEPS = [1682, 1683, 1684, 1685, 1684, 1683, 1681, 1680, 1670, 1669, 1681, 1697, 1681];

if (!args.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

const atlasServer = await startServer({ dir: 'dist', port: 41760, quiet: true });
const baseServer = await startServer({ dir: 'bench/dist', port: 41770, quiet: true });
const PAGES = {
  atlas: { url: new URL('index.html?year=1681', atlasServer.url).href, dir: 'dist' },
  setdata: { url: new URL('index.html?mode=setdata', baseServer.url).href, dir: 'bench/dist' },
  filter: { url: new URL('index.html?mode=filter', baseServer.url).href, dir: 'bench/dist' },
};

// One small driver in every page, so the three are measured by the same code.
const DRIVER = () => {
  const el = document.querySelector('war-atlas');
  const target = el
    ? {
        ready: () =>
          new Promise((resolve) => {
            const check = () => (el.hasAttribute('data-ready') ? resolve() : setTimeout(check, 5));
            check();
          }).then(() => el.whenIdle()),
        setYear: (y) => (el.year = y),
        whenIdle: () => el.whenIdle(),
      }
    : window.bench;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const FIRST_IDLE_MARK = 'war-atlas:first-idle';
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__driver = {
    /**
     * The cold start, from navigation: `ready` (the map's first load), `drawn` (its first idle: the
     * year, basemap and labels on screen, before the relief is added) and `complete` (idle again
     * with the relief drawn).
     */
    async ready() {
      await window.readyEvent;
      await new Promise((resolve) => {
        const check = () =>
          performance.getEntriesByName(FIRST_IDLE_MARK).length ? resolve() : setTimeout(check, 5);
        check();
      });
      await target.ready();
      return {
        ready: window.readyAt,
        drawn: performance.getEntriesByName(FIRST_IDLE_MARK)[0].startTime,
        complete: performance.now(),
      };
    },
    /** The standalone atlas's service worker, once it has precached everything and activated. */
    async serviceWorker() {
      if (!el || !('serviceWorker' in navigator)) return null;
      const t0 = performance.now();
      await navigator.serviceWorker.ready;
      return performance.now() - t0;
    },
    set: (year) => target.setYear(year),
    idle: () => target.whenIdle(),
    async change(year) {
      const t0 = performance.now();
      target.setYear(year);
      await target.whenIdle();
      return performance.now() - t0;
    },
    /** One year per frame, like a thumb dragged across the track, then wait until drawn. */
    async sweep(from, to) {
      const t0 = performance.now();
      for (let y = from; y <= to; y++) {
        target.setYear(y);
        await frame();
      }
      const last = performance.now();
      await target.whenIdle();
      const end = performance.now();
      const during = longTasks.filter((t) => t.start >= t0 && t.start <= end);
      return {
        total: end - t0,
        settle: end - last,
        longest: during.reduce((m, t) => Math.max(m, t.duration), 0),
        longTasks: during.length,
      };
    },
    /** Years from..to at the atlas's play cadence; every frame interval recorded. */
    async play(from, to, stepMs) {
      const intervals = [];
      let running = true;
      let prev = performance.now();
      const tick = (now) => {
        intervals.push(now - prev);
        prev = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      if (el) {
        target.setYear(from);
        await target.whenIdle();
        prev = performance.now();
        intervals.length = 0;
        el.play();
        await new Promise((resolve) => {
          const onYear = (e) => {
            if (e.detail.year >= to) {
              el.removeEventListener('yearchange', onYear);
              el.pause();
              resolve();
            }
          };
          el.addEventListener('yearchange', onYear);
        });
        await new Promise((r) => setTimeout(r, stepMs));
      } else {
        target.setYear(from);
        await target.whenIdle();
        prev = performance.now();
        intervals.length = 0;
        for (let y = from + 1; y <= to; y++) {
          await new Promise((r) => setTimeout(r, stepMs));
          target.setYear(y);
        }
        await new Promise((r) => setTimeout(r, stepMs));
      }
      running = false;
      return intervals;
    },
  };
};

// Listens for `ready` from the start (the atlas's bubbles up from <war-atlas>; the baselines fire
// theirs on the document at the map's first load) and tells the bench at once, so it can split
// the requests made before it from those after.
const ON_READY = () => {
  window.readyEvent = new Promise((resolve) =>
    document.addEventListener(
      'ready',
      () => {
        window.readyAt = performance.now();
        window.__benchReady?.();
        resolve();
      },
      { capture: true, once: true },
    ),
  );
};
const INIT = `(${ON_READY.toString()})(); document.addEventListener('DOMContentLoaded', ${DRIVER.toString()});`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/** Gzip size of every file requested before the `ready` event, by who it belongs to. */
function bytesByKind(urls, dir) {
  const kinds = { maplibre: 0, code: 0, data: 0, fonts: 0, files: {} };
  for (const url of new Set(urls)) {
    const path = new URL(url).pathname;
    let body;
    try {
      body = readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    } catch {
      continue;
    }
    const gz = gzipSync(body).length;
    const name = path.split('/').pop();
    kinds.files[name] = gz;
    if (/maplibre/.test(name)) kinds.maplibre += gz;
    else if (/\.(woff2?|ttf|otf|pbf)$/.test(name)) kinds.fonts += gz;
    else if (/atlas-data|\.geojson$/.test(name)) kinds.data += gz;
    else kinds.code += gz;
  }
  return kinds;
}

async function measure(browser, name, playStepMs) {
  const page = PAGES[name];
  const result = {};
  // Reduced motion: a year change then means the same drawing work in all three pages (the atlas's
  // transitions and self-drawing routes are timed in the play-through below, with motion on).
  // The atlas's service worker registers as it does for a reader (after `ready`, then precaches
  // the whole atlas); the timed year changes start only once it has activated, so its downloads
  // fall in none of them. A fresh context per measure: every cold start is a first visit.
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = [];
  let beforeReady = null;
  tab.on('request', (r) => urls.push(r.url()));
  await tab.exposeFunction('__benchReady', () => (beforeReady ??= urls.length));
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.addInitScript({ content: INIT });
  await tab.goto(page.url);
  await tab.waitForFunction(() => window.__driver);
  const cold = await tab.evaluate(() => window.__driver.ready());
  result.readyMs = cold.ready;
  result.coldStart = cold.drawn;
  result.coldStartRelief = cold.complete;
  result.bytes = bytesByKind(urls.slice(0, beforeReady ?? urls.length), page.dir);
  result.swPrecacheMs = await tab.evaluate(() => window.__driver.serviceWorker());

  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  let changes = 0;
  const change = async (year) => {
    changes++;
    return tab.evaluate((y) => window.__driver.change(y), year);
  };
  for (let i = 0; i < 20; i++) await change(YEARS.min + ((i * 7) % (YEARS.max - YEARS.min + 1)));
  result.heap20 = await heap();
  result.change = [];
  for (const y of STEPS) result.change.push(await change(y));
  result.sweep = await tab.evaluate(([a, b]) => window.__driver.sweep(a, b), [YEARS.min, YEARS.max]);
  changes += YEARS.max - YEARS.min + 1;
  // The rest of the 300 in bursts of ten, as a dragging hand makes them, drawn after each burst.
  while (changes < 300) {
    const burst = Array.from(
      { length: Math.min(10, 300 - changes) },
      (_, i) => YEARS.min + (((changes + i) * 13) % (YEARS.max - YEARS.min + 1)),
    );
    changes += burst.length;
    await tab.evaluate(async (years) => {
      for (const y of years) window.__driver.set(y);
      await window.__driver.idle();
    }, burst);
  }
  result.heap300 = await heap();
  result.errors = errors;
  await context.close();

  const motion = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
  const tab2 = await motion.newPage();
  await tab2.addInitScript({ content: INIT });
  await tab2.goto(page.url);
  await tab2.waitForFunction(() => window.__driver);
  await tab2.evaluate(() => window.__driver.ready());
  result.frames = await tab2.evaluate(([s]) => window.__driver.play(1681, 1684, s), [playStepMs]);
  await motion.close();
  return result;
}

const executablePath = await findChromium({ install: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
// The atlas's own play cadence, read from its source so the baselines step at the same pace.
const PLAY_STEP_MS = Number(
  /PLAY_STEP_MS = (\d+)/.exec(readFileSync('src/lib/atlas.svelte.ts', 'utf8'))?.[1] ?? 1400,
);
const runs = { atlas: [], setdata: [], filter: [] };
const names = Object.keys(runs);
try {
  for (let rep = 0; rep < REPS; rep++) {
    // Interleaved, in a rotating order, so drift on a shared machine falls on all three alike.
    for (let i = 0; i < names.length; i++) {
      const name = names[(rep + i) % names.length];
      process.stdout.write(`rep ${rep + 1}/${REPS} ${name}… `);
      runs[name].push(await measure(browser, name, PLAY_STEP_MS));
      process.stdout.write('done\n');
    }
  }
} finally {
  await browser.close();
  atlasServer.close();
  baseServer.close();
}

const summary = {};
for (const name of names) {
  const r = runs[name];
  summary[name] = {
    bytes: r[0].bytes,
    readyMs: median(r.map((x) => x.readyMs)),
    coldStartMs: median(r.map((x) => x.coldStart)),
    coldStartReliefMs: median(r.map((x) => x.coldStartRelief)),
    yearChangeMs: median(r.flatMap((x) => x.change)),
    sweepSettleMs: median(r.map((x) => x.sweep.settle)),
    sweepTotalMs: median(r.map((x) => x.sweep.total)),
    sweepLongestTaskMs: Math.max(...r.map((x) => x.sweep.longest)),
    playFrameP50Ms: median(r.flatMap((x) => x.frames)),
    playFrameP95Ms: percentile(
      r.flatMap((x) => x.frames),
      95,
    ),
    heapGrowth: median(r.map((x) => x.heap300 / x.heap20 - 1)),
    heap20MB: median(r.map((x) => x.heap20)) / 1e6,
    heap300MB: median(r.map((x) => x.heap300)) / 1e6,
    pageErrors: r.flatMap((x) => x.errors),
  };
}

const a = summary.atlas;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const ours = a.bytes.code + a.bytes.data + a.bytes.fonts;
const rows = [
  ['Bytes requested before `ready` (gzip)', '', '', ''],
  [
    '  MapLibre (library + worker)',
    kb(a.bytes.maplibre),
    kb(summary.setdata.bytes.maplibre),
    kb(summary.filter.bytes.maplibre),
  ],
  ['  our code', kb(a.bytes.code), kb(summary.setdata.bytes.code), kb(summary.filter.bytes.code)],
  ['  data', kb(a.bytes.data), kb(summary.setdata.bytes.data), kb(summary.filter.bytes.data)],
  ['  fonts', kb(a.bytes.fonts), kb(summary.setdata.bytes.fonts), kb(summary.filter.bytes.fonts)],
  ['Cold start to `ready` (map loaded)', ...names.map((n) => ms(summary[n].readyMs))],
  ['Cold start to first complete render (no relief)', ...names.map((n) => ms(summary[n].coldStartMs))],
  ['Cold start to complete render with relief', ...names.map((n) => ms(summary[n].coldStartReliefMs))],
  ['Year change to complete render', ...names.map((n) => ms(summary[n].yearChangeMs))],
  ['Drag sweep 1652→1697: settle after last year', ...names.map((n) => ms(summary[n].sweepSettleMs))],
  ['Drag sweep: whole sweep', ...names.map((n) => ms(summary[n].sweepTotalMs))],
  ['Drag sweep: longest main-thread task', ...names.map((n) => ms(summary[n].sweepLongestTaskMs))],
  ['Play 1681→1684: frame interval p50', ...names.map((n) => ms(summary[n].playFrameP50Ms))],
  ['Play 1681→1684: frame interval p95', ...names.map((n) => ms(summary[n].playFrameP95Ms))],
  [
    'JS heap after 20 → 300 changes',
    ...names.map((n) => `${summary[n].heap20MB.toFixed(1)} → ${summary[n].heap300MB.toFixed(1)} MB`),
  ],
];
const ratios = {
  oursOverMaplibreBytes: ours / a.bytes.maplibre,
  coldStartVsSetdata: a.coldStartMs / summary.setdata.coldStartMs,
  coldStartReliefVsSetdata: a.coldStartReliefMs / summary.setdata.coldStartReliefMs,
  sweepLongestTaskVsSetdata: a.sweepLongestTaskMs / summary.setdata.sweepLongestTaskMs,
  yearChangeVsSetdata: a.yearChangeMs / summary.setdata.yearChangeMs,
  yearChangeVsFilter: a.yearChangeMs / summary.filter.yearChangeMs,
  heapGrowth: a.heapGrowth,
};
const precache = runs.atlas.map((x) => x.swPrecacheMs).filter((x) => x !== null);
const widths = [50, 14, 14, 14];
const line = (cells) =>
  cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('');
console.log(`\nWar Atlas benchmark: ${REPS} interleaved repetitions, medians (longest task: max)\n`);
console.log(line(['', 'atlas', 'setdata', 'filter']));
for (const row of rows) console.log(line(row));
console.log(`
Ratios (atlas / baseline):
  our bytes / MapLibre's             ${(ratios.oursOverMaplibreBytes * 100).toFixed(1)} %   (target ≤ 30 %)
  cold start / setdata               ${ratios.coldStartVsSetdata.toFixed(2)} ×  (target ≤ 1.2)
  cold start with relief / setdata   ${ratios.coldStartReliefVsSetdata.toFixed(2)} ×
  drag longest task / setdata        ${ratios.sweepLongestTaskVsSetdata.toFixed(2)} ×  (target ≤ 1)
  year change / setdata              ${ratios.yearChangeVsSetdata.toFixed(2)} ×  (target ≤ 1.2)
  year change / filter               ${ratios.yearChangeVsFilter.toFixed(2)} ×  (target < 1)
  heap growth 20 → 300 changes       ${(ratios.heapGrowth * 100).toFixed(1)} %   (target ≤ 5 %)`);
if (precache.length)
  console.log(
    `  (atlas service worker activated ${median(precache).toFixed(0)} ms after the cold start, median)`,
  );
const errors = names.flatMap((n) => summary[n].pageErrors.map((e) => `${n}: ${e}`));
if (errors.length) console.log(`\nPage errors:\n  ${errors.join('\n  ')}`);

mkdirSync('bench/results', { recursive: true });
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
writeFileSync(
  'bench/results/latest.json',
  JSON.stringify({ date: new Date().toISOString(), machine, reps: REPS, summary, ratios, runs }, null, 2),
);
console.log(
  `\n${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB; written to bench/results/latest.json`,
);
