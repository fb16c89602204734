// The three choices that mattered most, each with the largest moves it caused over the game.
import { INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import type { GameSession } from '../../sim/session.ts';
import type { GameState } from '../../sim/state.ts';
import { findOption } from '../../sim/scenario/scenarioIndex.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { changeText } from '../panels/IndicatorPanel.ts';
import { choicesThatMattered, largestMoves } from './mattered.ts';

/** Whether a move was good or bad for the country, in words, where the indicator says which. */
function verdict(id: IndicatorId, delta: number): string {
  const better = INDICATORS[id].higherIsBetter;
  if (better === null) return '';
  return ` (${t(better === delta > 0 ? 'dbBetter' : 'dbWorse')})`;
}

export function topChoices(
  session: GameSession,
  state: GameState,
  whatIf = false,
): HTMLElement | null {
  const top = choicesThatMattered(state, 3);
  if (top.length === 0) return null;
  return h(
    'section',
    { class: 'db-top', attrs: { 'aria-labelledby': 'db-top-title' } },
    h(
      'h3',
      { id: 'db-top-title' },
      t(whatIf ? 'dbTopTitleWhatIf' : 'dbTopTitle', { count: top.length }),
    ),
    h(
      'ol',
      {},
      ...top.map((c) => {
        const decision = session.index.decisions.get(c.decision);
        const option = findOption(session.index, c.decision, c.option);
        const round = session.scenario.rounds[c.round - 1]?.label ?? String(c.round);
        const moves = largestMoves(c.net, 3)
          .map(
            ([id, delta]) =>
              `${INDICATORS[id].label} ${changeText(delta, id)}${verdict(id, delta)}`,
          )
          .join('; ');
        return h(
          'li',
          {},
          h(
            'p',
            { class: 'db-choice' },
            h('strong', {}, `${round}: ${option?.headline ?? option?.label ?? c.option}`),
            ` (${decision?.title ?? c.decision})`,
          ),
          h('p', { class: 'db-moves' }, t('dbItMoved', { moves })),
        );
      }),
    ),
  );
}
