// The facilitator's injects, at any moment of a round: one of the scenario's own (events marked
// `inject: true`) or one written on the spot, for every team or for one.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { CustomInject } from '../../sim/state.ts';
import { unconditionalText } from '../../sim/texts.ts';
import { fittingRounds } from '../../sim/eventDates.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { field } from './fields.ts';
import { customInjectForm } from './customInjectForm.ts';
import { targetName, targetOf, targetSelect } from './targets.ts';
import type { Target } from './workshop.ts';

export interface InjectActions {
  /** Each returns how many teams the inject reached. */
  fire: (eventId: string, target: Target) => number;
  fireCustom: (inject: CustomInject, target: Target) => number;
}

function scenarioInjectForm(
  scenario: ScenarioData,
  teams: readonly string[],
  actions: InjectActions,
  said: (text: string) => void,
): HTMLElement {
  const events = scenario.events.filter((e) => e.inject);
  if (events.length === 0) return h('p', {}, t('wsNoScenarioInjects'));
  const event = h(
    'select',
    { id: 'ws-inject-event' },
    ...events.map((e) => h('option', { attrs: { value: e.id } }, e.title)),
  );
  const preview = h('p', { class: 'ws-inject-preview', id: 'ws-inject-preview' });
  const showPreview = () => {
    // Where the inject fits comes first: fired in another round, it is dated by that round.
    const chosen = events.find((e) => e.id === event.value);
    const fits = chosen ? fittingRounds(chosen, scenario) : null;
    const when = fits ? t('wsInjectFits', { rounds: fits }) : t('wsInjectAnyRound');
    preview.textContent = chosen ? `${when}. ${unconditionalText(chosen.text)}` : '';
  };
  event.setAttribute('aria-describedby', preview.id);
  event.addEventListener('change', showPreview);
  showPreview();
  const target = targetSelect('ws-inject-target', teams);
  const form = h(
    'form',
    {
      class: 'ws-inject-form',
      on: {
        submit: (e) => {
          e.preventDefault();
          const to = targetOf(target);
          const title = events.find((ev) => ev.id === event.value)?.title ?? '';
          const reached = actions.fire(event.value, to);
          said(
            reached > 0
              ? t('wsInjectFired', { title, target: targetName(to, teams) })
              : t('wsScenarioInjectRefused'),
          );
        },
      },
    },
    // A fieldset, not a heading: the drawer sits above the round's own headings.
    h(
      'fieldset',
      { class: 'ws-inject-set' },
      h('legend', {}, t('wsScenarioInjects')),
      field(t('wsInjectEvent'), event),
      preview,
      field(t('wsInjectFor'), target),
      h('button', { class: 'primary', attrs: { type: 'submit' } }, t('wsFireInject')),
    ),
  );
  return form;
}

export function injectsView(
  scenario: ScenarioData,
  teams: readonly string[],
  actions: InjectActions,
): HTMLElement {
  // Shown beside the forms (and spoken, as a status) so the whole room sees that the inject landed.
  const status = h('p', { class: 'ws-inject-status', attrs: { role: 'status' } });
  const said = (text: string) => {
    status.textContent = text;
  };
  return h(
    'details',
    { class: 'ws-injects' },
    h('summary', {}, t('wsInjects')),
    h(
      'div',
      { class: 'ws-inject-forms' },
      scenarioInjectForm(scenario, teams, actions, said),
      customInjectForm(teams, actions.fireCustom, said),
    ),
    status,
  );
}
