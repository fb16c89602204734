// Plays a whole game without a person: a strategy picks at every decision, the round report is
// acknowledged, until the ending. Used by the batch simulator, the benchmarks and the tests.
import { availableOptions } from './playerChoices.ts';
import type { ScenarioData } from './scenario/scenario.schema.ts';
import { GameSession } from './session.ts';
import type { GameState } from './state.ts';
import type { Strategy } from './strategies.ts';

export class StuckGameError extends Error {}

/** Plays `session` to its end. A decision with no open option would be a dead end: it throws. */
export function playToEnd(session: GameSession, strategy: Strategy, maxSteps = 1000): GameState {
  for (let step = 0; step < maxSteps; step++) {
    if (session.phase === 'ended') return session.state;
    if (session.phase === 'reviewing') {
      session.next();
      continue;
    }
    const decision = session.state.pending[0] as string;
    const open = availableOptions(session.state, session.index, decision);
    if (open.length === 0)
      throw new StuckGameError(
        `No open option in decision "${decision}" (round ${session.state.round}).`,
      );
    session.choose(decision, strategy.pick(session.state, session.index, decision, open));
  }
  throw new StuckGameError(`The game did not end within ${maxSteps} steps.`);
}

export function playThrough(
  scenario: ScenarioData,
  options: { seed: number; countryId?: string; strategy: Strategy },
): GameState {
  // Only the final state is read, so the game can change its state in place.
  const session = GameSession.start(scenario, { ...options, inPlace: true });
  try {
    return playToEnd(session, options.strategy);
  } finally {
    session.stop();
  }
}
