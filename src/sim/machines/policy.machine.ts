// A policy the government can adopt, reject or put off: switching diplomatic recognition, a bill
// that delays an election, a content law. Once adopted it can be reversed, or overturned.
import { announce, dealSetup, initialDealContext, onChoice } from './dealSetup.ts';

export const policyMachine = dealSetup.createMachine({
  id: 'policy',
  context: initialDealContext,
  initial: 'proposed',
  states: {
    proposed: { on: { present: 'debating' } },
    debating: {
      on: {
        choose: [
          onChoice('adopt', 'adopted'),
          onChoice('reject', 'rejected'),
          onChoice('delay', 'delayed'),
        ],
      },
    },
    delayed: {
      entry: announce('delayed'),
      on: { choose: [onChoice('adopt', 'adopted'), onChoice('reject', 'rejected')] },
    },
    adopted: {
      entry: announce('adopted'),
      on: { choose: onChoice('reverse', 'reversed'), overturned: 'reversed' },
    },
    reversed: { entry: announce('reversed'), type: 'final' },
    rejected: { entry: announce('rejected'), type: 'final' },
  },
});
