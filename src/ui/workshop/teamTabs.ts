// The team switcher, built on the WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home, End)
// move between teams, and each tab says in words whether its team is still deciding.
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import type { TeamStatus } from './workshop.ts';

export const TEAM_PANEL_ID = 'ws-team-panel';
export const tabId = (i: number) => `ws-tab-${i}`;

export interface TabTeam {
  name: string;
  status: TeamStatus;
}

export function teamTabs(
  teams: readonly TabTeam[],
  active: number,
  onSelect: (i: number, fromKeyboard: boolean) => void,
): HTMLElement {
  const count = teams.length;
  const keyTarget: Record<string, (i: number) => number> = {
    ArrowRight: (i) => (i + 1) % count,
    ArrowLeft: (i) => (i - 1 + count) % count,
    Home: () => 0,
    End: () => count - 1,
  };
  const tabs = teams.map((team, i) =>
    h(
      'button',
      {
        class: `team-tab ${team.status}`,
        id: tabId(i),
        attrs: {
          type: 'button',
          role: 'tab',
          'aria-selected': String(i === active),
          'aria-controls': TEAM_PANEL_ID,
          tabindex: i === active ? '0' : '-1',
        },
        on: {
          click: () => onSelect(i, false),
          keydown: (event) => {
            const move = keyTarget[event.key];
            if (!move) return;
            event.preventDefault();
            onSelect(move(i), true);
          },
        },
      },
      h('span', { class: 'team-tab-name' }, team.name),
      h(
        'span',
        { class: 'team-tab-status' },
        team.status === 'deciding' ? t('wsStatusDeciding') : t('wsStatusDecided'),
      ),
    ),
  );
  return h(
    'div',
    { class: 'team-tabs', attrs: { role: 'tablist', 'aria-label': t('wsTeams') } },
    ...tabs,
  );
}
