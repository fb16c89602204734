// The odds of a chance event or an election, computed from the current state.
import type { IndicatorId } from './indicators.ts';
import type { ChanceData } from './scenario/effects.schema.ts';
import type { GameState } from './state.ts';

export function probability(chance: ChanceData, state: GameState): number {
  let p = chance.base;
  for (const [id, weight] of Object.entries(chance.per ?? {})) {
    p += (weight ?? 0) * state.indicators[id as IndicatorId];
  }
  for (const [flag, weight] of Object.entries(chance.flags ?? {})) {
    if (state.flags.includes(flag)) p += weight;
  }
  return Math.min(chance.max, Math.max(chance.min, p));
}
