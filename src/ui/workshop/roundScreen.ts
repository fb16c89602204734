// A round on the projector: which year it is and who has decided, the team tabs with the decision
// of the team whose turn it is, and every team's indicators side by side.
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { teamPanel, type TeamPanelActions } from './teamPanel.ts';
import { teamsCompare } from './teamsCompare.ts';
import { teamTabs } from './teamTabs.ts';
import type { Workshop } from './workshop.ts';

export interface RoundActions extends TeamPanelActions {
  resolve: () => void;
  select: (team: number, fromKeyboard: boolean) => void;
}

export function roundHeading(workshop: Workshop): HTMLElement {
  return h(
    'h2',
    { class: 'ws-round-title', attrs: { tabindex: '-1' } },
    t('round', {
      n: workshop.round,
      total: workshop.scenario.rounds.length,
      label: workshop.roundLabel,
    }),
  );
}

function progress(workshop: Workshop, actions: RoundActions): HTMLElement {
  const decided = workshop.teams.filter((_, i) => workshop.status(i) === 'decided').length;
  return h(
    'div',
    { class: 'ws-progress' },
    h('p', {}, t('wsDecidedCount', { n: decided, total: workshop.teams.length })),
    workshop.allDecided()
      ? h(
          'button',
          {
            class: 'primary ws-resolve',
            attrs: { type: 'button' },
            on: { click: actions.resolve },
          },
          t('wsResolve'),
        )
      : null,
  );
}

export function roundScreen(workshop: Workshop, actions: RoundActions): HTMLElement {
  const tabs = teamTabs(
    workshop.teams.map((team, i) => ({ name: team.name, status: workshop.status(i) })),
    workshop.activeTeam,
    actions.select,
  );
  return h(
    'div',
    { class: 'ws-round' },
    h('div', { class: 'ws-round-bar' }, roundHeading(workshop), progress(workshop, actions)),
    tabs,
    teamPanel(workshop, actions),
    teamsCompare(workshop),
  );
}
