// The ending: its profile and explanation, the final indicators with the hidden ones revealed,
// and the player's choices beside what really happened.
import type { GameSession } from '../../sim/session.ts';
import type { Indicators } from '../../sim/indicators.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { indicatorPanel } from './IndicatorPanel.ts';
import { sourcesDisclosure } from './sources.ts';

export function endPanel(session: GameSession, onPlayAgain: () => void): HTMLElement {
  const scenario = session.scenario;
  const state = session.state;
  const ending = scenario.endings.find((e) => e.id === state.ending);
  const start = state.history[0] as Indicators;
  const choices = state.choices.map((c) => {
    const decision = session.index.decisions.get(c.decision);
    const option = decision?.options.find((o) => o.id === c.option);
    return h(
      'li',
      {},
      `${scenario.rounds[c.round - 1]?.label ?? c.round}: ${decision?.title ?? c.decision} — ${option?.label ?? c.option}`,
    );
  });
  const history = scenario.history.map((entry) =>
    h(
      'li',
      {},
      h('p', {}, h('strong', {}, `${entry.date}: ${entry.title}. `), entry.text),
      entry.disputed ? h('p', { class: 'disputed' }, entry.disputed) : null,
      sourcesDisclosure(scenario, entry),
    ),
  );
  return h(
    'section',
    { class: 'ending', attrs: { 'aria-labelledby': 'ending-title' } },
    h('p', { class: 'eyebrow' }, t('ending')),
    h('h2', { id: 'ending-title', attrs: { tabindex: '-1' } }, ending?.title ?? ''),
    h('p', { class: 'summary' }, ending?.summary ?? ''),
    h('p', {}, ending?.explanation ?? ''),
    ending ? sourcesDisclosure(scenario, ending) : null,
    h('h3', {}, t('finalIndicators')),
    indicatorPanel(state.indicators, start, true),
    h(
      'div',
      { class: 'timelines' },
      h('section', {}, h('h3', {}, t('yourChoices')), h('ol', {}, ...choices)),
      h('section', {}, h('h3', {}, t('history')), h('ol', {}, ...history)),
    ),
    h(
      'button',
      { class: 'primary', attrs: { type: 'button' }, on: { click: onPlayAgain } },
      t('playAgain'),
    ),
  );
}
