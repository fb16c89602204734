// An undersea cable: choose a route (vendor and financier) or wait; then it is laid, lands and
// carries the country's traffic, where it can be cut or quietly tapped.
import { announce, countdownTo, dealSetup, initialDealContext, onChoice } from './dealSetup.ts';

export const cableMachine = dealSetup.createMachine({
  id: 'cable',
  context: initialDealContext,
  initial: 'proposed',
  states: {
    proposed: { on: { present: 'choosingRoute' } },
    choosingRoute: {
      on: { choose: [onChoice('contract', 'contracted'), onChoice('wait', 'waiting')] },
    },
    waiting: {
      entry: announce('waiting'),
      on: { choose: onChoice('contract', 'contracted') },
    },
    contracted: { entry: announce('contracted'), always: 'laying' },
    laying: {
      entry: [announce('laying'), 'start countdown'],
      on: { round: countdownTo('inService') },
    },
    inService: {
      entry: announce('inService'),
      on: { cut: 'outage', tapped: 'compromised' },
    },
    outage: {
      entry: announce('outage'),
      on: { round: 'inService' },
    },
    compromised: {
      entry: announce('compromised'),
      on: { choose: onChoice('secure', 'secured') },
    },
    secured: { entry: announce('secured'), type: 'final' },
  },
});
