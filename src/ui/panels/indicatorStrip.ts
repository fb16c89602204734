// The compact indicator HUD that stays in view while the player decides: one chip per visible
// indicator with a short name, its value and this round's change (arrow, word, and whether it is
// better or worse for the country). The full name and meaning are its accessible description.
import {
  INDICATOR_IDS,
  INDICATORS,
  type IndicatorId,
  type Indicators,
} from '../../sim/indicators.ts';
import { h, uid } from '../dom.ts';
import { t, type MessageKey } from '../messages.ts';
import { changeText, toneOf } from './changeTone.ts';
import { formatValue } from './IndicatorPanel.ts';

const SHORT: Record<IndicatorId, MessageKey> = {
  connectivity: 'hudConnectivity',
  publicDebt: 'hudPublicDebt',
  chinaDebtShare: 'hudChinaDebtShare',
  budget: 'hudBudget',
  dataExposure: 'hudDataExposure',
  certMaturity: 'hudCertMaturity',
  civilLiberties: 'hudCivilLiberties',
  regimeStability: 'hudRegimeStability',
  publicTrust: 'hudPublicTrust',
  alignChina: 'hudAlignChina',
  alignRussia: 'hudAlignRussia',
  alignWest: 'hudAlignWest',
  prcVisibility: 'hudPrcVisibility',
  westVisibility: 'hudWestVisibility',
};

export function indicatorStrip(now: Indicators, roundStart: Indicators): HTMLElement {
  const chips = INDICATOR_IDS.filter((id) => !INDICATORS[id].hidden).map((id) => {
    const meaningId = uid('meaning');
    const delta = now[id] - roundStart[id];
    const tone = toneOf(id, delta);
    return h(
      'li',
      { class: `hud-chip ${tone}`, attrs: { 'data-indicator': id } },
      h(
        'span',
        {
          class: 'indicator-name',
          attrs: { tabindex: '0', 'aria-describedby': meaningId, title: INDICATORS[id].label },
        },
        h('span', { attrs: { 'aria-hidden': 'true' } }, t(SHORT[id])),
        h('span', { class: 'visually-hidden' }, INDICATORS[id].label),
      ),
      h(
        'span',
        { class: 'meaning', id: meaningId, attrs: { role: 'tooltip' } },
        `${INDICATORS[id].label}: ${INDICATORS[id].meaning}`,
      ),
      h('span', { class: 'value' }, formatValue(id, now[id])),
      h('span', { class: `change ${tone}` }, changeText(id, delta)),
    );
  });
  return h('ul', { class: 'hud-strip' }, ...chips);
}
