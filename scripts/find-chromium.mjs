// Finds a Chromium for the end-to-end tests (and the benchmark), installing one if asked.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { aptInstall } from './browsers.mjs';

/** Flags verified on these machines: software WebGL 2 and no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function candidates() {
  const list = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache))
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium'))
      .sort()
      .reverse())
      for (const sub of ['chrome-linux', 'chrome-linux64'])
        list.push(join(cache, dir, sub, 'chrome'), join(cache, dir, sub, 'headless_shell'));
  return list.filter(Boolean);
}

/**
 * The path of a Chromium to drive. With `install`, installs one when none is found: Debian's
 * `chromium` via apt-get when running as root, else Playwright's download. Throws with a clear
 * message when there is still none.
 */
export async function findChromium({ install = false } = {}) {
  const found = candidates().find((p) => existsSync(p));
  if (found || !install) {
    if (found) return found;
    throw new Error(
      'No Chromium found. Set CHROMIUM_PATH, or install one: `apt-get install chromium` (Debian) or `npx playwright install chromium`.',
    );
  }
  console.log('No Chromium found.');
  if (!aptInstall(['chromium'])) {
    console.log('Not root: trying `npx playwright install chromium`…');
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
  const installed = candidates().find((p) => existsSync(p));
  if (installed) return installed;
  throw new Error(
    'Could not install a Chromium. Install one yourself (`sudo apt-get install chromium` on Debian/Ubuntu, or `npx playwright install chromium`) or point CHROMIUM_PATH at one, then run `npm test` again.',
  );
}
