// A telecom towers deal: negotiated, signed or refused, built over some rounds, then operating
// until a breach or a debt squeeze (repayments start once it runs) forces a renegotiation.
import { announce, countdownTo, dealSetup, initialDealContext, onChoice } from './dealSetup.ts';

export const towerDealMachine = dealSetup.createMachine({
  id: 'towerDeal',
  context: initialDealContext,
  initial: 'offered',
  states: {
    offered: { on: { present: 'negotiating' } },
    negotiating: {
      on: {
        choose: [
          onChoice('sign', 'signed'),
          onChoice('refuse', 'refused'),
          onChoice('defer', 'deferred'),
        ],
      },
    },
    deferred: {
      entry: announce('deferred'),
      on: { choose: [onChoice('sign', 'signed'), onChoice('refuse', 'refused')] },
    },
    signed: { entry: announce('signed'), always: 'building' },
    building: {
      entry: [announce('building'), 'start countdown'],
      on: { round: countdownTo('operating') },
    },
    operating: {
      entry: announce('operating'),
      on: { breach: 'breachDiscovered', debtDistress: 'debtDistress' },
    },
    breachDiscovered: {
      entry: announce('breachDiscovered'),
      on: { choose: onChoice('renegotiate', 'renegotiated'), debtDistress: 'debtDistress' },
    },
    debtDistress: {
      entry: announce('debtDistress'),
      on: { choose: onChoice('renegotiate', 'renegotiated') },
    },
    renegotiated: { entry: announce('renegotiated'), type: 'final' },
    refused: { entry: announce('refused'), type: 'final' },
  },
});
