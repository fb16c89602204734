// The figures of a lab run, computed as `sim batch` computes them (ending counts; mean, sd, min and
// max of each final indicator, rounded to hundredths), plus distributions and example games.
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { StrategyGames } from './labRun.ts';

export interface Spread {
  mean: number;
  sd: number;
  min: number;
  max: number;
}

export interface StrategySummary {
  name: string;
  /** Games per ending id, in the scenario's order of endings. */
  endings: Record<string, number>;
  /** The first game (its number in the run) that ended each way. */
  examples: Record<string, number>;
  indicators: Record<IndicatorId, Spread>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function spread(games: StrategyGames, id: IndicatorId): Spread {
  const k = INDICATOR_IDS.indexOf(id);
  const runs = games.endings.length;
  let sum = 0;
  let sq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < runs; i++) {
    const v = games.indicators[i * INDICATOR_IDS.length + k] as number;
    sum += v;
    sq += v * v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / runs;
  const sd = Math.sqrt(Math.max(0, sq / runs - mean * mean));
  return { mean: round2(mean), sd: round2(sd), min: round2(min), max: round2(max) };
}

export function summarise(
  scenario: ScenarioData,
  name: string,
  games: StrategyGames,
): StrategySummary {
  const endings: Record<string, number> = Object.fromEntries(
    scenario.endings.map((e) => [e.id, 0]),
  );
  const examples: Record<string, number> = {};
  games.endings.forEach((e, i) => {
    const id = scenario.endings[e]?.id;
    if (id === undefined) return;
    endings[id] = (endings[id] ?? 0) + 1;
    if (examples[id] === undefined) examples[id] = i;
  });
  const indicators = Object.fromEntries(
    INDICATOR_IDS.map((id) => [id, spread(games, id)]),
  ) as Record<IndicatorId, Spread>;
  return { name, endings, examples, indicators };
}

export interface Bin {
  from: number;
  to: number;
  count: number;
}

/** Ten equal ranges over the indicator's scale (its values, where they go beyond the scale). */
export function histogram(games: StrategyGames, id: IndicatorId, bins = 10): Bin[] {
  const k = INDICATOR_IDS.indexOf(id);
  const runs = games.endings.length;
  const value = (i: number) => games.indicators[i * INDICATOR_IDS.length + k] as number;
  // A loop, not Math.min(...values): 100,000 arguments overflow the stack.
  let lo: number = INDICATORS[id].min;
  let hi: number = INDICATORS[id].max === 200 ? 100 : INDICATORS[id].max;
  for (let i = 0; i < runs; i++) {
    lo = Math.min(lo, value(i));
    hi = Math.max(hi, value(i));
  }
  const width = (hi - lo) / bins || 1;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < runs; i++) {
    const b = Math.min(bins - 1, Math.floor((value(i) - lo) / width));
    counts[b] = (counts[b] ?? 0) + 1;
  }
  return counts.map((count, b) => ({
    from: round2(lo + b * width),
    to: round2(lo + (b + 1) * width),
    count,
  }));
}
