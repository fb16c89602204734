// The strategy lab's half of `npm run bench`: games per second of one Web Worker in Chromium (the
// built lab at #/lab, one worker, its own "per worker" figure: time spent playing) against Node on
// one core (the CLI's runBatch), measured side by side, alternating, in one run, for every scenario
// and country. Target: the worker at least 80% of Node. Figures for the issue notes, not test
// assertions.
//
// Node is measured warm (its code optimised by the games before); so is the worker ("warm": the
// page's second run, on the workers the lab keeps between runs). The target compares these two.
// Two first runs of a fresh page are shown beside it: "cold now", Run pressed as soon as the form
// is filled in (the browser's compiler warms up during the games measured), and "cold +Ns", Run
// pressed after N seconds on the page (LAB_WAIT_MS, default 5000: a user choosing strategies),
// during which the lab warms its workers on games it throws away. That is a real user's first run.
// Wall clock on both sides: run it on a quiet machine, and read `uptime` before and after.
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../src/cli/batchCommand.ts';
import { loadScenarioOrFail } from '../src/cli/scenarioFiles.ts';
import { withBuiltGame } from './builtGame.ts';

const PORT = Number(process.env.PW_PORT ?? 4186);
const RUNS = Number(process.env.BENCH_LAB_RUNS ?? 2000);
const REPEATS = 3;
/** How long a user is on the lab's page before pressing Run, for the "cold +Ns" column. */
const WAIT_MS = Number(process.env.LAB_WAIT_MS ?? 5000);
/** BENCH_ONLY=<text>: only the countries whose id contains it (e.g. BENCH_ONLY=solomon). */
const ONLY = process.env.BENCH_ONLY;
const scenariosDir = fileURLToPath(new URL('../scenarios/', import.meta.url));
const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.yaml'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** One run of the lab on the page as it is: its "per worker" figure. */
async function runOnPage(page: Page, seed: number): Promise<number> {
  await page.getByLabel(/^Games per strategy/).fill(String(RUNS));
  await page.getByLabel('First seed').fill(String(seed));
  await page.getByLabel(/^Workers/).fill('1');
  const speed = page.locator('.lab-speed');
  await page.getByRole('button', { name: 'Run' }).click();
  await speed.filter({ hasText: 'per worker' }).waitFor({ timeout: 600_000 });
  const text = (await speed.textContent()) ?? '';
  // The next run's figure must not be read off this one's line.
  await speed.evaluate((element) => (element.textContent = ''));
  return Number(/([\d,]+) per worker/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
}

/** A fresh page's first run, Run pressed after `waitMs` on the page. */
async function firstRun(
  page: Page,
  scenarioId: string,
  countryId: string,
  seed: number,
  waitMs: number,
): Promise<number> {
  // A fresh page each time: going to the same address would only change its hash.
  await page.goto('about:blank');
  await page.goto(`http://127.0.0.1:${PORT}/#/lab`);
  await page.getByLabel('Scenario').selectOption(scenarioId);
  await page.getByLabel('Country', { exact: true }).selectOption(countryId);
  if (waitMs > 0) await page.waitForTimeout(waitMs);
  return runOnPage(page, seed);
}

/**
 * Cold now (a fresh page's first run at once), cold after WAIT_MS on the page, and warm (that
 * page's second run, on the worker it kept).
 */
async function workerRates(
  page: Page,
  scenarioId: string,
  countryId: string,
  seed: number,
): Promise<{ coldNow: number; coldLater: number; warm: number }> {
  const coldNow = await firstRun(page, scenarioId, countryId, seed, 0);
  const coldLater = await firstRun(page, scenarioId, countryId, seed, WAIT_MS);
  const warm = await runOnPage(page, seed);
  return { coldNow, coldLater, warm };
}

await withBuiltGame(PORT, [], async (browser) => {
  const page = await browser.newPage();
  console.log(
    `Strategy lab: games per second on one core, random strategy, ${RUNS} games, median of ${REPEATS} (Node and a Chromium Web Worker alternating; target: the warm worker at least 80% of Node; cold now = a fresh page's first run at once, cold +${WAIT_MS / 1000}s = Run pressed after ${WAIT_MS / 1000} s on the page)`,
  );
  const pct = (worker: number, node: number) =>
    `${((100 * worker) / node).toFixed(0)}%`.padStart(5);
  for (const file of files) {
    const scenario = loadScenarioOrFail(join(scenariosDir, file));
    for (const { id: country } of scenario.countries) {
      if (ONLY && !country.includes(ONLY)) continue;
      runBatch(scenario, { runs: 300, seed: 999_999, country, strategy: 'random' });
      const node: number[] = [];
      const coldNow: number[] = [];
      const coldLater: number[] = [];
      const warm: number[] = [];
      for (let r = 0; r < REPEATS; r++) {
        const seed = 1 + r * RUNS;
        const batch = runBatch(scenario, { runs: RUNS, seed, country, strategy: 'random' });
        node.push(1000 / batch.msPerRun);
        const worker = await workerRates(page, scenario.id, country, seed);
        coldNow.push(worker.coldNow);
        coldLater.push(worker.coldLater);
        warm.push(worker.warm);
      }
      const n = median(node);
      const fmt = (x: number) => Math.round(x).toString().padStart(6);
      console.log(
        `  ${file} ${country.padEnd(16)} Node ${fmt(n)} per s   worker warm ${fmt(median(warm))} per s ${pct(median(warm), n)}   cold now ${fmt(median(coldNow))} ${pct(median(coldNow), n)}   cold +${WAIT_MS / 1000}s ${fmt(median(coldLater))} ${pct(median(coldLater), n)}`,
      );
    }
  }
});
