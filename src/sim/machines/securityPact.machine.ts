// A security or policing agreement: a draft that may leak, signed as drafted, signed with limits
// or refused; a pact signed as drafted can be invoked when unrest comes.
import { announce, dealSetup, initialDealContext, onChoice } from './dealSetup.ts';

const signOrRefuse = [
  onChoice('signAsDrafted', 'signedAsDrafted'),
  onChoice('signWithLimits', 'signedWithLimits'),
  onChoice('refuse', 'refused'),
];

export const securityPactMachine = dealSetup.createMachine({
  id: 'securityPact',
  context: initialDealContext,
  initial: 'drafted',
  states: {
    drafted: { on: { present: 'negotiatingInSecret' } },
    negotiatingInSecret: { on: { choose: signOrRefuse, leak: 'leaked' } },
    leaked: { entry: announce('leaked'), on: { choose: signOrRefuse } },
    signedAsDrafted: { entry: announce('signedAsDrafted'), on: { unrest: 'invoked' } },
    signedWithLimits: {
      entry: announce('signedWithLimits'),
      on: { choose: onChoice('expand', 'signedAsDrafted') },
    },
    invoked: { entry: announce('invoked'), type: 'final' },
    refused: { entry: announce('refused'), type: 'final' },
  },
});
