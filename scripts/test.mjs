#!/usr/bin/env node
// `npm test`: unit and component tests (Vitest), then the end-to-end tests against the built
// atlas: tests/e2e in a real Chromium, tests/engines in Firefox ESR and WebKitGTK (Playwright runs
// them all). Ends with one line: "N passed, N failed".
//   --unit-only   only Vitest        --e2e-only   only build + Playwright
//   --engines=chromium,firefox,webkit   which browsers (default: all three)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { aptInstall, findEngines, has, startDisplay } from './browsers.mjs';
import { findChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const unit = !args.includes('--e2e-only');
const e2e = !args.includes('--unit-only');
const asked = (
  args.find((a) => a.startsWith('--engines='))?.slice('--engines='.length) ?? 'chromium,firefox,webkit'
)
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);
const unknown = asked.filter((e) => !['chromium', 'firefox', 'webkit'].includes(e));
if (unknown.length) {
  console.error(`✗ --engines: unknown ${unknown.join(', ')} (chromium, firefox, webkit)`);
  process.exit(2);
}
/** Per engine: how its end-to-end tests ended, for the closing summary. */
const engineReport = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

mkdirSync('test-results', { recursive: true });

function run(stage, cmd, cmdArgs, env = {}) {
  console.log(`\n▶ ${stage}: ${cmd} ${cmdArgs.join(' ')}`);
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(`✗ ${stage} could not start: ${result.error.message}`);
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

if (unit) {
  rmSync('test-results/unit.json', { force: true });
  const status = run('unit and component tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
  ]);
  const report = readJson('test-results/unit.json');
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) broken = true;
  }
  if (status !== 0 && !report) {
    console.error('✗ Vitest crashed before reporting.');
    broken = true;
  } else if (status !== 0 && report && report.numFailedTests === 0) {
    console.error('✗ Vitest failed outside a test (a suite did not load).');
    broken = true;
  }
}

/** Counts of each Playwright project (engine) in the JSON report, from every test's results. */
function countByProject(report) {
  const counts = {};
  const visit = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) {
        const c = (counts[t.projectName] ??= { passed: 0, failed: 0, skipped: 0 });
        if (t.status === 'expected') c.passed++;
        else if (t.status === 'skipped') c.skipped++;
        else c.failed++;
      }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return counts;
}

if (e2e) {
  const engines = [];
  const env = {};
  if (asked.includes('chromium')) {
    try {
      env.CHROMIUM_PATH = await findChromium({ install: true });
      console.log(`\nChromium: ${env.CHROMIUM_PATH}`);
      engines.push('chromium');
      // The time-lapse tests read the videos they make with Debian's ffmpeg (ffprobe).
      if (!has('ffprobe')) aptInstall(['ffmpeg']);
    } catch (e) {
      console.error(`✗ end-to-end tests in Chromium: ${e.message}`);
      engineReport.push('chromium: not run (no Chromium)');
      broken = true;
    }
  }
  const others = asked.filter((e) => e !== 'chromium');
  const { ready, missing } = findEngines(others, { install: true });
  for (const { name, package: pkg } of missing) {
    console.error(
      `✗ ${name} is missing: install Debian's ${pkg} (\`sudo apt-get install ${pkg}\`), or leave it out with --engines=…`,
    );
    if (name !== 'xvfb') engineReport.push(`${name}: not run (needs ${pkg})`);
    broken = true;
  }
  if (missing.some((m) => m.name === 'xvfb'))
    for (const name of ready.length ? [] : others) engineReport.push(`${name}: not run (needs xvfb)`);
  let display = null;
  if (ready.length) {
    display = await startDisplay();
    env.DISPLAY = display.display;
    console.log(`Firefox/WebKit display: ${display.display}`);
    engines.push(...ready);
  }
  if (engines.length) {
    if (run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
      console.error('✗ build failed: the end-to-end tests need dist/.');
      broken = true;
    } else {
      rmSync('test-results/e2e.json', { force: true });
      const projects = engines.flatMap((e) => ['--project', e]);
      const status = run(
        `end-to-end tests (${engines.join(', ')})`,
        'npx',
        ['playwright', 'test', ...projects],
        env,
      );
      const report = readJson('test-results/e2e.json');
      if (report?.stats) {
        totals.passed += report.stats.expected;
        totals.failed += report.stats.unexpected + (report.stats.flaky ?? 0);
        totals.skipped += report.stats.skipped;
        const counts = countByProject(report);
        for (const name of engines) {
          const c = counts[name] ?? { passed: 0, failed: 0, skipped: 0 };
          engineReport.push(`${name}: ${c.passed} passed, ${c.failed} failed`);
        }
      }
      if (status !== 0 && !(report?.stats?.unexpected > 0)) {
        console.error('✗ Playwright failed outside a test.');
        broken = true;
      }
    }
  }
  display?.stop();
}

if (!existsSync('test-results')) mkdirSync('test-results');
if (engineReport.length) console.log(`\nEngines: ${engineReport.join('; ')}`);
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed > 0 || broken ? 1 : 0);
