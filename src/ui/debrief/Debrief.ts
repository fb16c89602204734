// The debrief, the most important screen for teaching: how it ended and why, the indicators over
// the years, the player's timeline beside what really happened, what the player never saw, the
// discussion questions, and "what if" rewinds to any decision (side by side with the original).
import type { Indicators } from '../../sim/indicators.ts';
import type { GameSession } from '../../sim/session.ts';
import type { GameState } from '../../sim/state.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { indicatorPanel } from '../panels/IndicatorPanel.ts';
import { sourcesDisclosure } from '../panels/sources.ts';
import { studentReport } from '../classroom/studentReport.ts';
import { endingAsRead } from '../../sim/endings.ts';
import { endingOf, historyTimeline, playerTimeline, questionList } from './timelines.ts';
import { CHARTED_INDICATORS, indicatorChart, type Series } from './charts.ts';

export interface DebriefActions {
  onRewind: (choiceIndex: number) => void;
  onPlayAgain: () => void;
}

function unseen(session: GameSession, state: GameState): HTMLElement {
  const hidden = state.log.filter((e) => e.hidden);
  return h(
    'section',
    {},
    h('h3', {}, t('unseen')),
    hidden.length > 0
      ? h(
          'ul',
          {},
          ...hidden.map((e) =>
            h('li', {}, `${session.scenario.rounds[e.round - 1]?.label ?? e.round}: ${e.title}`),
          ),
        )
      : h('p', {}, t('unseenNone')),
    h('p', {}, t('hiddenVisibility', { value: Math.round(state.indicators.prcVisibility) })),
  );
}

function questions(session: GameSession): HTMLElement | null {
  if (session.scenario.questions.length === 0) return null;
  return h(
    'section',
    {},
    h('h3', {}, t('questions')),
    questionList(session.scenario, t('teacherNotes')),
  );
}

function whatIf(
  session: GameSession,
  state: GameState,
  onRewind: (i: number) => void,
): HTMLElement {
  return h(
    'section',
    {},
    h('h3', {}, t('whatIf')),
    h('p', {}, t('whatIfIntro')),
    h(
      'ul',
      { class: 'rewinds' },
      ...state.choices.map((c, i) => {
        const decision = session.index.decisions.get(c.decision);
        const round = session.scenario.rounds[c.round - 1]?.label ?? String(c.round);
        return h(
          'li',
          {},
          h(
            'button',
            { attrs: { type: 'button' }, on: { click: () => onRewind(i) } },
            t('rewindTo', { round, decision: decision?.title ?? c.decision }),
          ),
        );
      }),
    ),
  );
}

export function debrief(
  session: GameSession,
  actions: DebriefActions,
  original?: GameState,
): HTMLElement {
  const state = session.state;
  const { scenario } = session;
  const ending = endingOf(session, state);
  const read = endingAsRead(state, session.index);
  const labels = [t('start'), ...scenario.rounds.map((r) => r.label)];
  const series: Series[] = original
    ? [
        { name: t('original'), history: original.history, dash: '' },
        { name: t('alternative'), history: state.history, dash: '6 4' },
      ]
    : [{ name: t('yourChoices'), history: state.history, dash: '' }];
  return h(
    'section',
    { class: 'ending debrief', attrs: { 'aria-labelledby': 'ending-title' } },
    h('p', { class: 'eyebrow' }, t('ending')),
    h('h2', { id: 'ending-title', attrs: { tabindex: '-1' } }, ending?.title ?? ''),
    h('p', { class: 'summary' }, read?.summary ?? ''),
    h('p', {}, read?.explanation ?? ''),
    ending ? sourcesDisclosure(scenario, ending) : null,
    original
      ? h(
          'section',
          { class: 'compare' },
          h('h3', {}, t('compareTitle')),
          h(
            'div',
            { class: 'timelines' },
            playerTimeline(session, original, t('original')),
            playerTimeline(session, state, t('alternative')),
          ),
        )
      : null,
    h('h3', {}, t('finalIndicators')),
    indicatorPanel(state.indicators, state.history[0] as Indicators, true, t('sinceStart')),
    h(
      'section',
      { class: 'charts' },
      h('h3', {}, t('charts')),
      h(
        'div',
        { class: 'chart-grid' },
        ...CHARTED_INDICATORS.map((id) => indicatorChart(id, series, labels)),
      ),
    ),
    h(
      'div',
      { class: 'timelines' },
      original ? null : playerTimeline(session, state, t('yourChoices')),
      historyTimeline(session),
    ),
    unseen(session, state),
    questions(session),
    // A what-if is a sketch: the report is of the game the student actually played.
    original ? null : studentReport(scenario, state),
    whatIf(session, state, actions.onRewind),
    h(
      'button',
      { class: 'primary', attrs: { type: 'button' }, on: { click: actions.onPlayAgain } },
      t('playAgain'),
    ),
  );
}
