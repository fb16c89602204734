// Ways to pick options in simulated play-throughs: the strategy lab's players.
import { nextInt, seedRng, type RngState } from './rng.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState } from './state.ts';

export interface Strategy {
  /** Picks one of the open options of a pending decision. */
  pick(state: GameState, index: ScenarioIndex, decisionId: string, open: readonly string[]): string;
}

/** Uniformly random among open options, from its own seeded stream (not the game's dice). */
export function randomStrategy(seed: number): Strategy {
  let rng: RngState = seedRng(seed ^ 0x5bd1e995);
  return {
    pick(_state, _index, _decision, open) {
      const [i, next] = nextInt(rng, open.length);
      rng = next;
      return open[i] as string;
    },
  };
}

/** Always the first open option, as listed in the scenario. */
export const firstOptionStrategy: Strategy = { pick: (_s, _i, _d, open) => open[0] as string };

/** Prefers options whose effects raise an indicator most (e.g. "connectivity" or "alignWest"). */
export function greedyStrategy(indicator: string): Strategy {
  return {
    pick(_state, index, decisionId, open) {
      const gain = (optionId: string) => {
        const option = index.decisions.get(decisionId)?.options.find((o) => o.id === optionId);
        const lists = Object.values(option?.effects ?? {}).flat();
        return lists.reduce(
          (sum, e) => sum + ((e.change as Record<string, number> | undefined)?.[indicator] ?? 0),
          0,
        );
      };
      return [...open].sort((a, b) => gain(b) - gain(a))[0] as string;
    },
  };
}

export const STRATEGY_NAMES = [
  'random',
  'first',
  'connectivity',
  'sovereignty',
  'west',
  'china',
] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

export function strategyByName(name: StrategyName, seed: number): Strategy {
  switch (name) {
    case 'random':
      return randomStrategy(seed);
    case 'first':
      return firstOptionStrategy;
    case 'connectivity':
      return greedyStrategy('connectivity');
    case 'sovereignty':
      return greedyStrategy('certMaturity');
    case 'west':
      return greedyStrategy('alignWest');
    case 'china':
      return greedyStrategy('alignChina');
  }
}
