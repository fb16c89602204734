// Words for what the map shows, shared by its key (drawn on the canvas) and the sentences read to
// screen-reader users, so the picture and the text always say the same thing.
import type { Partner } from '../sim/scenario/scenario.schema.ts';
import type { FeatureKind, MapFeature } from './mapModel.ts';
import type { FeatureStatus } from './stages.ts';

export const PARTNER_NAMES: Readonly<Record<Partner, string>> = {
  china: 'China',
  russia: 'Russia',
  west: 'Western partners',
  regional: 'Regional partners',
  domestic: 'Domestic',
};

const KIND_NAMES: Readonly<Record<Exclude<FeatureKind, 'policy'>, string>> = {
  towers: 'Telecom towers',
  cable: 'Undersea cable',
  cameras: 'Safe City cameras',
  cert: 'CERT partnership',
  network: 'Core network',
  security: 'Security agreement',
  police: 'Police training',
};

export function featureName(feature: MapFeature): string {
  return feature.kind === 'policy' ? feature.optionLabel : KIND_NAMES[feature.kind];
}

const BUILDING: Partial<Record<FeatureKind, string>> = {
  towers: 'being built',
  cable: 'being laid',
  cameras: 'being installed',
  cert: 'being set up',
  network: 'moving to other vendors',
  police: 'officers in training',
};

const ACTIVE: Partial<Record<FeatureKind, string>> = {
  cable: 'in service',
  cert: 'working',
  network: 'running',
  security: 'in force',
  police: 'trained',
  policy: 'in force',
};

/** "being built", "in service", "compromised (breach discovered)"... */
export function statusPhrase(kind: FeatureKind, status: FeatureStatus, stage: string): string {
  const detail = stage.replace(/([A-Z])/g, ' $1').toLowerCase();
  switch (status) {
    case 'planned':
      return 'planned';
    case 'building':
      return BUILDING[kind] ?? 'under way';
    case 'active':
      return ACTIVE[kind] ?? 'operating';
    case 'compromised':
      return detail === 'compromised' ? 'compromised' : `compromised (${detail})`;
    case 'ended':
      return `ended (${detail})`;
  }
}

export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
