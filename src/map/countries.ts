// How a scenario's countries and partners are named in the world atlas (Natural Earth), and which
// of a scenario's places is each country's capital when a scenario lists several capitals.
import type { Partner } from '../sim/scenario/scenario.schema.ts';

interface CountryOnMap {
  /** The country's name in world-atlas, when it differs from the scenario's name for it. */
  atlas?: string;
  /** The place id of its capital in the scenario's `map.places`. */
  capital?: string;
}

export const COUNTRIES_ON_MAP: Readonly<Record<string, CountryOnMap>> = {
  'solomon-islands': { atlas: 'Solomon Is.', capital: 'honiara' },
  'papua-new-guinea': { atlas: 'Papua New Guinea', capital: 'port-moresby' },
  vanuatu: { atlas: 'Vanuatu', capital: 'port-vila' },
  fiji: { atlas: 'Fiji', capital: 'suva' },
  kazakhstan: { atlas: 'Kazakhstan', capital: 'astana' },
  kyrgyzstan: { atlas: 'Kyrgyzstan', capital: 'bishkek' },
  uzbekistan: { atlas: 'Uzbekistan', capital: 'tashkent' },
  tajikistan: { atlas: 'Tajikistan', capital: 'dushanbe' },
  turkmenistan: { atlas: 'Turkmenistan', capital: 'ashgabat' },
};

/** The atlas country each partner stands for, shaded on the map when it is in view. */
export const PARTNER_COUNTRIES: Readonly<Partial<Record<Partner, readonly string[]>>> = {
  china: ['China'],
  russia: ['Russia'],
};

export function atlasName(countryId: string, countryName: string): string {
  return COUNTRIES_ON_MAP[countryId]?.atlas ?? countryName;
}
