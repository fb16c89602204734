// One team's turn on the projector: the news that reached it this year (injects, events at the
// year's start), then its decision, or what it decided and who is still deciding.
import type { GameSession } from '../../sim/session.ts';
import { h } from '../dom.ts';
import { logTitle } from '../logText.ts';
import { t } from '../messages.ts';
import { decisionPanel } from '../panels/DecisionPanel.ts';
import { logEntryItem } from '../panels/RoundReport.ts';
import { TEAM_PANEL_ID, tabId } from './teamTabs.ts';
import type { Workshop } from './workshop.ts';

export interface TeamPanelActions {
  choose: (team: number, decision: string, option: string) => void;
  undo: (team: number) => void;
}

/**
 * What the team can know before it decides: injects at any time, and events logged before its
 * first choice this year. Events rolled after the choices wait for the round's report.
 */
function newsSoFar(session: GameSession): HTMLElement | null {
  const { state } = session;
  const thisRound = state.log.filter((e) => e.round === state.round && !e.hidden);
  const firstChoice = thisRound.findIndex((e) => e.kind === 'decision');
  const news = thisRound.filter(
    (e, i) =>
      e.kind === 'inject' ||
      ((e.kind === 'event' || e.kind === 'election') && (firstChoice === -1 || i < firstChoice)),
  );
  if (news.length === 0) return null;
  // Folded to one line so the decision stays in view; an inject opens it: the room must see it.
  const details = h(
    'details',
    { class: 'team-news' },
    h(
      'summary',
      {},
      t('wsNewsSummary', { titles: news.map((e) => logTitle(session.index, e)).join(' · ') }),
    ),
    h('ul', { class: 'log' }, ...news.map((entry) => logEntryItem(session, entry))),
  );
  details.open = news.some((e) => e.kind === 'inject');
  return details;
}

function decidedSummary(workshop: Workshop, i: number, actions: TeamPanelActions): HTMLElement {
  const team = workshop.teams[i];
  if (!team) return h('p', {});
  const { state, index } = team.session;
  const choices = state.choices.filter((c) => c.round === state.round);
  const waiting = workshop.teams.filter((_, k) => workshop.status(k) === 'deciding');
  return h(
    'div',
    { class: 'team-decided' },
    h('h2', { attrs: { tabindex: '-1' } }, t('wsTeamDecidedTitle', { team: team.name })),
    choices.length > 0
      ? h(
          'ul',
          {},
          ...choices.map((c) => {
            const decision = index.decisions.get(c.decision);
            const option = decision?.options.find((o) => o.id === c.option);
            return h(
              'li',
              {},
              `${decision?.title ?? c.decision}: `,
              h('strong', {}, option?.label ?? c.option),
            );
          }),
        )
      : h('p', {}, t('wsNoDecision', { team: team.name })),
    workshop.canUndo(i)
      ? h(
          'button',
          { class: 'ws-undo', attrs: { type: 'button' }, on: { click: () => actions.undo(i) } },
          t('wsUndo', { team: team.name }),
        )
      : null,
    h(
      'p',
      { class: 'ws-waiting' },
      waiting.length > 0
        ? t('wsWaitingFor', { teams: waiting.map((w) => w.name).join(', ') })
        : t('wsAllDecided'),
    ),
  );
}

export function teamPanel(workshop: Workshop, actions: TeamPanelActions): HTMLElement {
  const i = workshop.activeTeam;
  const team = workshop.teams[i];
  const panel = h('div', {
    class: 'team-panel',
    id: TEAM_PANEL_ID,
    attrs: { role: 'tabpanel', 'aria-labelledby': tabId(i) },
  });
  if (!team) return panel;
  const { session } = team;
  const pending = session.state.pending;
  const country = session.scenario.countries.find((c) => c.id === team.countryId);
  const deciding = workshop.status(i) === 'deciding' && pending[0] !== undefined;
  panel.append(
    h(
      'p',
      { class: 'eyebrow team-eyebrow' },
      t('wsTeamOf', { team: team.name, country: country?.name ?? team.countryId }),
      deciding && pending.length > 1 ? ` · ${t('wsDecisionsLeft', { n: pending.length })}` : '',
    ),
    // The map engineer mounts each team's map here (see src/map/mountMap.ts); empty until then.
    h('div', { class: 'team-map', attrs: { 'data-team': String(i), hidden: '' } }),
  );
  const news = newsSoFar(session);
  if (deciding) {
    const decision = pending[0] as string;
    panel.append(decisionPanel(session, decision, (option) => actions.choose(i, decision, option)));
    if (news) panel.insertBefore(news, panel.lastElementChild);
  } else {
    panel.append(decidedSummary(workshop, i, actions));
    if (news) panel.append(news);
  }
  return panel;
}
