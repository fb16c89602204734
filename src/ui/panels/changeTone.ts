// Whether a change is good or bad for the country, told in words (and coloured by the caller):
// data exposure rising is "worse" although it goes up. Indicators with no better direction
// (alignment, the share owed to China, regime stability) are only said to move.
import { INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import { t } from '../messages.ts';

export type Tone = 'better' | 'worse' | 'neutral' | 'none';

const STILL = 0.05;

export function toneOf(id: IndicatorId, delta: number): Tone {
  if (Math.abs(delta) < STILL) return 'none';
  const better = INDICATORS[id].higherIsBetter;
  if (better === null) return 'neutral';
  return delta > 0 === better ? 'better' : 'worse';
}

/**
 * One rounding rule for every figure on screen: scores out of 100 as whole numbers, percentages
 * to one decimal (a share of 16.7% or a debt of 2.4% of GDP, but a fiscal room of 36, not 35.9).
 */
export function shownNumber(id: IndicatorId | undefined, value: number): number {
  return id && INDICATORS[id].unit === '/100' ? Math.round(value) : Math.round(value * 10) / 10;
}

/** A change's size by the same rule; a score that moved by less than 1 says so in words. */
export function roundedAmount(delta: number, id?: IndicatorId): string {
  const amount = shownNumber(id, Math.abs(delta));
  return amount === 0 ? t('lessThanOne') : String(amount);
}

/** "▲ up 3": a move's direction and size alone, for callers that say its meaning themselves. */
export function moveText(delta: number, id?: IndicatorId): string {
  if (Math.abs(delta) < STILL) return t('unchanged');
  return `${delta > 0 ? '▲' : '▼'} ${t('indicatorChange', {
    direction: delta > 0 ? t('up') : t('down'),
    amount: roundedAmount(delta, id),
  })}`;
}

/** "▲ up 3, worse": direction by arrow and word, and the meaning in a word where there is one. */
export function changeText(id: IndicatorId, delta: number): string {
  const tone = toneOf(id, delta);
  const moved = moveText(delta, id);
  return tone === 'better' || tone === 'worse' ? `${moved}, ${t(tone)}` : moved;
}

/** "Data exposure +15 (worse)": a change as one phrase, for reports and chips. */
export function changePhrase(id: IndicatorId, delta: number): string {
  const tone = toneOf(id, delta);
  const sign = delta > 0 ? '+' : '−';
  const amount = roundedAmount(delta, id);
  const base =
    amount === t('lessThanOne')
      ? `${INDICATORS[id].label} ${delta > 0 ? t('up') : t('down')} ${amount}`
      : `${INDICATORS[id].label} ${sign}${amount}`;
  return tone === 'better' || tone === 'worse' ? `${base} (${t(tone)})` : base;
}
