// Starting points for composed strategies, built from the schema's own words (lenders, partners,
// measures): they read whatever each scenario says about its options, and name no case study.
import type { RuleStrategyData } from '../../sim/strategyRules.ts';
import { t, type MessageKey } from '../messages.ts';

const PRESETS: Record<string, { label: MessageKey; rules: RuleStrategyData['rules'] }> = {
  refuseChina: { label: 'labPresetRefuseChina', rules: [{ avoid: { financing: 'china' } }] },
  cheapest: { label: 'labPresetCheapest', rules: [{ lowest: 'cost' }] },
  domestic: { label: 'labPresetDomestic', rules: [{ prefer: { partner: 'domestic' } }] },
  west: { label: 'labPresetWest', rules: [{ prefer: { partner: 'west' } }] },
  careful: {
    label: 'labPresetCareful',
    rules: [
      { if: { indicator: 'publicDebt', atLeast: 40 }, avoid: { borrows: true } },
      { lowest: 'cost' },
    ],
  },
};

export const PRESET_IDS = Object.keys(PRESETS);

export function presetLabel(id: string): string {
  return PRESETS[id] ? t(PRESETS[id].label) : t('labPresetEmpty');
}

/** A preset's strategy, or an empty one to fill in (named so that two never look alike). */
export function preset(id: string, count: number): RuleStrategyData {
  const found = PRESETS[id];
  return found
    ? { name: t(found.label), rules: found.rules, otherwise: 'first' }
    : { name: `${t('labStrategy')} ${count}`, rules: [], otherwise: 'first' };
}
