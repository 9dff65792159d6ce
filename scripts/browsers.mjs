// The browsers the end-to-end tests run in, beside Chromium (scripts/find-chromium.mjs): Debian's
// Firefox ESR and WebKitGTK (Safari's engine), both headed under a virtual X display, and the
// one way this project installs a missing Debian package.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
export const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Installs Debian packages with apt-get when running as root; returns whether it tried. */
export function aptInstall(packages) {
  if (!isRoot() || !has('apt-get') || packages.length === 0) return false;
  console.log(`Installing Debian's ${packages.join(', ')} with apt-get…`);
  execFileSync(
    'sh',
    ['-c', `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`],
    { stdio: 'inherit' },
  );
  return true;
}

/** What each engine needs on disk, and the Debian package that brings it. */
export const ENGINES = {
  firefox: { files: [process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'], package: 'firefox-esr' },
  webkit: {
    files: [
      process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver',
      process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    ],
    package: 'webkit2gtk-driver',
  },
};
const XVFB = { files: ['/usr/bin/Xvfb'], package: 'xvfb' };
const present = (need) => need.files.every((f) => existsSync(f));

/**
 * Which of `names` ('firefox', 'webkit') can run, installing what is missing when root. Returns
 * { ready: [...], missing: [{ name, package }] }; a display is needed for any that are ready.
 */
export function findEngines(names, { install = false } = {}) {
  const needs = names.map((name) => ({ name, ...ENGINES[name] }));
  if (needs.length && !process.env.DISPLAY) needs.push({ name: 'xvfb', ...XVFB });
  const absent = needs.filter((n) => !present(n));
  if (install && absent.length) aptInstall([...new Set(absent.map((n) => n.package))]);
  const missing = needs.filter((n) => !present(n)).map(({ name, package: pkg }) => ({ name, package: pkg }));
  const displayMissing = missing.some((m) => m.name === 'xvfb');
  return {
    ready: names.filter((name) => !displayMissing && !missing.some((m) => m.name === name)),
    missing,
  };
}

/**
 * Starts a virtual X display (Xvfb) unless DISPLAY is set. Resolves to { display, stop }, once
 * Xvfb has said, on the pipe `-displayfd` names, which display it took.
 */
export function startDisplay() {
  if (process.env.DISPLAY) return Promise.resolve({ display: process.env.DISPLAY, stop() {} });
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let said = '';
    xvfb.stdio[3].on('data', (chunk) => {
      said += chunk;
      if (!said.includes('\n')) return;
      resolve({ display: `:${said.trim()}`, stop: () => xvfb.kill() });
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
  });
}
