// Picks the ending: the first profile in the scenario whose conditions the final state meets;
// the last ending has no conditions and catches every other path.
import { holds } from './conditions.ts';
import { composeText } from './texts.ts';
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

export interface EndingAsRead {
  ending: EndingData;
  summary: string;
  explanation: string;
}

/**
 * The ending of a finished game with its texts as the player read them: the words composed at the
 * end and kept in the log (composed again from the final state for a game saved before the log
 * kept them, which gives the same words).
 */
export function endingAsRead(state: GameState, index: ScenarioIndex): EndingAsRead | null {
  const ending = index.scenario.endings.find((e) => e.id === state.ending);
  if (!ending) return null;
  const entry = state.log.filter((e) => e.kind === 'ending').at(-1);
  return {
    ending,
    summary: entry?.notes[0] ?? composeText(ending.summary, state, index),
    explanation: entry?.text ?? composeText(ending.explanation, state, index),
  };
}
