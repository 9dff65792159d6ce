// Does the atlas's heap keep growing with year changes, or level off? JS heap after 20, 300, 600,
// 900 and 1200 changes (in bursts of ten, drawn after each). Needs a built dist/.   node bench/heap.mjs
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../scripts/find-chromium.mjs';
const s = await startServer({ dir: 'dist', port: 41795, quiet: true });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const c = await b.newContext({
  viewport: { width: 1280, height: 800 },
  reducedMotion: 'reduce',
});
const p = await c.newPage();
const cdp = await c.newCDPSession(p);
await p.goto(new URL('index.html?year=1681', s.url).href);
await p.locator('war-atlas[data-ready]').waitFor();
// As in run.mjs: the service worker registers after `ready`; start once it has precached and activated.
await p.evaluate(() => navigator.serviceWorker.ready);
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6).toFixed(2);
};
let n = 0;
for (const target of [20, 300, 600, 900, 1200]) {
  while (n < target) {
    const burst = Array.from({ length: 10 }, (_, i) => 1652 + (((n + i) * 13) % 46));
    n += 10;
    await p.evaluate(async (ys) => {
      const el = document.querySelector('war-atlas');
      for (const y of ys) el.year = y;
      await el.whenIdle();
    }, burst);
  }
  console.log(n, await heap());
}
await b.close();
s.close();
