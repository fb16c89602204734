// Picks the ending: the first profile in the scenario whose conditions the final state meets;
// the last ending has no conditions and catches every other path.
import { holds } from './conditions.ts';
import type { EndingData } from './scenario/scenario.schema.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState } from './state.ts';

export function chooseEnding(state: GameState, index: ScenarioIndex): EndingData {
  const endings = index.scenario.endings;
  const match = endings.find(
    (ending) => ending.when !== undefined && holds(ending.when, state, index),
  );
  return match ?? (endings.find((ending) => ending.when === undefined) as EndingData);
}
