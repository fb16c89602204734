// Pieces of the hot wash: each team's ending and timeline, the chart legend (which line is which
// team, by dash and colour), what really happened, and the discussion prompts.
import { endingAsRead } from '../../sim/endings.ts';
import type { LogEntry } from '../../sim/state.ts';
import { h } from '../dom.ts';
import { logTitle } from '../logText.ts';
import { t, type MessageKey } from '../messages.ts';
import { historyList, questionList } from '../debrief/timelines.ts';
import { teamHeading } from './teamsCompare.ts';
import type { Team, Workshop } from './workshop.ts';

/** One dash pattern per team (up to six), so lines differ without relying on colour. */
export const DASHES = ['', '9 4', '2 3', '12 3 2 3', '1 6', '16 4 2 4 2 4'] as const;

const KIND_LABEL: Partial<Record<LogEntry['kind'], MessageKey>> = {
  decision: 'wsKindChoice',
  event: 'wsKindEvent',
  inject: 'wsKindInject',
  election: 'wsKindElection',
};

export function endingCard(team: Team): HTMLElement {
  const { scenario, state } = team.session;
  const read = endingAsRead(state, team.session.index);
  const country = scenario.countries.find((c) => c.id === team.countryId);
  return h(
    'article',
    { class: 'team-column ws-ending' },
    h('h3', {}, team.name),
    h('p', { class: 'eyebrow' }, country?.name ?? team.countryId),
    h('p', { class: 'ws-ending-title' }, h('strong', {}, read?.ending.title ?? t('wsNoEnding'))),
    read ? h('p', {}, read.summary) : null,
  );
}

export function teamTimeline(team: Team): HTMLElement {
  const { scenario, state } = team.session;
  const rounds = scenario.rounds.map((round, r) => {
    const entries = state.log.filter((e) => e.round === r + 1 && KIND_LABEL[e.kind]);
    return h(
      'li',
      {},
      h('h4', {}, round.label),
      entries.length > 0
        ? h(
            'ul',
            {},
            ...entries.map((e) =>
              h(
                'li',
                { class: `ws-entry ws-kind-${e.kind}${e.hidden ? ' hidden-event' : ''}` },
                h('span', { class: 'ws-kind' }, `${t(KIND_LABEL[e.kind] as MessageKey)}: `),
                logTitle(team.session.index, e),
                e.hidden ? ` (${t('hiddenUntilDebrief')})` : '',
              ),
            ),
          )
        : h('p', { class: 'meta' }, t('nothingHappened')),
    );
  });
  return h(
    'section',
    { class: 'team-column ws-timeline' },
    ...teamHeading(team),
    h('ol', { class: 'ws-rounds' }, ...rounds),
  );
}

const SVG = 'http://www.w3.org/2000/svg';

export function chartLegend(workshop: Workshop): HTMLElement {
  return h(
    'ul',
    { class: 'ws-legend', attrs: { 'aria-label': t('wsLegend') } },
    ...workshop.teams.map((team, i) => {
      const sample = document.createElementNS(SVG, 'svg');
      sample.setAttribute('viewBox', '0 0 48 10');
      sample.setAttribute('aria-hidden', 'true');
      sample.setAttribute('class', `ws-legend-line series-${i}`);
      const line = document.createElementNS(SVG, 'line');
      for (const [k, v] of Object.entries({ x1: 0, y1: 5, x2: 48, y2: 5 }))
        line.setAttribute(k, String(v));
      line.setAttribute('stroke-dasharray', DASHES[i] ?? '');
      sample.append(line);
      return h('li', {}, sample, team.name);
    }),
  );
}

export function historyTrack(workshop: Workshop): HTMLElement {
  return h(
    'section',
    { class: 'ws-history', attrs: { 'aria-labelledby': 'ws-history-title' } },
    h('h2', { id: 'ws-history-title' }, t('history')),
    historyList(workshop.scenario),
  );
}

export function discussionPrompts(workshop: Workshop): HTMLElement | null {
  if (workshop.scenario.questions.length === 0) return null;
  return h(
    'section',
    { class: 'ws-prompts', attrs: { 'aria-labelledby': 'ws-prompts-title' } },
    h('h2', { id: 'ws-prompts-title' }, t('wsPrompts')),
    questionList(workshop.scenario, t('wsFacilitatorNotes')),
  );
}
