// A CERT partnership. The CNCERT path deepens by itself (MoU, then information sharing, then
// dependence for incident response); the regional and national paths build the country's own
// capacity, more slowly.
import { announce, countdownTo, dealSetup, initialDealContext, onChoice } from './dealSetup.ts';

const regionalOrNational = [
  onChoice('regional', 'regionalNetwork'),
  onChoice('national', 'buildingNationalCert'),
];

export const certPartnershipMachine = dealSetup.createMachine({
  id: 'certPartnership',
  context: initialDealContext,
  initial: 'none',
  states: {
    none: { on: { present: 'considering' } },
    considering: {
      on: {
        choose: [onChoice('mou', 'mou'), ...regionalOrNational, onChoice('decline', 'unprotected')],
      },
    },
    unprotected: {
      entry: announce('unprotected'),
      on: { choose: [onChoice('mou', 'mou'), ...regionalOrNational] },
    },
    mou: {
      entry: [announce('mou'), 'start countdown'],
      on: { round: countdownTo('informationSharing'), choose: regionalOrNational },
    },
    informationSharing: {
      entry: [announce('informationSharing'), 'start countdown'],
      on: { round: countdownTo('incidentResponseDependence'), choose: regionalOrNational },
    },
    incidentResponseDependence: {
      entry: announce('incidentResponseDependence'),
      on: { choose: regionalOrNational },
    },
    regionalNetwork: {
      entry: announce('regionalNetwork'),
      on: { choose: onChoice('national', 'buildingNationalCert') },
    },
    buildingNationalCert: {
      entry: [announce('buildingNationalCert'), 'start countdown'],
      on: { round: countdownTo('nationalCert') },
    },
    nationalCert: { entry: announce('nationalCert'), type: 'final' },
  },
});
