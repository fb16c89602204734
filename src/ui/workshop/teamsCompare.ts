// Every team's indicators side by side (the game's own indicator table, one per team), so the
// room can compare where the teams' choices are taking their countries.
import type { Indicators } from '../../sim/indicators.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { indicatorPanel } from '../panels/IndicatorPanel.ts';
import type { Team, Workshop } from './workshop.ts';

/** A team's name, and its country where the scenario lets teams play different ones. */
export function teamHeading(team: Team): HTMLElement[] {
  const { countries } = team.session.scenario;
  const country = countries.find((c) => c.id === team.countryId);
  return countries.length > 1
    ? [h('h3', {}, team.name), h('p', { class: 'eyebrow team-country' }, country?.name ?? '')]
    : [h('h3', {}, team.name)];
}

export function teamsCompare(workshop: Workshop, revealHidden = false): HTMLElement {
  const columns = workshop.teams.map((team) => {
    const { state } = team.session;
    const from = revealHidden
      ? state.history[0]
      : (state.history[state.round - 1] ?? state.history[0]);
    const table = indicatorPanel(
      state.indicators,
      from as Indicators,
      revealHidden,
      revealHidden ? t('sinceStart') : t('thisRound'),
    );
    // Each table names its team, so a screen reader's table list tells them apart.
    const caption = table.querySelector('caption');
    if (caption) caption.textContent = t('wsTeamIndicators', { team: team.name });
    return h('section', { class: 'team-column' }, ...teamHeading(team), table);
  });
  return h(
    'section',
    { class: 'teams-compare', attrs: { 'aria-labelledby': 'ws-compare-title' } },
    h('h2', { id: 'ws-compare-title' }, revealHidden ? t('wsFinalIndicators') : t('wsAllTeams')),
    h('div', { class: 'team-grid' }, ...columns),
  );
}
