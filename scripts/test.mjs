#!/usr/bin/env node
// `npm test`: unit and component tests (Vitest), then the end-to-end tests in a real Chromium
// (Playwright) against the built atlas. Ends with one line: "N passed, N failed".
//   --unit-only   only Vitest        --e2e-only   only build + Playwright
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const unit = !args.includes('--e2e-only');
const e2e = !args.includes('--unit-only');
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

if (e2e) {
  let chromium = null;
  try {
    chromium = await findChromium({ install: true });
    console.log(`\nChromium: ${chromium}`);
  } catch (e) {
    console.error(`✗ end-to-end tests: ${e.message}`);
    broken = true;
  }
  if (chromium) {
    if (run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
      console.error('✗ build failed: the end-to-end tests need dist/.');
      broken = true;
    } else {
      rmSync('test-results/e2e.json', { force: true });
      const status = run('end-to-end tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
      const report = readJson('test-results/e2e.json');
      if (report?.stats) {
        totals.passed += report.stats.expected;
        totals.failed += report.stats.unexpected + (report.stats.flaky ?? 0);
        totals.skipped += report.stats.skipped;
      }
      if (status !== 0 && !(report?.stats?.unexpected > 0)) {
        console.error('✗ Playwright failed outside a test.');
        broken = true;
      }
    }
  }
}

if (!existsSync('test-results')) mkdirSync('test-results');
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed > 0 || broken ? 1 : 0);
