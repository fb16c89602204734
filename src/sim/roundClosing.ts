// The end of a round (the indicators are recorded for the debrief's charts) and of the game.
import type { Draft } from 'immer';
import { chooseEnding } from './endings.ts';
import { logText } from './texts.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState } from './state.ts';

export function closeRound(draft: Draft<GameState>, index: ScenarioIndex): void {
  draft.inputs.push({ type: 'next' });
  draft.history.push({ ...draft.indicators });
  if (!isLastRound(draft, index)) draft.round += 1;
}

export function isLastRound(state: GameState, index: ScenarioIndex): boolean {
  return state.round >= index.scenario.rounds.length;
}

export function finishGame(draft: Draft<GameState>, index: ScenarioIndex): void {
  const state = draft as GameState;
  const ending = chooseEnding(state, index);
  const summary = logText(ending.summary, state, index, 'summary');
  const explanation = logText(ending.explanation, state, index, 'explanation');
  const untrue = [...(summary.untrue ?? []), ...(explanation.untrue ?? [])];
  draft.ending = ending.id;
  draft.log.push({
    round: draft.round,
    kind: 'ending',
    origin: { ending: ending.id },
    changes: {},
    notes: [summary.text as string],
    text: explanation.text,
    ...(untrue.length > 0 ? { untrue } : {}),
  });
}
