// Replays: a game rebuilt from its seed and its inputs, for the debrief's "what if" (rewind to a
// decision, choose differently) and for checking that a game is reproducible.
import type { ScenarioData } from './scenario/scenario.schema.ts';
import { sameData } from './sameData.ts';
import { SaveError } from './save.ts';
import { GameSession } from './session.ts';
import type { GameState, PlayerInput } from './state.ts';

export function applyInput(session: GameSession, input: PlayerInput): boolean {
  if (input.type === 'choose') return session.choose(input.decision, input.option);
  if (input.type === 'inject') return session.inject(input.event);
  if (input.type === 'customInject') return session.injectCustom(input);
  if (session.phase !== 'reviewing') return false;
  session.next();
  return true;
}

export function replay(
  scenario: ScenarioData,
  state: Pick<GameState, 'seed' | 'countryId'>,
  inputs: readonly PlayerInput[],
): GameSession {
  const session = GameSession.start(scenario, { seed: state.seed, countryId: state.countryId });
  for (const input of inputs) {
    if (!applyInput(session, input)) throw new Error(`replay diverged at ${JSON.stringify(input)}`);
  }
  return session;
}

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
  return replay(scenario, state, cut === -1 ? state.inputs : state.inputs.slice(0, cut));
}

/**
 * A saved game, checked in depth: its moves replayed from its seed must give exactly the game it
 * holds. A save that is valid on the surface but wrong inside is refused here, in words, instead
 * of playing as a dead game.
 */
export function restoreVerified(scenario: ScenarioData, saveText: string): GameSession {
  const restored = GameSession.restore(scenario, saveText);
  let same = false;
  try {
    const replayed = replay(scenario, restored.state, restored.state.inputs);
    same = sameData(replayed.state, restored.state);
  } catch {
    same = false;
  }
  if (!same)
    throw new SaveError(
      'The save is damaged: replaying its moves from its dice does not give the game it holds.',
    );
  return restored;
}
