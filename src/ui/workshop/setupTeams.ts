// The teams in the setup: a name for each (and a country where the scenario offers several),
// with buttons to add a team (up to six) or remove one (down to two).
import type { ScenarioCard } from 'virtual:scenarios';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { field } from './fields.ts';
import {
  MAX_TEAMS,
  MAX_TEAM_NAME,
  MIN_TEAMS,
  defaultTeamName,
  teamFieldId,
  type PlanDraft,
} from './plan.ts';

export function teamRows(
  card: ScenarioCard | undefined,
  draft: PlanDraft,
  changed: (focus?: string) => void,
) {
  const rows = draft.teams.map((team, i) => {
    const name = h('input', {
      id: teamFieldId(i, 'name'),
      attrs: { type: 'text', maxlength: String(MAX_TEAM_NAME), autocomplete: 'off' },
      on: { input: () => (team.name = name.value) },
    });
    name.value = team.name;
    const countries = card?.countries ?? [];
    const country =
      countries.length > 1
        ? h(
            'select',
            {
              id: teamFieldId(i, 'country'),
              on: { change: () => (team.countryId = country?.value ?? '') },
            },
            ...countries.map((c) => h('option', { attrs: { value: c.id } }, c.name)),
          )
        : null;
    if (country) country.value = team.countryId;
    const remove =
      draft.teams.length > MIN_TEAMS
        ? h(
            'button',
            {
              class: 'ws-remove',
              attrs: { type: 'button' },
              on: {
                click: () => {
                  draft.teams.splice(i, 1);
                  changed(draft.teams.length < MAX_TEAMS ? 'ws-add-team' : teamFieldId(0, 'name'));
                },
              },
            },
            t('wsRemoveTeam', { n: i + 1 }),
          )
        : null;
    return h(
      'li',
      { class: 'ws-team-row' },
      field(t('wsTeamName', { n: i + 1 }), name),
      country ? field(t('wsTeamCountry', { n: i + 1 }), country) : null,
      remove,
    );
  });
  const add =
    draft.teams.length < MAX_TEAMS
      ? h(
          'button',
          {
            id: 'ws-add-team',
            attrs: { type: 'button' },
            on: {
              click: () => {
                const i = draft.teams.length;
                draft.teams.push({
                  name: defaultTeamName(i),
                  countryId: card?.countries[0]?.id ?? '',
                });
                changed(teamFieldId(i, 'name'));
              },
            },
          },
          t('wsAddTeam'),
        )
      : h('p', { class: 'meta' }, t('wsMaxTeams', { max: MAX_TEAMS }));
  return h(
    'fieldset',
    {},
    h('legend', {}, t('wsTeamsLegend', { min: MIN_TEAMS, max: MAX_TEAMS })),
    h('ol', { class: 'ws-team-rows' }, ...rows),
    add,
  );
}
