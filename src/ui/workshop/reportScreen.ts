// The round resolved: each team's report side by side (what happened, what is still to come),
// their indicators, and the way on to the next round or, after the last, to the hot wash.
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { reportLists, roundEntries } from '../panels/RoundReport.ts';
import { teamHeading, teamsCompare } from './teamsCompare.ts';
import type { Team, Workshop } from './workshop.ts';

function teamReport(team: Team): HTMLElement {
  const { session } = team;
  const { state } = session;
  return h(
    'section',
    { class: 'team-column team-report' },
    ...teamHeading(team),
    ...reportLists(
      session,
      roundEntries(state),
      h('p', { class: 'ws-pending-title' }, t('pending')),
    ),
  );
}

export function reportScreen(workshop: Workshop, onAdvance: () => void): HTMLElement {
  const next = workshop.scenario.rounds[workshop.round]?.label;
  const advance = h(
    'button',
    { class: 'primary ws-advance', attrs: { type: 'button' }, on: { click: onAdvance } },
    workshop.isLastRound || next === undefined
      ? t('wsToHotWash')
      : t('wsNextRound', { label: next }),
  );
  return h(
    'div',
    { class: 'ws-report' },
    h(
      'div',
      { class: 'ws-round-bar' },
      h(
        'h2',
        { class: 'ws-round-title', attrs: { tabindex: '-1' } },
        t('roundReport', { label: workshop.roundLabel }),
      ),
      advance,
    ),
    h('div', { class: 'team-grid' }, ...workshop.teams.map(teamReport)),
    teamsCompare(workshop),
  );
}
