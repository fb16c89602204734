// `npm run bench`: full play-throughs per second for each scenario (random strategy, one core),
// and the heap it takes. Figures for the issue notes; never asserted in tests (machines are noisy).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../src/cli/batchCommand.ts';
import { loadScenarioOrFail } from '../src/cli/scenarioFiles.ts';

const scenariosDir = fileURLToPath(new URL('../scenarios/', import.meta.url));
const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.yaml'));
const runs = Number(process.env.BENCH_RUNS ?? 5000);
const repeats = 5;

console.log(
  `Play-throughs per second (random strategy, ${runs} runs x ${repeats} repeats, median), one core`,
);
for (const file of files) {
  const scenario = loadScenarioOrFail(join(scenariosDir, file));
  for (const country of scenario.countries) {
    runBatch(scenario, { runs: 500, seed: 999_999, country: country.id, strategy: 'random' });
    const rates: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const result = runBatch(scenario, {
        runs,
        seed: 1 + r * runs,
        country: country.id,
        strategy: 'random',
      });
      rates.push(1000 / result.msPerRun);
    }
    rates.sort((a, b) => a - b);
    const median = rates[Math.floor(repeats / 2)] as number;
    const heapMb = process.memoryUsage().heapUsed / 1048576;
    console.log(
      `  ${file} ${country.id.padEnd(16)} ${Math.round(median).toString().padStart(6)} per s  (min ${Math.round(rates[0] as number)}, max ${Math.round(rates.at(-1) as number)})  heap ${heapMb.toFixed(1)} MB`,
    );
  }
}
