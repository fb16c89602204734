// Police training abroad: cohorts train for some rounds and come home with skills, and with
// contacts that last longer than the course.
import { announce, countdownTo, dealSetup, initialDealContext, onChoice } from './dealSetup.ts';

export const policeTrainingMachine = dealSetup.createMachine({
  id: 'policeTraining',
  context: initialDealContext,
  initial: 'offered',
  states: {
    offered: { on: { present: 'deciding' } },
    deciding: {
      on: {
        choose: [
          onChoice('china', 'trainingInChina'),
          onChoice('partners', 'trainingWithPartners'),
          onChoice('decline', 'declined'),
        ],
      },
    },
    trainingInChina: {
      entry: [announce('trainingInChina'), 'start countdown'],
      on: { round: countdownTo('contactsEmbedded') },
    },
    trainingWithPartners: {
      entry: [announce('trainingWithPartners'), 'start countdown'],
      on: { round: countdownTo('trainedWithPartners') },
    },
    contactsEmbedded: { entry: announce('contactsEmbedded'), type: 'final' },
    trainedWithPartners: { entry: announce('trainedWithPartners'), type: 'final' },
    declined: { entry: announce('declined'), type: 'final' },
  },
});
