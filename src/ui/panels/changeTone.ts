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

export function roundedAmount(delta: number): number {
  return Math.round(Math.abs(delta) * 10) / 10;
}

/** "▲ up 3": a move's direction and size alone, for callers that say its meaning themselves. */
export function moveText(delta: number): string {
  if (Math.abs(delta) < STILL) return t('unchanged');
  return `${delta > 0 ? '▲' : '▼'} ${t('indicatorChange', {
    direction: delta > 0 ? t('up') : t('down'),
    amount: roundedAmount(delta),
  })}`;
}

/** "▲ up 3, worse": direction by arrow and word, and the meaning in a word where there is one. */
export function changeText(id: IndicatorId, delta: number): string {
  const tone = toneOf(id, delta);
  const moved = moveText(delta);
  return tone === 'better' || tone === 'worse' ? `${moved}, ${t(tone)}` : moved;
}

/** "Data exposure +15 (worse)": a change as one phrase, for reports and chips. */
export function changePhrase(id: IndicatorId, delta: number): string {
  const tone = toneOf(id, delta);
  const sign = delta > 0 ? '+' : '−';
  const base = `${INDICATORS[id].label} ${sign}${roundedAmount(delta)}`;
  return tone === 'better' || tone === 'worse' ? `${base} (${t(tone)})` : base;
}
