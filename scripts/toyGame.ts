// The bench's calibration: a bare XState 5 game with no rules behind it (a choice and a "next"
// per round, a score kept in context), so the real game's rate can be read against what XState
// alone manages on the same machine in the same run.
import { assign, setup } from 'xstate';

const ROUNDS = 29;
/** One choice and one "next" per round. */
export const TOY_EVENTS_PER_GAME = ROUNDS * 2;

export const toyGameMachine = setup({
  types: {
    context: {} as { round: number; score: number },
    events: {} as { type: 'choose'; option: number } | { type: 'next' },
    input: {} as { seed: number },
  },
  guards: { 'last round': ({ context }) => context.round >= ROUNDS },
  actions: {
    score: assign({
      score: ({ context, event }) => context.score + (event.type === 'choose' ? event.option : 0),
    }),
    'next round': assign({ round: ({ context }) => context.round + 1 }),
  },
}).createMachine({
  id: 'toy',
  context: ({ input }) => ({ round: 1, score: input.seed % 7 }),
  initial: 'deciding',
  states: {
    deciding: { on: { choose: { target: 'reviewing', actions: 'score' } } },
    reviewing: {
      on: {
        next: [
          { guard: 'last round', target: 'ended' },
          { target: 'deciding', actions: 'next round' },
        ],
      },
    },
    ended: { type: 'final' },
  },
});
