// Evaluates scenario conditions against the game state. Pure: no randomness, no actors.
import type { ConditionData } from './scenario/conditions.schema.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState } from './state.ts';

function inRange(value: number, range: { atLeast?: number; atMost?: number }): boolean {
  return (
    (range.atLeast === undefined || value >= range.atLeast) &&
    (range.atMost === undefined || value <= range.atMost)
  );
}

function decisionHolds(c: ConditionData, state: GameState, index: ScenarioIndex): boolean {
  const id = c.decision as string;
  if (c.chose) {
    return state.choices.some(
      (choice) => choice.decision === id && c.chose?.includes(choice.option),
    );
  }
  const deal = state.deals[index.dealOf(id)];
  if (c.stage)
    return deal?.stage !== null && deal?.stage !== undefined && c.stage.includes(deal.stage);
  return state.choices.some((choice) => choice.decision === id);
}

export function holds(
  c: ConditionData | undefined,
  state: GameState,
  index: ScenarioIndex,
): boolean {
  if (c === undefined) return true;
  if (c.indicator !== undefined) {
    const base = c.relativeTo ? state.indicators[c.relativeTo] : 0;
    return inRange(state.indicators[c.indicator] - base, c);
  }
  if (c.flag !== undefined) return state.flags.includes(c.flag) === (c.is ?? true);
  if (c.decision !== undefined) return decisionHolds(c, state, index);
  if (c.election !== undefined) {
    const election = state.elections[c.election];
    if (c.result === 'postponed') return (election?.postponed ?? 0) > 0;
    return (election?.result ?? 'pending') === c.result;
  }
  if (c.event !== undefined) return state.fired[c.event] !== undefined;
  if (c.country !== undefined) return c.country.includes(state.countryId);
  if (c.round !== undefined) return inRange(state.round, c.round);
  if (c.all !== undefined) return c.all.every((sub) => holds(sub, state, index));
  if (c.any !== undefined) return c.any.some((sub) => holds(sub, state, index));
  if (c.not !== undefined) return !holds(c.not, state, index);
  return true;
}
