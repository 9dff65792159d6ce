#!/usr/bin/env node
// The first visit on a phone, measured: Lighthouse 12's mobile run (simulated slow 4G: 150 ms,
// 1.6 Mbit/s, 4× CPU) over the project's own server (compressed files, as `npm start` serves
// them) for the atlas and for the bare MapLibre `setData` page with the same data, interleaved,
// medians of --reps (default 3). Then `ready` and the first complete render under Chrome's own
// network emulation of slow 4G (no CPU throttling) for both. Run by `npm run bench` after
// bench/run.mjs (whose builds it uses), or alone: node bench/lighthouse.mjs [--reps 3].
// Lighthouse lives in bench/tools (installed here when missing), out of the project's `npm ci`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

const args = process.argv.slice(2);
const REPS = Number(args[args.indexOf('--reps') + 1]) || 3;
const TOOLS = 'bench/tools/node_modules';
// src/lib/map/marks.ts (TypeScript, which Node does not run): the atlas and the bare page set it.
const FIRST_IDLE_MARK = 'war-atlas:first-idle';
if (!existsSync(`${TOOLS}/lighthouse`))
  execFileSync('npm', ['ci', '--prefix', 'bench/tools', '--no-audit', '--no-fund'], { stdio: 'inherit' });
for (const dir of ['dist/index.html', 'bench/dist/index.html'])
  if (!existsSync(dir)) throw new Error(`no ${dir}: run \`npm run bench\` (it builds both) first`);

const { default: lighthouse } = await import(pathToFileURL(`${TOOLS}/lighthouse/core/index.js`).href);
const { launch } = await import(pathToFileURL(`${TOOLS}/chrome-launcher/dist/index.js`).href);

const chromePath = await findChromium({ install: true });
const atlasServer = await startServer({ dir: 'dist', port: 41840, quiet: true });
const baseServer = await startServer({ dir: 'bench/dist', port: 41841, quiet: true });
const PAGES = {
  atlas: new URL('index.html?year=1681', atlasServer.url).href,
  setdata: new URL('index.html?mode=setdata', baseServer.url).href,
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One Lighthouse mobile run (its defaults: Moto G Power, simulated slow 4G, 4× CPU). */
async function lighthouseRun(url) {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      speedIndex: value('speed-index'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
    };
  } finally {
    await chrome.kill();
  }
}

/** `ready` and the first complete render under Chrome's slow-4G network emulation. */
async function throttledRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await page.addInitScript(() => {
    const mark = () => performance.mark('bench:ready');
    document.addEventListener('ready', mark, { once: true, capture: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_IDLE_MARK, {
    timeout: 120_000,
  });
  const times = await page.evaluate(
    (name) => ({
      ready: performance.getEntriesByName('bench:ready')[0]?.startTime ?? NaN,
      firstIdle: performance.getEntriesByName(name)[0].startTime,
    }),
    FIRST_IDLE_MARK,
  );
  await context.close();
  return times;
}

const results = { atlas: [], setdata: [] };
const throttled = { atlas: [], setdata: [] };
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
for (let rep = 0; rep < REPS; rep++)
  for (const [name, url] of Object.entries(PAGES)) {
    results[name].push(await lighthouseRun(url));
    throttled[name].push(await throttledRun(browser, url));
    process.stdout.write('.');
  }
await browser.close();
await atlasServer.close();
await baseServer.close();
console.log();

const row = (label, pick, format) =>
  `| ${label} | ${format(median(results.atlas.map(pick)))} | ${format(median(results.setdata.map(pick)))} |`;
// A page whose only content is a canvas has no largest contentful paint for Lighthouse.
const ms = (v) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : 'none');
const t = (label, key) =>
  `| ${label} | ${ms(median(throttled.atlas.map((r) => r[key])))} | ${ms(median(throttled.setdata.map((r) => r[key])))} |`;
const lines = [
  `Lighthouse 12 mobile (simulated slow 4G, 4× CPU), medians of ${REPS}:`,
  '',
  '| | atlas | setdata |',
  '| --- | ---: | ---: |',
  row('first contentful paint', (r) => r.fcp, ms),
  row('largest contentful paint', (r) => r.lcp, ms),
  row('speed index', (r) => r.speedIndex, ms),
  row(
    'cumulative layout shift',
    (r) => r.cls,
    (v) => v.toFixed(3),
  ),
  row(
    'bytes transferred',
    (r) => r.bytes,
    (v) => `${Math.round(v / 1024)} KiB`,
  ),
  t('slow 4G (Chrome emulation), 390×844: `ready`', 'ready'),
  t('… first complete render', 'firstIdle'),
];
console.log(lines.join('\n'));
const atlasLcp = median(results.atlas.map((r) => r.lcp));
console.log(
  `\nAtlas: FCP ${ms(median(results.atlas.map((r) => r.fcp)))} (target ≤ 1.8 s), LCP ${ms(atlasLcp)} ` +
    `(target ≤ 2.5 s and below the bare page's ${ms(median(results.setdata.map((r) => r.lcp)))}).`,
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.json', JSON.stringify({ results, throttled }, null, 2));
