// How each deal stage looks on the map. Spelled out per machine rather than guessed from the
// stage's name; a unit test fails when a machine gains a stage this table does not place.
import type { MachineKind } from '../sim/machines/lifecycles.ts';

export type FeatureStatus = 'planned' | 'building' | 'active' | 'compromised' | 'ended';

/** null: nothing stands on the map (refused, declined, waiting, deferred...). */
export const STAGE_STATUS: Readonly<
  Record<MachineKind, Readonly<Record<string, FeatureStatus | null>>>
> = {
  towerDeal: {
    deferred: null,
    refused: null,
    signed: 'planned',
    building: 'building',
    operating: 'active',
    // The towers still carry calls while the loan bites or the deal is reworked.
    debtDistress: 'active',
    renegotiated: 'active',
    breachDiscovered: 'compromised',
  },
  cable: {
    waiting: null,
    contracted: 'planned',
    laying: 'building',
    inService: 'active',
    secured: 'active',
    outage: 'compromised',
    compromised: 'compromised',
  },
  certPartnership: {
    unprotected: null,
    mou: 'active',
    informationSharing: 'active',
    incidentResponseDependence: 'active',
    regionalNetwork: 'active',
    buildingNationalCert: 'building',
    nationalCert: 'active',
  },
  vendorStrategy: {
    lockedIn: 'active',
    diversifying: 'building',
    diversified: 'active',
    serviceWithdrawn: 'compromised',
  },
  safeCity: {
    declined: null,
    procured: 'planned',
    installing: 'building',
    limitedPilot: 'active',
    operating: 'active',
    expanding: 'active',
    turnedOnCritics: 'compromised',
  },
  securityPact: {
    refused: null,
    // A draft that leaked before anything was signed.
    leaked: 'planned',
    signedAsDrafted: 'active',
    signedWithLimits: 'active',
    invoked: 'active',
  },
  policeTraining: {
    declined: null,
    trainingInChina: 'building',
    trainingWithPartners: 'building',
    contactsEmbedded: 'active',
    trainedWithPartners: 'active',
  },
  policy: {
    rejected: null,
    delayed: 'planned',
    adopted: 'active',
    reversed: 'ended',
  },
};

export function statusOf(kind: MachineKind, stage: string): FeatureStatus | null {
  return STAGE_STATUS[kind][stage] ?? null;
}
