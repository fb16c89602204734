// A Safe City surveillance system: procured from a vendor, piloted in a limited form or declined;
// once running it tends to expand, and it can be turned on protesters.
import { announce, countdownTo, dealSetup, initialDealContext, onChoice } from './dealSetup.ts';

export const safeCityMachine = dealSetup.createMachine({
  id: 'safeCity',
  context: initialDealContext,
  initial: 'proposed',
  states: {
    proposed: { on: { present: 'evaluating' } },
    evaluating: {
      on: {
        choose: [
          onChoice('procure', 'procured'),
          onChoice('pilot', 'limitedPilot'),
          onChoice('decline', 'declined'),
        ],
      },
    },
    limitedPilot: {
      entry: announce('limitedPilot'),
      on: { choose: [onChoice('procure', 'procured'), onChoice('decline', 'declined')] },
    },
    procured: { entry: announce('procured'), always: 'installing' },
    installing: {
      entry: [announce('installing'), 'start countdown'],
      on: { round: countdownTo('operating') },
    },
    operating: {
      entry: [announce('operating'), 'start countdown'],
      on: { round: countdownTo('expanding'), misuse: 'turnedOnCritics' },
    },
    expanding: { entry: announce('expanding'), on: { misuse: 'turnedOnCritics' } },
    turnedOnCritics: { entry: announce('turnedOnCritics'), type: 'final' },
    declined: { entry: announce('declined'), type: 'final' },
  },
});
