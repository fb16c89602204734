// Whether an option can be chosen now, and what choosing it does to the state.
import type { Draft } from 'immer';
import { compileCondition, holds, type ConditionTest } from './conditions.ts';
import { applyAndLog, type Signal } from './effects.ts';
import { initialDeal } from './machines/dealStep.ts';
import { acceptsChoice } from './machines/lifecycles.ts';
import type { DecisionData } from './scenario/scenario.schema.ts';
import { findOption, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState } from './state.ts';

export type OptionStatus = { available: true } | { available: false; reason: string };

/** Whether an option would be open if its decision were put to the player in this state. */
export function statusIfOffered(
  state: GameState,
  index: ScenarioIndex,
  decisionId: string,
  optionId: string,
): OptionStatus {
  const decision = index.decisions.get(decisionId);
  const option = findOption(index, decisionId, optionId);
  if (!decision || !option) {
    return { available: false, reason: `No option "${optionId}" in "${decisionId}".` };
  }
  const deal = state.deals[index.dealOf(decisionId)];
  if (!acceptsChoice(decision.machine, deal?.stage ?? null, option.outcome)) {
    return { available: false, reason: 'The deal has moved on.' };
  }
  if (!holds(option.requires, state, index)) {
    return {
      available: false,
      reason: option.lockedText ?? 'Your earlier choices have closed this option.',
    };
  }
  return { available: true };
}

export function optionStatus(
  state: GameState,
  index: ScenarioIndex,
  decisionId: string,
  optionId: string,
): OptionStatus {
  if (!state.pending.includes(decisionId)) {
    return { available: false, reason: 'This decision is not open now.' };
  }
  return statusIfOffered(state, index, decisionId, optionId);
}

interface OptionCheck {
  id: string;
  outcome: string;
  requires: ConditionTest;
}

// Per decision, what statusIfOffered reads of each option, its condition compiled (option ids are
// unique in a decision: the validator checks it).
const optionChecks = new WeakMap<DecisionData, readonly OptionCheck[]>();

function checksOf(decision: DecisionData): readonly OptionCheck[] {
  let checks = optionChecks.get(decision);
  if (!checks) {
    checks = decision.options.map((o) => ({
      id: o.id,
      outcome: o.outcome,
      requires: compileCondition(o.requires),
    }));
    optionChecks.set(decision, checks);
  }
  return checks;
}

/** The options statusIfOffered calls available, in the scenario's order (checked in one pass). */
export function openOptionsIfOffered(
  state: GameState,
  index: ScenarioIndex,
  decisionId: string,
): string[] {
  const decision = index.decisions.get(decisionId);
  if (!decision) return [];
  const stage = state.deals[index.dealOf(decisionId)]?.stage ?? null;
  const open: string[] = [];
  for (const { id, outcome, requires } of checksOf(decision))
    if (acceptsChoice(decision.machine, stage, outcome) && requires(state, index)) open.push(id);
  return open;
}

export function availableOptions(
  state: GameState,
  index: ScenarioIndex,
  decisionId: string,
): string[] {
  return state.pending.includes(decisionId) ? openOptionsIfOffered(state, index, decisionId) : [];
}

/** Records the player's choice and applies its immediate effects; returns their signals. */
export function recordChoice(
  draft: Draft<GameState>,
  index: ScenarioIndex,
  decisionId: string,
  optionId: string,
): Signal[] {
  const decision = index.decisions.get(decisionId);
  const option = findOption(index, decisionId, optionId);
  if (!decision || !option) return [];
  const root = index.dealOf(decisionId);
  draft.pending = draft.pending.filter((id) => id !== decisionId);
  draft.choices.push({ round: draft.round, decision: decisionId, option: optionId });
  draft.inputs.push({ type: 'choose', decision: decisionId, option: optionId });
  const deal = (draft.deals[root] ??= {
    kind: decision.machine,
    options: [],
    stage: null,
    machine: initialDeal(decision.machine),
  });
  deal.options.push({ decision: decisionId, option: optionId });
  return applyAndLog(
    draft,
    {
      kind: 'decision',
      origin: { decision: decisionId, option: optionId },
    },
    option.effects?.now ?? [],
    index.dealOf,
  );
}
