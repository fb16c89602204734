// Replays: a game rebuilt from its seed and its inputs (GameSession.replay), here for the
// debrief's "what if": rewind to a decision, choose differently with the same dice.
import type { ScenarioData } from './scenario/scenario.schema.ts';
import { GameSession } from './session.ts';
import type { GameState } from './state.ts';

/**
 * A new session at the moment the player faced their `choiceIndex`-th choice (0-based), with the
 * same seed: everything before it replays exactly, everything after is theirs to change.
 */
export function rewindToChoice(
  scenario: ScenarioData,
  state: GameState,
  choiceIndex: number,
): GameSession {
  let seen = 0;
  const cut = state.inputs.findIndex((input) => input.type === 'choose' && seen++ === choiceIndex);
  return GameSession.replay(scenario, {
    ...state,
    inputs: cut === -1 ? state.inputs : state.inputs.slice(0, cut),
  });
}
