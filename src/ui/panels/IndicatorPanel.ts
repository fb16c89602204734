// The country's indicators with this round's change; each name carries its one-sentence meaning
// (shown on hover and focus, read by screen readers). Direction is given in words and arrows,
// never by colour alone.
import { INDICATOR_IDS, INDICATORS, type Indicators } from '../../sim/indicators.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';

function formatValue(id: (typeof INDICATOR_IDS)[number], value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return INDICATORS[id].unit === '/100'
    ? `${rounded}`
    : `${rounded}${INDICATORS[id].unit.startsWith('%') ? '' : ' '}${INDICATORS[id].unit}`;
}

export function changeText(delta: number): string {
  if (Math.abs(delta) < 0.05) return t('unchanged');
  const amount = Math.round(Math.abs(delta) * 10) / 10;
  return `${delta > 0 ? '▲' : '▼'} ${t('indicatorChange', { direction: delta > 0 ? t('up') : t('down'), amount })}`;
}

export function indicatorPanel(
  now: Indicators,
  roundStart: Indicators,
  revealHidden = false,
  changeHeading = t('thisRound'),
): HTMLElement {
  const rows = INDICATOR_IDS.filter((id) => revealHidden || !INDICATORS[id].hidden).map((id) => {
    const meaningId = uid('meaning');
    const delta = now[id] - roundStart[id];
    return h(
      'tr',
      { attrs: { 'data-indicator': id } },
      h(
        'th',
        { attrs: { scope: 'row' } },
        h(
          'span',
          { class: 'indicator-name', attrs: { tabindex: '0', 'aria-describedby': meaningId } },
          INDICATORS[id].label,
        ),
        h('span', { class: 'meaning', id: meaningId }, INDICATORS[id].meaning),
      ),
      h('td', { class: 'value' }, formatValue(id, now[id])),
      h(
        'td',
        { class: delta > 0 ? 'change up' : delta < 0 ? 'change down' : 'change' },
        changeText(delta),
      ),
    );
  });
  return h(
    'table',
    { class: 'indicators' },
    h('caption', {}, t('indicators')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, t('indicatorColumn')),
        h('th', { attrs: { scope: 'col' } }, t('valueColumn')),
        h('th', { attrs: { scope: 'col' } }, changeHeading),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}
