// The course of a game: a round opens, decisions are put to the player and forwarded to their
// deals, the round's events roll, the player reads the report and moves on, and after the last
// round an ending is chosen. Every "what happens" is a pure rule over the state (in the modules
// imported here); this file decides "when", and in what order.
//
// Each step applies its rule first; what the rule asked of the deals (signals, the player's
// choice, the round's tick) is delivered once the step is done, in order, and the stages the
// deals announce are then applied in the order they were announced. The game's phase is read off
// the state: ended once an ending is chosen, deciding while decisions are pending.
import type { Draft } from 'immer';
import { fireCustomInject, fireInject, rollEvents } from './chanceEvents.ts';
import { enterStage } from './dealStages.ts';
import type { Signal } from './effects.ts';
import type { DealEvent } from './machines/dealSetup.ts';
import { stepDeal } from './machines/dealStep.ts';
import { HOLD, acceptsSignal, isTimed } from './machines/lifecycles.ts';
import { recordChoice } from './playerChoices.ts';
import { closeRound, finishGame, isLastRound } from './roundClosing.ts';
import { openRound } from './roundOpening.ts';
import { findOption, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState, PlayerInput } from './state.ts';

export type Phase = 'deciding' | 'reviewing' | 'ended';

export function phaseOf(state: GameState): Phase {
  if (state.ending !== null) return 'ended';
  return state.pending.length > 0 ? 'deciding' : 'reviewing';
}

interface Delivery {
  deal: string;
  event: DealEvent;
}

type Game = Draft<GameState>;

/** The signals a deal can take in the stage it is in now (others would be ignored by it anyway). */
function accepted(draft: Game, signals: readonly Signal[]): Delivery[] {
  const deliveries: Delivery[] = [];
  for (const { deal, event } of signals) {
    const record = draft.deals[deal];
    if (record && acceptsSignal(record.kind, record.stage, event))
      deliveries.push({ deal, event: { type: event } });
  }
  return deliveries;
}

interface Announced {
  deal: string;
  stage: string;
}

/** Steps each deal by its event; the stages they enter are added to `announced`, in order. */
function deliver(draft: Game, list: readonly Delivery[], announced: Announced[]): void {
  for (const { deal, event } of list) {
    const record = draft.deals[deal];
    if (!record) continue;
    const step = stepDeal(record.kind, record.machine, event);
    record.machine = step.snapshot;
    for (const stage of step.stages) announced.push({ deal, stage });
  }
}

/** Delivers a finished step's events to the deals, then applies the stages they announce. */
function settle(draft: Game, index: ScenarioIndex, deliveries: readonly Delivery[]): void {
  const announced: Announced[] = [];
  deliver(draft, deliveries, announced);
  for (let i = 0; i < announced.length; i++) {
    const { deal, stage } = announced[i] as Announced;
    deliver(draft, accepted(draft, enterStage(draft, index, deal, stage)), announced);
  }
}

/** The round's end events, once every decision is settled. */
function resolve(draft: Game, index: ScenarioIndex): Delivery[] {
  return accepted(draft, rollEvents(draft, index, 'end'));
}

/** Opens a round: offers are presented, the start events roll, and with nothing to decide, the end events. */
export function openTheRound(draft: Game, index: ScenarioIndex): void {
  const opening = openRound(draft, index);
  const deliveries = accepted(draft, opening.signals);
  for (const decision of opening.newDeals)
    deliveries.push({ deal: decision.id, event: { type: 'present' } });
  // Events of the round's start come after the offers, so they can touch a fresh deal.
  deliveries.push(...accepted(draft, rollEvents(draft, index, 'start')));
  if (draft.pending.length === 0) deliveries.push(...resolve(draft, index));
  settle(draft, index, deliveries);
}

function choose(draft: Game, index: ScenarioIndex, decision: string, optionId: string): void {
  const option = findOption(index, decision, optionId);
  const deliveries = accepted(draft, recordChoice(draft, index, decision, optionId));
  if (option && option.outcome !== HOLD) {
    const event = { type: 'choose', outcome: option.outcome, rounds: option.rounds };
    deliveries.push({ deal: index.dealOf(decision), event });
  }
  settle(draft, index, deliveries);
  if (draft.pending.length === 0) settle(draft, index, resolve(draft, index));
}

function next(draft: Game, index: ScenarioIndex): void {
  if (isLastRound(draft, index)) {
    closeRound(draft, index);
    finishGame(draft, index);
    return;
  }
  closeRound(draft, index);
  const ticks = Object.entries(draft.deals)
    .filter(([, deal]) => isTimed(deal.kind, deal.stage))
    .map(([deal]): Delivery => ({ deal, event: { type: 'round' } }));
  settle(draft, index, ticks);
  openTheRound(draft, index);
}

/**
 * Applies one player (or facilitator) input. The caller checks that it is allowed now (see
 * GameSession): a choice of an open option while deciding, "next" while reviewing, an inject
 * that can happen, and nothing once the game has ended.
 */
export function play(draft: Game, index: ScenarioIndex, input: PlayerInput): void {
  switch (input.type) {
    case 'choose':
      return choose(draft, index, input.decision, input.option);
    case 'next':
      return next(draft, index);
    case 'inject':
      return settle(draft, index, accepted(draft, fireInject(draft, index, input.event)));
    case 'customInject':
      return fireCustomInject(draft, index, input);
  }
}
