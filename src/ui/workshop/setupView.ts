// Setting up a workshop: the scenario, 2-6 named teams (each with its country where a scenario
// offers several), the shared seed so every team faces the same dice, and the round timer.
import type { ScenarioCard } from 'virtual:scenarios';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';
import { field } from './fields.ts';
import { showProblems } from './formErrors.ts';
import { teamRows } from './setupTeams.ts';
import { MAX_SEED } from '../../sim/rng.ts';
import {
  MAX_TIMER_MINUTES,
  checkPlan,
  newDraft,
  plannedTime,
  type PlanDraft,
  type WorkshopPlan,
} from './plan.ts';

export const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] as number;

function scenarioChoice(cards: readonly ScenarioCard[], draft: PlanDraft, changed: () => void) {
  return h(
    'fieldset',
    {},
    h('legend', {}, t('wsScenario')),
    ...cards.map((card, i) => {
      const radio = h('input', {
        id: i === 0 ? 'ws-scenario' : `ws-scenario-${card.id}`,
        attrs: { type: 'radio', name: 'ws-scenario', value: card.id },
        on: {
          change: () => {
            const countryId = card.countries[0]?.id ?? '';
            draft.scenarioId = card.id;
            for (const team of draft.teams) team.countryId = countryId;
            changed();
          },
        },
      });
      radio.checked = card.id === draft.scenarioId;
      const meta = `${t('years', card.years)} · ${t('wsRoundsCount', { n: card.rounds.length })}`;
      return h(
        'div',
        { class: 'ws-radio' },
        radio,
        h('label', { attrs: { for: radio.id } }, h('strong', {}, card.title), ` (${meta})`),
      );
    }),
  );
}

function diceAndTimer(draft: PlanDraft) {
  const seed = h('input', {
    id: 'ws-seed',
    attrs: {
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      'aria-describedby': 'ws-seed-hint',
    },
    on: { input: () => (draft.seedText = seed.value) },
  });
  seed.value = draft.seedText;
  const reroll = () => {
    draft.seedText = String(randomSeed());
    seed.value = draft.seedText;
  };
  const minutes = h('input', {
    id: 'ws-minutes',
    attrs: { type: 'number', min: '1', max: String(MAX_TIMER_MINUTES), step: '1' },
    on: { input: () => (draft.minutesText = minutes.value) },
  });
  minutes.value = draft.minutesText;
  minutes.disabled = !draft.timerOn;
  const timerOn = h('input', {
    id: 'ws-timer-on',
    attrs: { type: 'checkbox' },
    on: {
      change: () => {
        draft.timerOn = timerOn.checked;
        minutes.disabled = !timerOn.checked;
      },
    },
  });
  timerOn.checked = draft.timerOn;
  return [
    h(
      'fieldset',
      {},
      h('legend', {}, t('wsDice')),
      field(
        t('wsSeed'),
        seed,
        h('p', { class: 'meta', id: 'ws-seed-hint' }, t('wsSeedHint', { max: MAX_SEED })),
      ),
      h('button', { attrs: { type: 'button' }, on: { click: reroll } }, t('wsNewSeed')),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('wsTimer')),
      h(
        'div',
        { class: 'ws-check' },
        timerOn,
        h('label', { attrs: { for: timerOn.id } }, t('wsUseTimer')),
      ),
      field(t('wsMinutes'), minutes),
    ),
  ];
}

export function setupView(
  cards: readonly ScenarioCard[],
  onStart: (plan: WorkshopPlan) => void,
  onBack: () => void,
  problem?: string,
): HTMLElement {
  const first = cards[0];
  const draft = newDraft(first ?? { id: '', countries: [] }, randomSeed());
  const problems = h('div', { class: 'ws-problems', attrs: { role: 'alert' } });
  if (problem) problems.append(h('p', {}, problem));
  const fields = h('div', { class: 'ws-setup-fields' });
  const planned = h('p', { class: 'ws-planned', attrs: { 'aria-live': 'polite' } });
  const showPlanned = () => {
    const rounds = cards.find((c) => c.id === draft.scenarioId)?.rounds.length ?? 0;
    const minutes = Number(draft.minutesText);
    const valid = Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIMER_MINUTES;
    planned.textContent = plannedTime(rounds, draft.timerOn ? (valid ? minutes : null) : null);
    planned.hidden = draft.timerOn && !valid;
  };
  const render = (focus?: string) => {
    const card = cards.find((c) => c.id === draft.scenarioId);
    replaceChildren(
      fields,
      scenarioChoice(cards, draft, () => render('ws-scenario')),
      teamRows(card, draft, render),
      ...diceAndTimer(draft),
    );
    showPlanned();
    if (focus) fields.querySelector<HTMLElement>(`#${CSS.escape(focus)}`)?.focus();
  };
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'ws-setup-form',
      attrs: { novalidate: '' },
      on: {
        input: showPlanned,
        change: showPlanned,
        submit: (event) => {
          event.preventDefault();
          const checked = checkPlan(draft, cards);
          showProblems(form, problems, checked.problems);
          if (checked.plan) onStart(checked.plan);
        },
      },
    },
    problems,
    fields,
    planned,
    h('button', { class: 'primary ws-start', attrs: { type: 'submit' } }, t('wsStart')),
  );
  render();
  return h(
    'section',
    { class: 'workshop ws-setup', attrs: { 'aria-labelledby': 'ws-setup-title' } },
    h('h1', { id: 'ws-setup-title', attrs: { tabindex: '-1' } }, t('wsSetupTitle')),
    h('p', { class: 'tagline' }, t('wsSetupIntro')),
    form,
    h('p', {}, h('button', { attrs: { type: 'button' }, on: { click: onBack } }, t('backToTitle'))),
  );
}
