// A custom inject as the facilitator types it, checked before it reaches any team: a title, and
// whole-number changes within the core's cap for the indicators a player can see. No DOM.
import { MAX_CUSTOM_CHANGE } from '../../sim/chanceEvents.ts';
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import type { CustomInject } from '../../sim/state.ts';
import { t } from '../messages.ts';

export const MAX_INJECT_TITLE = 160;
export const MAX_INJECT_TEXT = 2000;

/** Hidden indicators would give the secret away; derived ones only the loan ledger may move. */
export const INJECTABLE: readonly IndicatorId[] = INDICATOR_IDS.filter(
  (id) => !INDICATORS[id].hidden && !INDICATORS[id].derived,
);

export const changeFieldId = (id: IndicatorId) => `ws-change-${id}`;

export function checkCustomInject(
  title: string,
  text: string,
  changes: Partial<Record<IndicatorId, string>>,
):
  | { inject: CustomInject; problems: [] }
  | { inject: null; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  if (!title.trim())
    problems.push({ field: 'ws-custom-title', message: t('wsProblemInjectTitle') });
  const parsed: Partial<Record<IndicatorId, number>> = {};
  for (const id of INJECTABLE) {
    const raw = (changes[id] ?? '').trim();
    if (raw === '' || raw === '0') continue;
    const value = Number(raw);
    if (!/^[+-]?\d+$/.test(raw) || Math.abs(value) > MAX_CUSTOM_CHANGE)
      problems.push({
        field: changeFieldId(id),
        message: t('wsProblemChange', { label: INDICATORS[id].label, max: MAX_CUSTOM_CHANGE }),
      });
    else parsed[id] = value;
  }
  if (problems.length > 0) return { inject: null, problems };
  return {
    inject: {
      title: title.trim().slice(0, MAX_INJECT_TITLE),
      text: text.trim().slice(0, MAX_INJECT_TEXT),
      changes: parsed,
    },
    problems: [],
  };
}
