// The country's indicators with this round's change, as a table (the debrief and the workshop);
// each name carries its one-sentence meaning (shown on hover and focus, read by screen readers).
// A change is told by arrow and word, and whether it is good for the country in a word and a
// colour: never by colour alone, never coloured by direction.
import { INDICATOR_IDS, INDICATORS, type Indicators } from '../../sim/indicators.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import { changeText, shownNumber, toneOf } from './changeTone.ts';

/** The debrief says a move's meaning itself: it takes the direction and size alone. */
export { moveText as changeText } from './changeTone.ts';

export function formatValue(id: (typeof INDICATOR_IDS)[number], value: number): string {
  const rounded = shownNumber(id, value);
  return INDICATORS[id].unit === '/100'
    ? `${rounded}`
    : `${rounded}${INDICATORS[id].unit.startsWith('%') ? '' : ' '}${INDICATORS[id].unit}`;
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
      h('td', { class: `change ${toneOf(id, delta)}` }, changeText(id, delta)),
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
