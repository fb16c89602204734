// The first screen: the scenario cards, then (where a scenario offers several) the countries.
import type { ScenarioCard } from 'virtual:scenarios';
import type { GameLength } from '../../sim/scenario/lessonCut.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { lengthLabel, lengthPicker } from './lengthPicker.ts';

export interface TitleOptions {
  saves: {
    summary(scenarioId: string): { round: number } | null;
    has(scenarioId: string): boolean;
  };
  /** The length chosen at first on each card that offers a lesson cut. */
  length: GameLength;
  onNew: (card: ScenarioCard, length: GameLength) => void;
  onContinue: (card: ScenarioCard) => void;
}

function cardActions(card: ScenarioCard, options: TitleOptions): HTMLElement {
  const picker = lengthPicker(card, options.length);
  const onNew = () => options.onNew(card, picker?.value() ?? 'full');
  const play = h(
    'button',
    {
      class: 'primary',
      attrs: { type: 'button', 'aria-label': `${t('play')}: ${card.title}` },
      on: { click: onNew },
    },
    t('play'),
  );
  if (!options.saves.has(card.id)) return h('div', { class: 'actions' }, picker?.element, play);
  const round = options.saves.summary(card.id)?.round;
  const label = round ? (card.rounds[round - 1] ?? String(round)) : '?';
  return h(
    'div',
    { class: 'actions' },
    picker?.element,
    h(
      'button',
      {
        class: 'primary',
        attrs: {
          type: 'button',
          'aria-label': `${t('continueGame', { round: label })}: ${card.title}`,
        },
        on: { click: () => options.onContinue(card) },
      },
      t('continueGame', { round: label }),
    ),
    h(
      'button',
      {
        attrs: { type: 'button', 'aria-label': `${t('newGame')}: ${card.title}` },
        on: { click: onNew },
      },
      t('newGame'),
    ),
    h('p', { class: 'meta' }, t('newGameReplaces')),
  );
}

export function titleScreen(cards: readonly ScenarioCard[], options: TitleOptions): HTMLElement {
  return h(
    'section',
    { class: 'title-screen', attrs: { 'aria-labelledby': 'title' } },
    h('h1', { id: 'title', attrs: { tabindex: '-1' } }, t('appTitle')),
    h('p', { class: 'tagline' }, t('appTagline')),
    h(
      'nav',
      { class: 'modes', attrs: { 'aria-label': t('otherModes') } },
      h('a', { attrs: { href: '#/teacher' } }, t('teacherGuideLink')),
      h('a', { attrs: { href: '#/class' } }, t('classViewLink')),
      h('a', { attrs: { href: '#/workshop' } }, t('workshopLink')),
      h('a', { attrs: { href: '#/rooms' } }, t('roomsLink')),
      h('a', { attrs: { href: '#/lab' } }, t('labLink')),
    ),
    h('h2', {}, t('chooseScenario')),
    h(
      'ul',
      { class: 'cards' },
      ...cards.map((card) =>
        h(
          'li',
          { class: 'card' },
          h('h3', {}, card.title),
          h(
            'p',
            { class: 'meta' },
            // A card with a lesson cut gives both lengths' minutes beside the choice of length.
            [
              card.region,
              t('years', { start: card.years.start, end: card.years.end }),
              card.lessonMinutes === null ? t('minutes', { n: card.minutes }) : null,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
          h('p', {}, card.summary),
          h(
            'details',
            {},
            h('summary', {}, t('whatItTeaches')),
            h('ul', {}, ...card.objectives.map((o) => h('li', {}, o))),
          ),
          cardActions(card, options),
        ),
      ),
    ),
  );
}

export function countryScreen(
  card: ScenarioCard,
  length: GameLength,
  onPick: (countryId: string) => void,
  onBack: () => void,
): HTMLElement {
  return h(
    'section',
    { class: 'country-screen', attrs: { 'aria-labelledby': 'country-title' } },
    h(
      'h1',
      { id: 'country-title', attrs: { tabindex: '-1' } },
      `${card.title}: ${t('chooseCountry')}`,
    ),
    card.lessonMinutes !== null &&
      h('p', { class: 'meta' }, t('countryScreenLength', { length: lengthLabel(card, length) })),
    h(
      'ul',
      { class: 'cards' },
      ...card.countries.map((c) =>
        h(
          'li',
          { class: 'card' },
          h('h2', {}, c.name),
          h('p', {}, c.summary),
          h(
            'button',
            { class: 'primary', attrs: { type: 'button' }, on: { click: () => onPick(c.id) } },
            t('playAs', { name: c.name }),
          ),
        ),
      ),
    ),
    h('button', { attrs: { type: 'button' }, on: { click: onBack } }, t('back')),
  );
}
