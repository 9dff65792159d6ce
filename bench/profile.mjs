// Where a cold start's main-thread time goes, up to `ready` and up to the first complete render:
// a CPU profile (CDP Profiler) of the atlas and the bare setData page, self time summed by file.
// Needs `npm run bench` to have built dist/ and bench/dist/.   node bench/profile.mjs
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../scripts/find-chromium.mjs';
const a = await startServer({ dir: 'dist', port: 41798, quiet: true });
const bs = await startServer({ dir: 'bench/dist', port: 41799, quiet: true });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const INIT = `document.addEventListener('ready', () => { window.readyAt = performance.now(); }, { capture: true, once: true });`;
for (const [name, url] of [
  ['atlas', new URL('index.html?year=1681', a.url).href],
  ['setdata', new URL('index.html?mode=setdata', bs.url).href],
]) {
  const c = await b.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const p = await c.newPage();
  const cdp = await c.newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await p.addInitScript({ content: INIT });
  await p.goto(url);
  await p.waitForFunction(() => performance.getEntriesByName('war-atlas:first-idle').length);
  const nowAtStop = await p.evaluate(() => performance.now());
  const { profile } = await cdp.send('Profiler.stop');
  const marks = await p.evaluate(() => ({
    ready: Math.round(window.readyAt),
    drawn: Math.round(performance.getEntriesByName('war-atlas:first-idle')[0].startTime),
  }));
  // Self time per file, split at `ready`: the profile's clock (µs) is tied to the page's at its end.
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFile = {};
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const n = nodes.get(id).callFrame;
    const file = n.url
      ? n.url
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.(m?js)$/, '.$1')
      : `(${n.functionName || 'program'})`;
    const phase = nowAtStop - (profile.endTime - t) / 1000 <= marks.ready ? 'beforeReady' : 'afterReady';
    byFile[file] ??= { beforeReady: 0, afterReady: 0 };
    byFile[file][phase] += dt / 1000;
  });
  console.log(
    name,
    `ready ${marks.ready} ms, first idle ${marks.drawn} ms; main-thread self time by file (ms):`,
  );
  for (const [file, v] of Object.entries(byFile)
    .sort((x, y) => y[1].beforeReady + y[1].afterReady - x[1].beforeReady - x[1].afterReady)
    .slice(0, 10))
    console.log(
      `  ${file.padEnd(28)} before ready ${v.beforeReady.toFixed(0).padStart(5)}   ready→idle ${v.afterReady.toFixed(0).padStart(5)}`,
    );
  await c.close();
}
await b.close();
a.close();
bs.close();
