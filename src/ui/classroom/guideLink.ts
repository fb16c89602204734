// The guide's class-link section: the teacher chooses the length, the dice, how countries are
// assigned and two or three questions; the link and its QR code follow every change (linkOutput.ts).
import type { GameLength } from '../../sim/scenario/lessonCut.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { MAX_SEED } from '../../sim/rng.ts';
import { h, replaceChildren, uid } from '../dom.ts';
import { t } from '../messages.ts';
import {
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  wholeNumber,
  type Assign,
  type ClassLink,
} from './classLink.ts';
import { section } from './guideSections.ts';
import { linkOutput } from './linkOutput.ts';
import './classLink.css';

/** Fresh dice small enough to write on the board. */
const freshSeed = () => ((crypto.getRandomValues(new Uint32Array(1))[0] as number) % 9999) + 1;

function radio(name: string, value: string, label: string, checked: boolean, onPick: () => void) {
  const id = uid('lk-radio');
  const input = h('input', { id, attrs: { type: 'radio', name, value } });
  input.checked = checked;
  input.addEventListener('change', onPick);
  return h('div', { class: 'choice' }, input, h('label', { attrs: { for: id } }, label));
}

function fieldset(legend: string, ...children: (Node | null)[]): HTMLElement {
  return h('fieldset', {}, h('legend', {}, legend), ...children);
}

export function classLinkSection(scenario: ScenarioData): HTMLElement {
  const countries = scenario.countries;
  const state = {
    length: 'full' as GameLength,
    seedText: String(freshSeed()),
    assign: (countries.length > 1 ? 'choice' : 'same') as Assign['kind'],
    country: countries[0]?.id ?? '',
    questions: new Set<number>(),
  };
  const output = h('div');
  // A scenario with fewer questions than a link chooses gets a link without questions.
  const asksQuestions = scenario.questions.length >= MIN_QUESTIONS;
  const group = uid('lk');

  const update = () => {
    const seed = wholeNumber(state.seedText.trim(), 0, MAX_SEED);
    const chosen = [...state.questions].sort((a, b) => a - b);
    const problems = [
      ...(seed === null ? [t('lkAllowedSeed', { max: MAX_SEED })] : []),
      ...(asksQuestions && (chosen.length < MIN_QUESTIONS || chosen.length > MAX_QUESTIONS)
        ? [t('lkQuestionsNeeded', { min: MIN_QUESTIONS, max: MAX_QUESTIONS, n: chosen.length })]
        : []),
    ];
    if (problems.length > 0) {
      replaceChildren(
        output,
        ...problems.map((p) => h('p', { class: 'link-problem screen-only' }, p)),
      );
      return;
    }
    const assign: Assign =
      state.assign === 'same' ? { kind: 'same', country: state.country } : { kind: state.assign };
    const link: ClassLink = {
      scenario: scenario.id,
      length: state.length,
      seed,
      assign,
      questions: chosen,
    };
    replaceChildren(output, linkOutput(scenario, link));
  };

  const seedId = uid('lk-seed');
  const seedInput = h('input', {
    id: seedId,
    attrs: { type: 'text', inputmode: 'numeric', autocomplete: 'off', value: state.seedText },
  });
  seedInput.addEventListener('input', () => {
    state.seedText = seedInput.value;
    update();
  });
  const newDice = () => {
    seedInput.value = state.seedText = String(freshSeed());
    update();
  };

  const countryId = uid('lk-country');
  const countrySelect = h(
    'select',
    { id: countryId },
    ...countries.map((c) => h('option', { attrs: { value: c.id } }, c.name)),
  );
  const pickAssign = (kind: Assign['kind']) => () => {
    state.assign = kind;
    update();
  };
  const sameChoice = radio(`${group}-assign`, 'same', t('lkAssignSame'), false, pickAssign('same'));
  // Choosing the country says "the same country for everyone": the radio follows.
  countrySelect.addEventListener('change', () => {
    state.country = countrySelect.value;
    const same = sameChoice.querySelector('input');
    if (same) same.checked = true;
    pickAssign('same')();
  });

  const questionBoxes = scenario.questions.map((q, i) => {
    const id = uid('lk-q');
    const box = h('input', { id, attrs: { type: 'checkbox', value: String(i + 1) } });
    box.addEventListener('change', () => {
      if (box.checked) state.questions.add(i + 1);
      else state.questions.delete(i + 1);
      update();
    });
    return h(
      'div',
      { class: 'choice' },
      box,
      h('label', { attrs: { for: id } }, t('reportQuestion', { n: i + 1, text: q.text })),
    );
  });

  const form = h(
    'div',
    { class: 'link-form screen-only' },
    fieldset(
      t('lkLength'),
      radio(
        `${group}-length`,
        'full',
        t('lkLengthFull', { minutes: scenario.minutes }),
        true,
        () => {
          state.length = 'full';
          update();
        },
      ),
      scenario.lesson
        ? radio(
            `${group}-length`,
            'lesson',
            t('lkLengthLesson', { minutes: scenario.lesson.minutes }),
            false,
            () => {
              state.length = 'lesson';
              update();
            },
          )
        : null,
    ),
    h(
      'div',
      { class: 'link-seed' },
      h('label', { attrs: { for: seedId } }, t('lkDice', { max: MAX_SEED })),
      seedInput,
      h('button', { attrs: { type: 'button' }, on: { click: newDice } }, t('lkDiceNew')),
      h('p', { class: 'meta' }, t('lkDiceHelp')),
    ),
    countries.length > 1
      ? fieldset(
          t('lkAssign'),
          sameChoice,
          h(
            'div',
            { class: 'choice-detail' },
            h('label', { attrs: { for: countryId } }, t('lkAssignCountry')),
            countrySelect,
          ),
          radio(
            `${group}-assign`,
            'seat',
            t('lkAssignSeat', { countries: countries.map((c) => c.name).join(', ') }),
            false,
            pickAssign('seat'),
          ),
          radio(`${group}-assign`, 'choice', t('lkAssignChoice'), true, pickAssign('choice')),
        )
      : null,
    asksQuestions
      ? fieldset(t('lkQuestions', { min: MIN_QUESTIONS, max: MAX_QUESTIONS }), ...questionBoxes)
      : null,
  );
  update();
  return section(t('lkGuideTitle'), false, h('p', {}, t('lkGuideIntro')), form, output);
}
