// The player's game year by year beside what really happened, in one table a student reads across:
// what they chose (and whether reality chose the same) and the world's events of that year.
import type { GameSession } from '../../sim/session.ts';
import type { GameState } from '../../sim/state.ts';
import { findOption } from '../../sim/scenario/scenarioIndex.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { alignHistory } from './historyAlign.ts';

function choiceLine(session: GameSession, decision: string, option: string): string {
  const picked = findOption(session.index, decision, option);
  const label = picked?.headline ?? picked?.label ?? option;
  const real = session.scenario.history.find((e) => e.decision === decision && e.chose);
  if (!real) return label;
  return `${label} (${t(real.chose === option ? 'dbAsInReality' : 'dbNotAsInReality')})`;
}

/** The games to show side by side: the player's, and in a what-if the original beside it. */
export interface YearColumn {
  heading: string;
  state: GameState;
}

export function yearByYear(session: GameSession, games: readonly YearColumn[]): HTMLElement {
  const { scenario } = session;
  const labels = scenario.rounds.map((r) => r.label);
  const aligned = alignHistory(
    labels,
    scenario.history.map((e) => e.date),
  );
  const list = (items: string[]) =>
    items.length > 0 ? h('ul', {}, ...items.map((text) => h('li', {}, text))) : '–';
  const col = (text: string) => h('th', { attrs: { scope: 'col' } }, text);
  return h(
    'section',
    { class: 'db-years', attrs: { 'aria-labelledby': 'db-years-title' } },
    h('h3', { id: 'db-years-title' }, t('dbYearsTitle')),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h('tr', {}, col(t('year')), ...games.map((g) => col(g.heading)), col(t('dbInReality'))),
      ),
      h(
        'tbody',
        {},
        ...labels.map((label, i) => {
          const chosen = (state: GameState) =>
            state.choices
              .filter((c) => c.round === i + 1)
              .map((c) => choiceLine(session, c.decision, c.option));
          const real = (aligned[i] ?? []).map((k) => {
            const entry = scenario.history[k];
            return entry ? (entry.short ?? entry.title) : '';
          });
          return h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, label),
            ...games.map((g) =>
              h('td', { attrs: { 'data-label': g.heading } }, list(chosen(g.state))),
            ),
            h('td', { attrs: { 'data-label': t('dbInReality') } }, list(real)),
          );
        }),
      ),
    ),
  );
}
