// `sim batch`: many play-throughs with one strategy; how often each ending comes up, where the
// indicators land, and how fast the simulation runs.
import { setAutoFreeze } from 'immer';
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../sim/indicators.ts';
import { gameRecord, type GameRecord } from '../sim/gameRecord.ts';
import { playThrough } from '../sim/playthrough.ts';
import { indexScenario } from '../sim/scenario/scenarioIndex.ts';
import { strategyByName, type StrategyName } from '../sim/strategies.ts';
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import type { GameLength } from '../sim/scenario/lessonCut.ts';
import { CliError } from './cliError.ts';
import { loadPlayedOrFail } from './scenarioFiles.ts';

export interface BatchOptions {
  file: string;
  runs: number;
  seed: number;
  country?: string;
  strategy: StrategyName;
  /** The full game or the scenario's lesson cut. */
  length: GameLength;
  json: boolean;
  /** With json: one record per game as well. */
  games?: boolean;
  out: (line: string) => void;
}

export interface Spread {
  mean: number;
  sd: number;
  min: number;
  max: number;
}

export interface BatchResult {
  scenario: string;
  country: string;
  strategy: StrategyName;
  runs: number;
  seed: number;
  endings: Record<string, number>;
  indicators: Record<IndicatorId, Spread>;
  /** Wall-clock milliseconds per play-through. */
  msPerRun: number;
  /** CPU milliseconds per play-through: user + system, every thread of the process (GC included). */
  cpuMsPerRun: number;
  games?: GameRecord[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function runBatch(
  scenario: ScenarioData,
  options: Omit<BatchOptions, 'file' | 'json' | 'out' | 'length'>,
): BatchResult {
  // Frozen states guard the game against accidental mutation; a batch only reads its results.
  setAutoFreeze(false);
  const country = options.country ?? (scenario.countries[0]?.id as string);
  const endings: Record<string, number> = Object.fromEntries(
    scenario.endings.map((e) => [e.id, 0]),
  );
  const sums = Object.fromEntries(
    INDICATOR_IDS.map((id) => [id, { sum: 0, sq: 0, min: Infinity, max: -Infinity }]),
  );
  const index = indexScenario(scenario);
  const games: GameRecord[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < options.runs; i++) {
    const seed = options.seed + i;
    const state = playThrough(scenario, {
      seed,
      countryId: country,
      strategy: strategyByName(options.strategy, seed),
    });
    endings[state.ending as string] = (endings[state.ending as string] ?? 0) + 1;
    if (options.games) games.push(gameRecord(state, index));
    for (const id of INDICATOR_IDS) {
      const s = sums[id] as { sum: number; sq: number; min: number; max: number };
      const v = state.indicators[id];
      s.sum += v;
      s.sq += v * v;
      s.min = Math.min(s.min, v);
      s.max = Math.max(s.max, v);
    }
  }
  const msPerRun = (performance.now() - started) / Math.max(1, options.runs);
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMsPerRun = (cpu.user + cpu.system) / 1000 / Math.max(1, options.runs);
  setAutoFreeze(true);
  const indicators = Object.fromEntries(
    INDICATOR_IDS.map((id) => {
      const s = sums[id] as { sum: number; sq: number; min: number; max: number };
      const mean = s.sum / options.runs;
      const sd = Math.sqrt(Math.max(0, s.sq / options.runs - mean * mean));
      return [id, { mean: round2(mean), sd: round2(sd), min: round2(s.min), max: round2(s.max) }];
    }),
  ) as Record<IndicatorId, Spread>;
  return {
    scenario: scenario.id,
    country,
    strategy: options.strategy,
    runs: options.runs,
    seed: options.seed,
    endings,
    indicators,
    msPerRun: Math.round(msPerRun * 1000) / 1000,
    cpuMsPerRun: Math.round(cpuMsPerRun * 1000) / 1000,
    ...(options.games ? { games } : {}),
  };
}

export function batchCommand(options: BatchOptions): void {
  const scenario = loadPlayedOrFail(options.file, options.length);
  if (options.games && !options.json) throw new CliError('--games needs --json');
  const result = runBatch(scenario, options);
  if (options.json) {
    options.out(JSON.stringify(result));
    return;
  }
  options.out(
    `${scenario.title}${options.length === 'lesson' ? ' (lesson cut)' : ''}: ${result.runs} play-throughs of ${result.country}, strategy ${result.strategy}, seeds ${result.seed}..${result.seed + result.runs - 1}`,
  );
  options.out('Endings:');
  for (const ending of scenario.endings) {
    const count = result.endings[ending.id] ?? 0;
    options.out(
      `  ${((100 * count) / result.runs).toFixed(1).padStart(5)}%  ${String(count).padStart(6)}  ${ending.title} (${ending.id})`,
    );
  }
  options.out('Final indicators (mean, sd, min-max):');
  for (const id of INDICATOR_IDS) {
    const s = result.indicators[id];
    options.out(
      `  ${INDICATORS[id].label.padEnd(34)} ${String(s.mean).padStart(7)}  sd ${String(s.sd).padStart(6)}  ${s.min}-${s.max}`,
    );
  }
  const perSecond = (ms: number) => Math.round(1000 / Math.max(ms, 1e-6));
  options.out(
    `Speed: ${result.msPerRun} ms per play-through by wall clock (${perSecond(result.msPerRun)} per second); ` +
      `${result.cpuMsPerRun} ms of CPU time, user + system, all threads (${perSecond(result.cpuMsPerRun)} per CPU-second)`,
  );
}
