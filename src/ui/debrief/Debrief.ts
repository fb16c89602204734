// The debrief, the most important screen for teaching. By default it fits a lesson's last minutes:
// how the game ended, the three choices that mattered most, charts of the indicators that moved
// most, and the player's years beside what really happened. Everything else (why it ended so, every
// chart and number, the full timelines and history, what the player never saw, the questions and
// the "what if" rewinds) is folded one click or key away.
import { INDICATOR_IDS, type Indicators } from '../../sim/indicators.ts';
import type { GameSession } from '../../sim/session.ts';
import type { GameState } from '../../sim/state.ts';
import { askedScenario } from '../classroom/askedQuestions.ts';
import { studentReport } from '../classroom/studentReport.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { indicatorPanel } from '../panels/IndicatorPanel.ts';
import { sourcesDisclosure } from '../panels/sources.ts';
import { endingAsRead } from '../../sim/endings.ts';
import { chartLegend, indicatorChart, type Series } from './charts.ts';
import './debrief.css';
import { fold } from './fold.ts';
import { indicatorsThatMoved } from './mattered.ts';
import { endingOf, historyList, playerTimeline, questionList } from './timelines.ts';
import { topChoices } from './topChoices.ts';
import { unseenSection } from './unseen.ts';
import { yearByYear } from './yearByYear.ts';

export interface DebriefActions {
  onRewind: (choiceIndex: number) => void;
  onPlayAgain: () => void;
}

/** How many charts the default view shows: enough for the story, few enough to fit a screen. */
const DEFAULT_CHARTS = 4;

function rewinds(session: GameSession, state: GameState, onRewind: (i: number) => void) {
  return [
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
  ];
}

function charts(
  series: Series[],
  labels: string[],
  ids: readonly (typeof INDICATOR_IDS)[number][],
) {
  return h('div', { class: 'chart-grid' }, ...ids.map((id) => indicatorChart(id, series, labels)));
}

export function debrief(
  session: GameSession,
  actions: DebriefActions,
  original?: GameState,
): HTMLElement {
  const state = session.state;
  const { scenario } = session;
  const ending = endingOf(session, state);
  // The ending as this game's player read it: only the parts true of their game.
  const read = endingAsRead(state, session.index);
  const labels = [t('start'), ...scenario.rounds.map((r) => r.label)];
  const series: Series[] = original
    ? [
        { name: t('original'), history: original.history, dash: '' },
        { name: t('alternative'), history: state.history, dash: '6 4' },
      ]
    : [{ name: t('yourChoices'), history: state.history, dash: '' }];
  const moved = indicatorsThatMoved([...state.history, ...(original?.history ?? [])]);
  return h(
    'section',
    { class: 'ending debrief', attrs: { 'aria-labelledby': 'ending-title' } },
    h('p', { class: 'eyebrow' }, t('ending')),
    h('h2', { id: 'ending-title', attrs: { tabindex: '-1' } }, ending?.title ?? ''),
    h('p', { class: 'summary' }, read?.summary ?? ''),
    original
      ? h('p', {}, t('dbOriginalEnded', { ending: endingOf(session, original)?.title ?? '' }))
      : null,
    topChoices(session, state, original !== undefined),
    h(
      'section',
      { class: 'charts', attrs: { 'aria-labelledby': 'db-charts-title' } },
      h('h3', { id: 'db-charts-title' }, t('dbChartsTitle')),
      chartLegend(series),
      charts(series, labels, moved.slice(0, DEFAULT_CHARTS)),
    ),
    yearByYear(
      session,
      original
        ? [
            { heading: t('original'), state: original },
            { heading: t('alternative'), state },
          ]
        : [{ heading: t('dbYouChose'), state }],
    ),
    h('p', { class: 'db-more screen-only' }, t('dbMore')),
    original
      ? fold('compare', t('compareTitle'), [
          h(
            'div',
            { class: 'timelines' },
            playerTimeline(session, original, t('original')),
            playerTimeline(session, state, t('alternative')),
          ),
        ])
      : null,
    fold('db-why', t('dbWhy'), [
      h('p', {}, read?.explanation ?? ''),
      ending ? sourcesDisclosure(scenario, ending) : null,
    ]),
    fold('db-final', t('finalIndicators'), [
      indicatorPanel(state.indicators, state.history[0] as Indicators, true, t('sinceStart')),
    ]),
    fold('db-all-charts', t('dbAllCharts'), [
      chartLegend(series),
      charts(series, labels, INDICATOR_IDS),
    ]),
    original
      ? null
      : fold('db-timeline', t('dbYourGame'), [playerTimeline(session, state, t('yourChoices'))]),
    fold('db-history', t('dbHistoryFull'), [historyList(scenario)]),
    fold('db-unseen', t('unseen'), unseenSection(session, state)),
    scenario.questions.length > 0
      ? fold('db-questions', t('questions'), [
          // A section of its own, so print.css can leave it out where the report repeats it. No
          // teacher notes: they live in the teacher's guide, never in the student's page.
          h('section', {}, questionList(askedScenario(scenario))),
          // A what-if is a sketch: the report is of the game the student actually played.
          original ? null : studentReport(scenario, state),
        ])
      : null,
    fold('db-what-if', t('whatIf'), rewinds(session, state, actions.onRewind)),
    h(
      'button',
      { class: 'primary', attrs: { type: 'button' }, on: { click: actions.onPlayAgain } },
      t('playAgain'),
    ),
  );
}
