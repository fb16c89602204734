// Vendor strategy: a network bought from a single vendor can be diversified, which costs money
// and takes rounds; a dominant vendor can also cut service when relations sour.
import { announce, countdownTo, dealSetup, initialDealContext, onChoice } from './dealSetup.ts';

export const vendorStrategyMachine = dealSetup.createMachine({
  id: 'vendorStrategy',
  context: initialDealContext,
  initial: 'singleVendor',
  states: {
    singleVendor: {
      on: {
        present: 'reviewing',
        serviceWithdrawn: 'serviceWithdrawn',
      },
    },
    reviewing: {
      on: {
        choose: [onChoice('diversify', 'diversifying'), onChoice('stay', 'lockedIn')],
        serviceWithdrawn: 'serviceWithdrawn',
      },
    },
    lockedIn: {
      entry: announce('lockedIn'),
      on: { choose: onChoice('diversify', 'diversifying'), serviceWithdrawn: 'serviceWithdrawn' },
    },
    diversifying: {
      entry: [announce('diversifying'), 'start countdown'],
      on: { round: countdownTo('diversified'), choose: onChoice('abandon', 'lockedIn') },
    },
    serviceWithdrawn: {
      entry: announce('serviceWithdrawn'),
      on: { choose: onChoice('diversify', 'diversifying') },
    },
    diversified: { entry: announce('diversified'), type: 'final' },
  },
});
