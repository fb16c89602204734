// The country's indicators: what each one means to a student, its range, and whether the player
// can see it during play. The mechanisms in the scenarios move these numbers; nothing else does.

export const INDICATOR_IDS = [
  'connectivity',
  'publicDebt',
  'chinaDebtShare',
  'budget',
  'dataExposure',
  'certMaturity',
  'civilLiberties',
  'regimeStability',
  'publicTrust',
  'alignChina',
  'alignRussia',
  'alignWest',
  'prcVisibility',
  'westVisibility',
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];
export type Indicators = Record<IndicatorId, number>;

export interface IndicatorInfo {
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** One sentence a student can repeat in their own words. */
  readonly meaning: string;
  /** Hidden indicators are the secret side of deals: revealed only in the debrief. */
  readonly hidden: boolean;
  /** Derived indicators are computed from the loan ledger, never changed directly by effects. */
  readonly derived: boolean;
  /** Whether a higher value is generally better for the country (for colour-free up/down cues). */
  readonly higherIsBetter: boolean | null;
}

const pct = { unit: '%', min: 0, max: 100, hidden: false, derived: false } as const;
const score = { unit: '/100', min: 0, max: 100, hidden: false, derived: false } as const;

export const INDICATORS: Readonly<Record<IndicatorId, IndicatorInfo>> = {
  connectivity: {
    ...pct,
    label: 'Connectivity',
    meaning: 'The share of people who can get a reliable mobile or internet connection.',
    higherIsBetter: true,
  },
  publicDebt: {
    ...pct,
    max: 200,
    derived: true,
    label: 'Public debt',
    unit: '% of GDP',
    meaning: 'What the state owes, measured against what the whole economy produces in a year.',
    higherIsBetter: false,
  },
  chinaDebtShare: {
    ...pct,
    derived: true,
    label: 'Debt owed to China',
    meaning:
      'The share of the public debt owed to Chinese state lenders: a lever over later choices.',
    higherIsBetter: null,
  },
  budget: {
    ...score,
    label: 'Fiscal room',
    meaning: 'How much the government can still spend on new programmes after paying its debts.',
    higherIsBetter: true,
  },
  dataExposure: {
    ...score,
    label: 'Data exposure',
    meaning:
      "How much of the country's data could be reached by a foreign state through the networks it runs on.",
    higherIsBetter: false,
  },
  certMaturity: {
    ...score,
    label: 'Cyber-security capacity',
    meaning:
      'How well the country can detect and answer cyber attacks on its own (its CERT and its people).',
    higherIsBetter: true,
  },
  civilLiberties: {
    ...score,
    label: 'Civil liberties',
    meaning:
      'How freely people can speak, organise and criticise the government without being watched.',
    higherIsBetter: true,
  },
  regimeStability: {
    ...score,
    label: 'Regime stability',
    meaning: 'How secure the government in power is, whether or not the people support it.',
    higherIsBetter: null,
  },
  publicTrust: {
    ...score,
    label: 'Public trust',
    meaning: 'How far citizens believe the government acts openly and in their interest.',
    higherIsBetter: true,
  },
  alignChina: {
    ...score,
    label: 'Alignment with China',
    meaning: 'How closely the country is tied to Beijing: finance, vendors, security and votes.',
    higherIsBetter: null,
  },
  alignRussia: {
    ...score,
    label: 'Alignment with Russia',
    meaning:
      'How closely the country follows Moscow: its laws, its security ties and its media models.',
    higherIsBetter: null,
  },
  alignWest: {
    ...score,
    label: 'Alignment with Western partners',
    meaning:
      'How closely the country works with Australia, the United States, Europe and their allies.',
    higherIsBetter: null,
  },
  prcVisibility: {
    ...score,
    hidden: true,
    label: 'PRC visibility (hidden)',
    meaning:
      "How much China's security services can see of the country's networks, incidents and officials.",
    higherIsBetter: false,
  },
  westVisibility: {
    ...score,
    hidden: true,
    label: 'Western visibility (hidden)',
    meaning:
      "How much Western intelligence services (the Five Eyes) can see of the country's networks, incidents and officials.",
    higherIsBetter: false,
  },
};

export function clampIndicator(id: IndicatorId, value: number): number {
  const { min, max } = INDICATORS[id];
  return Math.min(max, Math.max(min, Math.round(value * 100) / 100));
}

export function isIndicatorId(value: string): value is IndicatorId {
  return (INDICATOR_IDS as readonly string[]).includes(value);
}
