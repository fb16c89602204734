// The start of a round: time passes (recurring effects, debt service, delayed consequences,
// deals' running effects), elections fall due, and the round's decisions are put to the player.
import type { Draft } from 'immer';
import { probability } from './chance.ts';
import { applyOngoingStages } from './dealStages.ts';
import { serviceLoans } from './debt.ts';
import { applyAndLog, type Signal } from './effects.ts';
import { isDue } from './conditions.ts';
import { openOptionsIfOffered } from './playerChoices.ts';
import { nextFloat } from './rng.ts';
import { logText } from './texts.ts';
import { roundSchedule, type ScheduledDecision } from './roundSchedule.ts';
import type { DecisionData } from './scenario/scenario.schema.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import { initialDeal } from './machines/dealStep.ts';
import type { GameState } from './state.ts';

export interface Opening {
  /** Decisions that start a new deal this round: the game presents each to its deal. */
  newDeals: DecisionData[];
  signals: Signal[];
}

function passTime(draft: Draft<GameState>, index: ScenarioIndex, signals: Signal[]): void {
  const { rules } = index.scenario;
  if (rules.everyRound.length > 0) {
    const entry = { kind: 'rule', origin: { rule: 'everyRound' } } as const;
    signals.push(...applyAndLog(draft, entry, rules.everyRound, index.dealOf));
  }
  const costPctGdp = serviceLoans(draft, rules.yearsPerRound);
  if (costPctGdp > 0) {
    const budgetCost = -Math.round(costPctGdp * rules.budgetPointsPerPctGdp * 100) / 100;
    applyAndLog(
      draft,
      { kind: 'rule', origin: { rule: 'debtService' } },
      [{ change: { budget: budgetCost } }],
      index.dealOf,
    );
  }
}

function releaseDelayed(draft: Draft<GameState>, index: ScenarioIndex, signals: Signal[]): void {
  const due = draft.delayed.filter((d) => d.dueRound <= draft.round);
  draft.delayed = draft.delayed.filter((d) => d.dueRound > draft.round);
  for (const d of due) {
    signals.push(
      ...applyAndLog(
        draft,
        { kind: 'delayed', title: d.note, origin: d.origin },
        d.effects,
        index.dealOf,
      ),
    );
  }
}

function holdElections(draft: Draft<GameState>, index: ScenarioIndex, signals: Signal[]): void {
  for (const election of index.scenario.elections) {
    const record = draft.elections[election.id];
    if (!record || record.result !== 'pending' || record.round !== draft.round) continue;
    const [roll, rng] = nextFloat(draft.rng);
    draft.rng = rng;
    const outcome = roll < probability(election.keepChance, draft as GameState) ? 'kept' : 'lost';
    record.result = outcome;
    const { text, effects } = election[outcome];
    const shown = logText(text, draft as GameState, index, `${outcome}.text`);
    signals.push(
      ...applyAndLog(
        draft,
        {
          kind: 'election',
          origin: { election: election.id },
          ...shown,
        },
        effects,
        index.dealOf,
      ),
    );
  }
}

/** Whether a decision of this round's schedule (its window includes the round) is put now. */
function isOffered(d: ScheduledDecision, state: GameState, index: ScenarioIndex): boolean {
  return isDue(d.decision, d.when, state, index);
}

/** Opens the round in the draft: time passes, elections fall due, decisions are put. */
export function openRound(draft: Draft<GameState>, index: ScenarioIndex): Opening {
  const signals: Signal[] = [];
  if (draft.round > 1) {
    passTime(draft, index, signals);
    releaseDelayed(draft, index, signals);
    signals.push(...applyOngoingStages(draft, index));
  }
  holdElections(draft, index, signals);
  const state = draft as GameState;
  const due = roundSchedule(index, draft.round)
    .decisions.filter((d) => isOffered(d, state, index))
    .map((d) => d.decision);
  if (due.length === 0) return { newDeals: [], signals };
  // A decision whose every option has been closed is logged, not put to the player.
  const closed = due.filter((d) => openOptionsIfOffered(state, index, d.id).length === 0);
  const offered = due.filter((d) => !closed.includes(d));
  // A decision re-offered by `until` continues the deal its first offer started.
  const newDeals = offered.filter((d) => !d.continues && !state.deals[d.id]);
  draft.pending.push(...offered.map((d) => d.id));
  // A deal exists from the moment it is offered, so a draft can leak before it is signed.
  for (const d of newDeals) {
    draft.deals[d.id] = {
      kind: d.machine,
      options: [],
      stage: null,
      machine: initialDeal(d.machine),
    };
  }
  for (const d of closed) {
    draft.log.push({
      round: draft.round,
      kind: 'closed',
      origin: { decision: d.id },
      changes: {},
      notes: [],
    });
  }
  return { newDeals, signals };
}
