// `npm test`: installs what is missing, runs every check, and ends with one `N passed, N failed, N skipped` line.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureDeps, run } from './ensureDeps.mjs';
import { ensureChromium } from './ensureChromium.mjs';

const counts = (passed, failed, skipped) => ({ passed, failed, skipped });
const totals = counts(0, 0, 0);
const outcomes = [];

// Report shapes: Vitest writes Jest-style totals; Playwright writes per-outcome stats (flaky = passed on retry).
// Errors outside any test (a test file that fails to load) count 1 failed each, so they cannot hide behind others.
const fromVitest = (r) => {
  const brokenFiles = (r.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !file.assertionResults?.some((t) => t.status === 'failed'),
  );
  return counts(
    r.numPassedTests ?? 0,
    (r.numFailedTests ?? 0) + brokenFiles.length,
    (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  );
};
const fromPlaywright = ({ stats: s = {}, errors = [] }) =>
  counts((s.expected ?? 0) + (s.flaky ?? 0), (s.unexpected ?? 0) + errors.length, s.skipped ?? 0);

function readReport(file, parse) {
  try {
    return parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

function record(name, status, result, note = '') {
  for (const key of Object.keys(totals)) totals[key] += result[key];
  outcomes.push({ name, status, note });
}

/** Runs one npm script; a test runner's counts come from its JSON report, any other step counts 1 failed if it fails. */
function step(name, script, { args = [], report, parse, skipBecause } = {}) {
  const command = ['npm', 'run', '--silent', script, ...(args.length ? ['--', ...args] : [])];
  console.log(`\n=== ${name}: ${command.join(' ')} ===`);
  if (skipBecause) {
    console.log(`Skipped: ${skipBecause}`);
    return record(name, 'skipped', counts(0, 0, 0), skipBecause);
  }
  // A stale report from an earlier run would be counted as this run's results.
  if (report) rmSync(report, { force: true });
  const started = Date.now();
  const code = run(command[0], command.slice(1));
  const result = (report && existsSync(report) && readReport(report, parse)) || counts(0, 0, 0);
  // Covers failed non-test steps, runners that crashed before reporting, and errors outside any test.
  if (code !== 0 && result.failed === 0) result.failed = 1;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  record(name, code === 0 ? 'ok' : 'FAILED', result, `${seconds} s`);
  return code === 0;
}

function finish() {
  console.log('\n=== summary ===');
  for (const { name, status, note } of outcomes)
    console.log(`${status.padEnd(8)}${name} (${note})`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

try {
  ensureDeps();
} catch (error) {
  console.error(error.message);
  record('install dependencies', 'FAILED', counts(0, 1, 0), 'nothing else can run');
  finish();
}

let chromiumProblem = '';
try {
  console.log(`Chromium: ${ensureChromium()}`);
} catch (error) {
  chromiumProblem = error.message;
  console.error(chromiumProblem);
}

step('typecheck', 'typecheck');
step('lint', 'lint');
// The unit tests run the command-line simulator as users do: built JavaScript.
step('simulator build', 'build:cli');
// An empty unit suite is not a failure: the sim's tests arrive with the sim.
step('unit tests', 'test:unit', {
  args: ['--passWithNoTests'],
  report: join(ROOT, '.reports/vitest.json'),
  parse: fromVitest,
});
const built = step('build', 'build');
if (chromiumProblem) {
  console.log(`\n=== browser tests: not run ===\n${chromiumProblem}`);
  record('browser tests', 'FAILED', counts(0, 1, 0), 'no Chromium');
} else {
  // Testing an old or half-written dist/ would report on code that is not this checkout's.
  step('browser tests', 'test:e2e', {
    report: join(ROOT, '.reports/playwright.json'),
    parse: fromPlaywright,
    skipBecause: built ? '' : 'the build failed',
  });
}
finish();
