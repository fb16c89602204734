// The end of a round (the indicators are recorded for the debrief's charts) and of the game.
import { produce } from 'immer';
import { chooseEnding } from './endings.ts';
import { logText } from './texts.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState } from './state.ts';

export function closeRound(state: GameState, index: ScenarioIndex): GameState {
  const isLast = isLastRound(state, index);
  return produce(state, (draft) => {
    draft.inputs.push({ type: 'next' });
    // Read from the base state: spreading a draft walks Immer's proxy.
    draft.history.push({ ...state.indicators });
    if (!isLast) draft.round += 1;
  });
}

export function isLastRound(state: GameState, index: ScenarioIndex): boolean {
  return state.round >= index.scenario.rounds.length;
}

export function finishGame(state: GameState, index: ScenarioIndex): GameState {
  const ending = chooseEnding(state, index);
  const summary = logText(ending.summary, state, index, 'summary');
  const explanation = logText(ending.explanation, state, index, 'explanation');
  const untrue = [...(summary.untrue ?? []), ...(explanation.untrue ?? [])];
  return produce(state, (draft) => {
    draft.ending = ending.id;
    draft.log.push({
      round: draft.round,
      kind: 'ending',
      title: ending.title,
      origin: {},
      changes: {},
      notes: [summary.text as string],
      text: explanation.text,
      ...(untrue.length > 0 ? { untrue } : {}),
    });
  });
}
