// The vocabulary every deal machine shares: the events the game sends it, the named guards and
// actions its lifecycle is written in, and the one thing it reports (the stage it entered).
// Each deal's lifecycle lives in its own *.machine.ts file; dealStep.ts advances them.
import { assign, setup } from 'xstate';

export interface DealContext {
  /** Rounds the current timed stage (building, training, diversifying...) still needs. */
  roundsLeft: number;
  /** Duration the player's chosen option set for the next timed stage. */
  plannedRounds: number;
}

export type DealEvent =
  | { type: 'present' }
  | { type: 'choose'; outcome: string; rounds?: number }
  | { type: 'round' }
  | { type: string };

export const dealSetup = setup({
  types: {
    context: {} as DealContext,
    events: {} as DealEvent,
  },
  guards: {
    chose: ({ event }, params: { outcome: string }) =>
      event.type === 'choose' && 'outcome' in event && event.outcome === params.outcome,
    'countdown finished': ({ context }) => context.roundsLeft <= 1,
  },
  actions: {
    // Reported, not performed: the game steps a deal purely and reads the stages from the
    // actions the step returns (see dealStep.ts).
    announce: (_, _params: { stage: string }) => undefined,
    'remember duration': assign({
      plannedRounds: ({ event }) =>
        'rounds' in event && typeof event.rounds === 'number' ? event.rounds : 1,
    }),
    'start countdown': assign({ roundsLeft: ({ context }) => context.plannedRounds }),
    'count down': assign({ roundsLeft: ({ context }) => context.roundsLeft - 1 }),
  },
});

export const initialDealContext = (): DealContext => ({ roundsLeft: 0, plannedRounds: 1 });

/** Entry action for a stage: tells the game which stage the deal is in now. */
export const announce = (stage: string) => ({ type: 'announce', params: { stage } }) as const;

/** A transition taken when the player picks an option with this outcome. */
export const onChoice = (outcome: string, target: string) =>
  ({
    guard: { type: 'chose', params: { outcome } },
    target,
    actions: 'remember duration',
  }) as const;

/** A timed stage: counts rounds down and moves on when the option's duration has passed. */
export const countdownTo = (target: string) => [
  { guard: 'countdown finished' as const, target },
  { actions: 'count down' as const },
];
