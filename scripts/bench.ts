// `npm run bench`: full play-throughs per second for each scenario and country (random strategy,
// one core), by wall clock and by CPU time, beside a bare XState 5 toy game measured in the same
// run (the calibration: the ratio says how the game compares on this machine, whatever its speed),
// and whether the heap stays flat over 10 x 1,000 games. Figures for the issue notes; never
// asserted in tests (machines are noisy).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createActor } from 'xstate';
import { runBatch } from '../src/cli/batchCommand.ts';
import { loadScenarioOrFail } from '../src/cli/scenarioFiles.ts';
import { TOY_EVENTS_PER_GAME, toyGameMachine } from './toyGame.ts';

const scenariosDir = fileURLToPath(new URL('../scenarios/', import.meta.url));
const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.yaml'));
const runs = Number(process.env.BENCH_RUNS ?? 5000);
const repeats = 5;

interface Rate {
  wall: number;
  cpu: number;
}

/** Runs `work` (which plays `games` games) `repeats` times; the median rates by wall and CPU time. */
function measure(games: number, work: (repeat: number) => void): Rate {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    work(r);
    const wallMs = performance.now() - wallStart;
    const used = process.cpuUsage(cpuStart);
    wall.push((games * 1000) / wallMs);
    cpu.push((games * 1e6) / (used.user + used.system));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { wall: median(wall), cpu: median(cpu) };
}

function playToyGames(count: number): void {
  for (let i = 0; i < count; i++) {
    const actor = createActor(toyGameMachine, { input: { seed: i } }).start();
    while (actor.getSnapshot().status === 'active') {
      const { value } = actor.getSnapshot();
      actor.send(value === 'deciding' ? { type: 'choose', option: i % 3 } : { type: 'next' });
    }
    actor.stop();
  }
}

const fmt = (n: number) => Math.round(n).toString().padStart(6);

playToyGames(500);
const toy = measure(runs, () => playToyGames(runs));
console.log(
  `XState 5 toy game (${TOY_EVENTS_PER_GAME} events a game): ${fmt(toy.wall)} per s wall, ${fmt(toy.cpu)} per s CPU`,
);
console.log(
  `Play-throughs per second (random strategy, ${runs} runs x ${repeats} repeats, median), one core:`,
);
for (const file of files) {
  const scenario = loadScenarioOrFail(join(scenariosDir, file));
  for (const country of scenario.countries) {
    const batch = (seed: number, count: number) =>
      runBatch(scenario, { runs: count, seed, country: country.id, strategy: 'random' });
    batch(999_999, 500);
    const rate = measure(runs, (r) => batch(1 + r * runs, runs));
    console.log(
      `  ${file} ${country.id.padEnd(14)} ${fmt(rate.wall)} per s wall (x${(rate.wall / toy.wall).toFixed(2)} toy), ${fmt(rate.cpu)} per s CPU (x${(rate.cpu / toy.cpu).toFixed(2)} toy)`,
    );
  }
}

// Heap after each of 10 batches of 1,000 games, after a full collection: it should not grow.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const first = loadScenarioOrFail(join(scenariosDir, files[0] as string));
const heaps: number[] = [];
for (let b = 0; b < 10; b++) {
  runBatch(first, { runs: 1000, seed: 1 + b * 1000, strategy: 'random' });
  gc();
  heaps.push(process.memoryUsage().heapUsed / 1048576);
}
const growth = ((heaps[9] as number) / (heaps[0] as number) - 1) * 100;
console.log(
  `Heap over 10 x 1,000 games of ${first.id}: ${heaps.map((h) => h.toFixed(1)).join(', ')} MB (${growth.toFixed(1)}% from the first to the last)`,
);
