// The game: rounds (years) open, decisions are put to the player and forwarded to the deal
// machines spawned for them, events roll, and after the last round an ending is chosen.
// Every "what happens" is a pure function over GameState; this machine decides "when".
//
// Deal machines reply with their stage asynchronously (after the current step). The game
// therefore sends itself a follow-up event ('decisions.done', 'round.open') after forwarding
// to its deals, so that their replies are applied before it rolls events or opens a round.
import { assign, enqueueActions, setup } from 'xstate';
import { canHappen, fireCustomInject, fireInject, rollEvents } from './chanceEvents.ts';
import { enterStage } from './dealStages.ts';
import type { Signal } from './effects.ts';
import { DEAL_MACHINES, HOLD, acceptsSignal, isTimed } from './machines/lifecycles.ts';
import type { DealStageMessage } from './machines/dealSetup.ts';
import { newGameState } from './newGame.ts';
import { optionStatus, recordChoice } from './playerChoices.ts';
import { closeRound, finishGame, isLastRound } from './roundClosing.ts';
import { openRound } from './roundOpening.ts';
import { findOption, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { PlayerInput } from './playerInput.ts';
import type { GameState } from './state.ts';

export type PlayerEvent = PlayerInput;

type InternalEvent = DealStageMessage | { type: 'decisions.done' } | { type: 'round.open' };

export interface GameContext {
  game: GameState;
}

export interface GameInput {
  seed: number;
  countryId?: string;
}

function timedDeals(game: GameState): string[] {
  return Object.entries(game.deals)
    .filter(([, deal]) => isTimed(deal.kind, deal.stage))
    .map(([id]) => id);
}

/** The part of XState's action enqueuer that committing a new state needs. */
interface Committer {
  assign(values: GameContext): void;
  sendTo(to: string, event: { type: string }): void;
}

export function createGameMachine(index: ScenarioIndex) {
  /** Assigns the new state and delivers each signal the deal can take in its current stage. */
  const commit = (enqueue: Committer, state: GameState, signals: Signal[]) => {
    enqueue.assign({ game: state });
    for (const { deal, event } of signals) {
      const record = state.deals[deal];
      if (record && acceptsSignal(record.kind, record.stage, event))
        enqueue.sendTo(deal, { type: event });
    }
  };

  return setup({
    types: {
      context: {} as GameContext,
      events: {} as PlayerEvent | InternalEvent,
      input: {} as GameInput,
    },
    actors: DEAL_MACHINES,
    guards: {
      'decisions are pending': ({ context }) => context.game.pending.length > 0,
      'the option is open': ({ context, event }) =>
        event.type === 'choose' &&
        optionStatus(context.game, index, event.decision, event.option).available,
      'this is the last round': ({ context }) => isLastRound(context.game, index),
      'a deal is counting rounds': ({ context }) => timedDeals(context.game).length > 0,
      'the inject can happen': ({ context, event }) => {
        const inject = event.type === 'inject' ? index.events.get(event.event) : undefined;
        return inject !== undefined && canHappen(inject, context.game, index);
      },
    },
    actions: {
      'open the round': enqueueActions(({ context, enqueue }) => {
        const opening = openRound(context.game, index);
        commit(enqueue, opening.state, opening.signals);
        for (const decision of opening.newDeals) {
          enqueue.spawnChild(decision.machine, { id: decision.id, input: { id: decision.id } });
          enqueue.sendTo(decision.id, { type: 'present' });
        }
        // Events of the round's start come after the offers, so they can touch a fresh deal.
        const started = rollEvents(opening.state, index, 'start');
        commit(enqueue, started.state, started.signals);
      }),
      'record the choice': enqueueActions(({ context, event, enqueue, self }) => {
        if (event.type !== 'choose') return;
        const option = findOption(index, event.decision, event.option);
        const chosen = recordChoice(context.game, index, event.decision, event.option);
        commit(enqueue, chosen.state, chosen.signals);
        if (option && option.outcome !== HOLD) {
          enqueue.sendTo(index.dealOf(event.decision), {
            type: 'choose',
            outcome: option.outcome,
            rounds: option.rounds,
          });
        }
        if (chosen.state.pending.length === 0) enqueue.sendTo(self, { type: 'decisions.done' });
      }),
      "roll the round's events": enqueueActions(({ context, enqueue }) => {
        const rolled = rollEvents(context.game, index, 'end');
        commit(enqueue, rolled.state, rolled.signals);
      }),
      'apply the stage': enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'deal.stage') return;
        const entered = enterStage(context.game, index, event.deal, event.stage);
        commit(enqueue, entered.state, entered.signals);
      }),
      'fire the inject': enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'inject') return;
        const fired = fireInject(context.game, index, event.event);
        commit(enqueue, fired.state, fired.signals);
      }),
      "fire the facilitator's inject": assign({
        game: ({ context, event }) =>
          event.type === 'customInject'
            ? fireCustomInject(context.game, index, event)
            : context.game,
      }),
      'close the round': assign({ game: ({ context }) => closeRound(context.game, index) }),
      'tick the timed deals': enqueueActions(({ context, enqueue, self }) => {
        for (const id of timedDeals(context.game)) enqueue.sendTo(id, { type: 'round' });
        enqueue.sendTo(self, { type: 'round.open' });
      }),
      'choose the ending': assign({ game: ({ context }) => finishGame(context.game, index) }),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => ({ game: newGameState(index.scenario, input) }),
    initial: 'opening',
    on: {
      'deal.stage': { actions: 'apply the stage' },
      inject: { guard: 'the inject can happen', actions: 'fire the inject' },
      customInject: { actions: "fire the facilitator's inject" },
    },
    states: {
      opening: {
        entry: 'open the round',
        always: [{ guard: 'decisions are pending', target: 'deciding' }, { target: 'resolving' }],
      },
      deciding: {
        on: {
          choose: { guard: 'the option is open', actions: 'record the choice' },
          'decisions.done': 'resolving',
        },
      },
      resolving: { entry: "roll the round's events", always: 'reviewing' },
      reviewing: {
        on: {
          next: [
            { guard: 'this is the last round', target: 'ended', actions: 'close the round' },
            {
              guard: 'a deal is counting rounds',
              target: 'closing',
              actions: ['close the round', 'tick the timed deals'],
            },
            { target: 'opening', actions: 'close the round' },
          ],
        },
      },
      closing: { on: { 'round.open': 'opening' } },
      ended: { type: 'final', entry: 'choose the ending' },
    },
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;
