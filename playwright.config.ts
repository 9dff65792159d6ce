import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

// End-to-end tests against the built atlas (dist/), served by our own server: tests/e2e in a real
// Chromium (found or installed by scripts/test.mjs and passed in CHROMIUM_PATH), tests/engines in
// Firefox ESR and WebKitGTK, which their own fixtures start (tests/engines/fixtures.ts).
export const PORT = 41730;
export const OTHER_ORIGIN_PORT = 41731;
/** The atlas again, and a host page, each under a strict Content-Security-Policy. */
export const CSP_PORT = 41732;
export const CSP_HOST_PORT = 41733;
/** The policy the atlas needs (README, "Content Security Policy"). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' data: blob:";
/** A host page on another origin loading the atlas with one tag: the atlas's origin added where needed. */
const atlasOrigin = `http://127.0.0.1:${CSP_PORT}`;
export const STRICT_HOST_CSP =
  `default-src 'self'; script-src 'self' ${atlasOrigin}; worker-src 'self' blob: ${atlasOrigin}; style-src 'self' 'unsafe-inline'; ` +
  `img-src 'self' data: blob:; font-src 'self' data: ${atlasOrigin}; connect-src 'self' data: blob: ${atlasOrigin}; frame-src ${atlasOrigin}`;

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  // Tests of one file spread over both workers, so no long file runs alone at the end.
  fullyParallel: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, viewport: { width: 1280, height: 800 } },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      testMatch: '*.e2e.ts',
      use: {
        // Most checks are about where a year ends up, not the flight there: without motion a
        // year is drawn in ~0.9 s instead of ~3 s in software WebGL. The files and tests about
        // motion and the first visit (atlas, startup, firstpaint, the marches, the input storm)
        // ask for motion back with test.use({ reducedMotion: 'no-preference' }).
        reducedMotion: 'reduce',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: CHROMIUM_ARGS,
        },
      },
    },
    // A browser start (and MiniBrowser's first under a new Xvfb) is part of a worker's first test.
    { name: 'firefox', testDir: 'tests/engines', testMatch: '*.engine.ts', timeout: 120_000 },
    { name: 'webkit', testDir: 'tests/engines', testMatch: '*.engine.ts', timeout: 120_000 },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // Host pages on another origin, for the embedding tests.
      command: `node scripts/serve.mjs --dir examples --port ${OTHER_ORIGIN_PORT}`,
      url: `http://127.0.0.1:${OTHER_ORIGIN_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/serve.mjs --port ${CSP_PORT} --header "Content-Security-Policy: ${STRICT_CSP}"`,
      url: `http://127.0.0.1:${CSP_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/serve.mjs --dir examples --port ${CSP_HOST_PORT} --header "Content-Security-Policy: ${STRICT_HOST_CSP}"`,
      url: `http://127.0.0.1:${CSP_HOST_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
