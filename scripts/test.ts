/**
 * `npm test`: every quality gate in order — format and lint, i18n, import boundaries, typecheck,
 * production build, unit and integration tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is
 * set), then the browser tests with axe (Debian's Chromium; skipped with a notice when absent,
 * unless CI is set). Ends with one summary line: "N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from '../tests/e2e/chromium';

const root = path.resolve(import.meta.dirname, '..');
const reportDir = path.join(root, 'test-results');
fs.mkdirSync(reportDir, { recursive: true });
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (${seconds}s)`);
    return false;
  }
  console.log(`✓ ${title} (${seconds}s)`);
  return true;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

ok = step('format and lint (biome)', bin('biome'), ['check', '--error-on-warnings', '.']) && ok;
ok = step('translations and logical layout (i18n check)', bin('tsx'), ['scripts/check-i18n.ts']) && ok;
ok =
  step('import boundaries and circles (dependency-cruiser)', 'npm', [
    'run',
    '--silent',
    'check:boundaries',
  ]) && ok;
ok = step('typecheck', bin('react-router'), ['typegen']) && step('typecheck', bin('tsc'), []) && ok;
const built = step('production build', 'npm', ['run', 'build']);
ok = built && ok;

if (built) {
  const vitestReport = path.join(reportDir, 'vitest.json');
  fs.rmSync(vitestReport, { force: true });
  const label = process.env.TEST_DATABASE_URL ? 'PGlite and PostgreSQL' : 'PGlite';
  ok =
    step(`unit and integration tests (${label})`, bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ]) && ok;
  if (fs.existsSync(vitestReport)) {
    const r = JSON.parse(fs.readFileSync(vitestReport, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } else totals.failed += 1;

  const chromium = findChromium();
  if (!chromium) {
    const message = 'No Chromium found (install Debian\'s "chromium" package or set CHROMIUM_PATH)';
    if (process.env.CI) {
      console.error(`✗ browser tests: ${message}; CI requires them`);
      ok = false;
      totals.failed += 1;
    } else {
      console.warn(`⚠ browser tests skipped: ${message}`);
    }
  } else {
    const e2eReport = path.join(reportDir, 'e2e.json');
    fs.rmSync(e2eReport, { force: true });
    ok =
      step('browser tests with axe (Playwright + Chromium)', bin('playwright'), ['test'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
      }) && ok;
    if (fs.existsSync(e2eReport)) {
      const r = JSON.parse(fs.readFileSync(e2eReport, 'utf8')) as {
        stats: { expected: number; unexpected: number; flaky: number; skipped: number };
      };
      totals.passed += r.stats.expected;
      totals.failed += r.stats.unexpected + r.stats.flaky;
      totals.skipped += r.stats.skipped;
    } else totals.failed += 1;
  }
}

if (!ok && totals.failed === 0) totals.failed = 1; // a failed gate (lint, types, build) counts as a failure
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
