// Connectivity on the country itself: each tower site and cable landing covers the land around it,
// more as the deal moves from being built to in service. Pure: the picture and the sentences read
// the same list.
import type { PlaceData } from '../sim/scenario/scenario.schema.ts';
import type { MapFeature } from './mapModel.ts';
import type { FeatureStatus } from './stages.ts';

export interface CoverageSpot {
  place: PlaceData;
  /** 0-1: how much of its full reach the site covers now. */
  strength: number;
  /** Reach when in full service, in kilometres. */
  km: number;
}

/** Towers reach the land around them; a cable landing carries the capital's traffic further. */
const REACH_KM: Partial<Record<MapFeature['kind'], number>> = { towers: 70, cable: 110 };

const STRENGTH: Readonly<Record<FeatureStatus, number>> = {
  planned: 0,
  building: 0.45,
  active: 1,
  // A breach does not switch the network off: it still carries calls, now watched.
  compromised: 1,
  ended: 0,
};

export function buildCoverage(features: readonly MapFeature[]): CoverageSpot[] {
  const spots = new Map<string, CoverageSpot>();
  for (const feature of features) {
    const km = REACH_KM[feature.kind];
    const strength = STRENGTH[feature.status];
    if (!km || strength === 0) continue;
    // A cable lands once, at its first site; towers stand at every site.
    const sites = feature.kind === 'cable' ? feature.sites.slice(0, 1) : feature.sites;
    for (const place of sites) {
      const had = spots.get(place.id);
      if (!had || had.strength * had.km < strength * km)
        spots.set(place.id, { place, strength, km });
    }
  }
  return [...spots.values()];
}
