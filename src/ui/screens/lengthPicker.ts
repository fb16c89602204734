// The game length on a scenario card: the full game or its lesson cut (the key decisions only),
// each with its estimated minutes. Radio buttons in a fieldset, so the choice is read out with
// its legend and made with the keyboard alone.
import type { ScenarioCard } from 'virtual:scenarios';
import type { GameLength } from '../../sim/scenario/lessonCut.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';

export interface LengthPicker {
  element: HTMLElement;
  value(): GameLength;
}

export function lengthPicker(card: ScenarioCard, initial: GameLength): LengthPicker | null {
  if (card.lessonMinutes === null) return null;
  const name = uid('length');
  const choices: [GameLength, string][] = [
    ['full', t('lengthFull', { n: card.minutes })],
    ['lesson', t('lengthLesson', { n: card.lessonMinutes })],
  ];
  const radios = choices.map(([length, label]) => {
    const id = uid('length');
    const radio = h('input', { id, attrs: { type: 'radio', name, value: length } });
    radio.checked = length === initial;
    return {
      length,
      radio,
      element: h('span', {}, radio, h('label', { attrs: { for: id } }, label)),
    };
  });
  const element = h(
    'fieldset',
    { class: 'game-length' },
    h('legend', {}, t('gameLength')),
    ...radios.map((r) => r.element),
    h('p', { class: 'meta' }, t('lengthLessonNote')),
  );
  return {
    element,
    value: () => radios.find((r) => r.radio.checked)?.length ?? 'full',
  };
}

export function lengthLabel(card: ScenarioCard, length: GameLength): string {
  return length === 'lesson' && card.lessonMinutes !== null
    ? t('lengthLesson', { n: card.lessonMinutes })
    : t('lengthFull', { n: card.minutes });
}
