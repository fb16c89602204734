// The strategy lab's half of `npm run bench`: games per second of one Web Worker in Chromium (the
// built lab at #/lab, one worker, its own "per worker" figure: time spent playing) against Node on
// one core (the CLI's runBatch), measured side by side, alternating, in one run. Target: the worker
// at least 80% of Node. Figures for the issue notes, not test assertions.
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
const scenariosDir = fileURLToPath(new URL('../scenarios/', import.meta.url));
const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.yaml'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function workerRate(page: Page, scenarioId: string, seed: number): Promise<number> {
  // A fresh page each time: going to the same address would only change its hash.
  await page.goto('about:blank');
  await page.goto(`http://127.0.0.1:${PORT}/#/lab`);
  await page.getByLabel('Scenario').selectOption(scenarioId);
  await page.getByLabel(/^Games per strategy/).fill(String(RUNS));
  await page.getByLabel('First seed').fill(String(seed));
  await page.getByLabel(/^Workers/).fill('1');
  await page.getByRole('button', { name: 'Run' }).click();
  const speed = page.locator('.lab-speed');
  await speed.filter({ hasText: 'per worker' }).waitFor({ timeout: 600_000 });
  const text = (await speed.textContent()) ?? '';
  return Number(/([\d,]+) per worker/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
}

await withBuiltGame(PORT, [], async (browser) => {
  const page = await browser.newPage();
  console.log(
    `Strategy lab: games per second on one core, random strategy, ${RUNS} games, median of ${REPEATS} (Node and a Chromium Web Worker alternating)`,
  );
  for (const file of files) {
    const scenario = loadScenarioOrFail(join(scenariosDir, file));
    const country = scenario.countries[0]?.id as string;
    runBatch(scenario, { runs: 300, seed: 999_999, country, strategy: 'random' });
    const node: number[] = [];
    const worker: number[] = [];
    for (let r = 0; r < REPEATS; r++) {
      const seed = 1 + r * RUNS;
      const batch = runBatch(scenario, { runs: RUNS, seed, country, strategy: 'random' });
      node.push(1000 / batch.msPerRun);
      worker.push(await workerRate(page, scenario.id, seed));
    }
    const ratio = median(worker) / median(node);
    console.log(
      `  ${file} ${country.padEnd(16)} Node ${Math.round(median(node)).toString().padStart(6)} per s   worker ${Math.round(median(worker)).toString().padStart(6)} per s   worker/Node ${(100 * ratio).toFixed(0)}% (target at least 80%)`,
    );
  }
});
