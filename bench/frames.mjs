// Where a year change's time goes: times every requestAnimationFrame callback (MapLibre draws in
// them) from el.year = y to whenIdle, in the atlas and the bare setData page. Needs `npm run bench`
// to have built dist/ and bench/dist/.   node bench/frames.mjs
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../scripts/find-chromium.mjs';
const a = await startServer({ dir: 'dist', port: 41796, quiet: true });
const bs = await startServer({ dir: 'bench/dist', port: 41797, quiet: true });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const INIT = `(() => { const raf = window.requestAnimationFrame.bind(window); window.__frames = [];
 window.requestAnimationFrame = (cb) => raf((t) => { const s = performance.now(); try { cb(t); } finally { const d = performance.now() - s; if (d > 3) window.__frames.push(d); } }); })();`;
for (const [name, url] of [
  ['atlas', new URL('index.html?year=1681', a.url).href],
  ['setdata', new URL('index.html?mode=setdata', bs.url).href],
]) {
  const c = await b.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const p = await c.newPage();
  await p.addInitScript({ content: INIT });
  await p.goto(url);
  await p.waitForFunction(
    () => document.querySelector('war-atlas')?.hasAttribute('data-ready') || window.bench,
  );
  const out = await p.evaluate(async () => {
    const el = document.querySelector('war-atlas');
    const t = el
      ? { set: (y) => (el.year = y), idle: () => el.whenIdle(), ready: () => el.whenIdle() }
      : { set: window.bench.setYear, idle: window.bench.whenIdle, ready: window.bench.ready };
    await t.ready();
    // The atlas's service worker precaches after `ready`: wait until it has activated.
    if (el) await navigator.serviceWorker.ready;
    const res = [];
    for (const y of [1682, 1683, 1684, 1685, 1684, 1683]) {
      window.__frames.length = 0;
      const s = performance.now();
      t.set(y);
      await t.idle();
      res.push({
        ms: Math.round(performance.now() - s),
        frames: window.__frames.length,
        renderMs: Math.round(window.__frames.reduce((a, b) => a + b, 0)),
        frameMs: window.__frames.map(Math.round).join('/'),
      });
    }
    return res;
  });
  console.log(name);
  for (const r of out) console.log(' ', JSON.stringify(r));
  await c.close();
}
await b.close();
a.close();
bs.close();
