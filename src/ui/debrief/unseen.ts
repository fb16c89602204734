// "What you did not see": the hidden events of this game and how far each hidden indicator grew,
// in plain words with the figures. "Nothing happened behind your back" only when it is true.
import { INDICATOR_IDS, INDICATORS } from '../../sim/indicators.ts';
import type { GameSession } from '../../sim/session.ts';
import type { GameState } from '../../sim/state.ts';
import { h } from '../dom.ts';
import { logTitle } from '../logText.ts';
import { t } from '../messages.ts';
import { nothingUnseen, unseenFacts } from './unseenFacts.ts';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function unseenSection(session: GameSession, state: GameState): (HTMLElement | null)[] {
  const facts = unseenFacts(state);
  const start = state.history[0] ?? state.indicators;
  const round = (r: number) => session.scenario.rounds[r - 1]?.label ?? String(r);
  const hiddenLines = INDICATOR_IDS.filter((id) => INDICATORS[id].hidden).map((id) => {
    const rise = facts.rises.find((r) => r.id === id);
    const vars = {
      label: INDICATORS[id].label,
      from: Math.round(start[id]),
      to: Math.round(state.indicators[id]),
      meaning: lowerFirst(INDICATORS[id].meaning),
    };
    return h(
      'li',
      { class: rise ? 'db-rose' : undefined, attrs: { 'data-indicator': id } },
      t(rise ? 'dbHiddenRose' : 'dbHiddenStill', vars),
    );
  });
  return [
    nothingUnseen(facts)
      ? h('p', { class: 'db-unseen-lead' }, t('unseenNone'))
      : h('p', { class: 'db-unseen-lead' }, t('dbUnseenLead')),
    facts.events.length > 0
      ? h(
          'ul',
          { class: 'db-hidden-events' },
          ...facts.events.map((e) =>
            h('li', {}, `${round(e.round)}: ${logTitle(session.index, e)}`),
          ),
        )
      : null,
    h('ul', { class: 'db-hidden-indicators' }, ...hiddenLines),
  ];
}
