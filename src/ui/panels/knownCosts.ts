// What a player can know of an option before choosing it: its immediate effects and the terms of
// any loan it takes. Later consequences stay hidden, as they do for a real government.
import { INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import type { EffectData } from '../../sim/scenario/effects.schema.ts';
import type { OptionData } from '../../sim/scenario/scenario.schema.ts';
import { t } from '../messages.ts';
import { plural } from './plural.ts';

const YEARS = { one: 'yearsOne', other: 'yearsMany' } as const;

const CREDITOR_NAMES: Record<string, string> = {
  china: 'Chinese state lenders',
  west: 'Western partners',
  multilateral: 'multilateral lenders',
  other: 'other lenders',
};

function changes(effects: readonly EffectData[]): string[] {
  return effects.flatMap((e) =>
    Object.entries(e.change ?? {})
      .filter(([id]) => !INDICATORS[id as IndicatorId].hidden)
      .map(
        ([id, delta]) =>
          `${INDICATORS[id as IndicatorId].label} ${(delta ?? 0) > 0 ? '+' : ''}${delta}`,
      ),
  );
}

export function knownLoans(option: OptionData): string[] {
  return Object.values(option.effects ?? {})
    .flat()
    .flatMap((e) => (e.borrow ? [e.borrow] : []))
    .map((b) =>
      t('knownLoan', {
        pct: b.pctGdp,
        creditor: CREDITOR_NAMES[b.creditor] ?? b.creditor,
        rate: b.ratePct,
        years: plural(b.years, YEARS),
        grace: plural(b.graceYears, YEARS),
      }),
    );
}

export function knownCosts(option: OptionData): string | null {
  const known = [...changes(option.effects?.now ?? []), ...knownLoans(option)];
  return known.length > 0 ? known.join('; ') : null;
}
