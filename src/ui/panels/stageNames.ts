// Every stage a deal can reach, in words a student knows ("building its own CERT", not the
// lifecycle's state name). A stage missing here falls back to its state name split into words,
// and a unit test fails until it is named.
import { stageLabel } from '../../sim/machines/lifecycles.ts';
import { t, type MessageKey } from '../messages.ts';

export const STAGE_NAMES: Readonly<Record<string, MessageKey>> = {
  deferred: 'stageDeferred',
  signed: 'stageSigned',
  building: 'stageBuilding',
  operating: 'stageOperating',
  breachDiscovered: 'stageBreachDiscovered',
  debtDistress: 'stageDebtDistress',
  renegotiated: 'stageRenegotiated',
  refused: 'stageRefused',
  waiting: 'stageWaiting',
  contracted: 'stageContracted',
  laying: 'stageLaying',
  inService: 'stageInService',
  outage: 'stageOutage',
  compromised: 'stageCompromised',
  secured: 'stageSecured',
  unprotected: 'stageUnprotected',
  mou: 'stageMou',
  informationSharing: 'stageInformationSharing',
  incidentResponseDependence: 'stageIncidentResponseDependence',
  regionalNetwork: 'stageRegionalNetwork',
  buildingNationalCert: 'stageBuildingNationalCert',
  nationalCert: 'stageNationalCert',
  lockedIn: 'stageLockedIn',
  diversifying: 'stageDiversifying',
  serviceWithdrawn: 'stageServiceWithdrawn',
  diversified: 'stageDiversified',
  limitedPilot: 'stageLimitedPilot',
  procured: 'stageProcured',
  installing: 'stageInstalling',
  expanding: 'stageExpanding',
  turnedOnCritics: 'stageTurnedOnCritics',
  declined: 'stageDeclined',
  leaked: 'stageLeaked',
  signedAsDrafted: 'stageSignedAsDrafted',
  signedWithLimits: 'stageSignedWithLimits',
  invoked: 'stageInvoked',
  trainingInChina: 'stageTrainingInChina',
  trainingWithPartners: 'stageTrainingWithPartners',
  contactsEmbedded: 'stageContactsEmbedded',
  trainedWithPartners: 'stageTrainedWithPartners',
  delayed: 'stageDelayed',
  adopted: 'stageAdopted',
  reversed: 'stageReversed',
  rejected: 'stageRejected',
};

export function stageName(stage: string): string {
  const key = STAGE_NAMES[stage];
  return key ? t(key) : stageLabel(stage);
}
