// One option as a card a class can compare at a glance: a headline, one sentence, chips for what
// is known now (immediate changes, builder, financing), and everything else (the full text, why a
// government says yes, what critics warn, the sources) one click or key away.
import { INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import type { OptionData, ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { OptionStatus } from '../../sim/playerChoices.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { changePhrase, toneOf } from './changeTone.ts';
import type { Glossary } from './glossary.ts';
import { knownCosts, knownLoans } from './knownCosts.ts';
import { sourcesDisclosure } from './sources.ts';

/** The first sentence of a text: the fallback for a missing short form. */
export function firstSentence(text: string): string {
  const match = /^[\s\S]*?[.!?](?=\s+[A-Z"“(]|\s*$)/.exec(text.trim());
  return (match?.[0] ?? text).trim();
}

function chips(option: OptionData): HTMLElement[] {
  const changes = (option.effects?.now ?? []).flatMap((effect) =>
    Object.entries(effect.change ?? {})
      .filter(([id]) => !INDICATORS[id as IndicatorId].hidden)
      .map(([id, delta]) => {
        const tone = toneOf(id as IndicatorId, delta ?? 0);
        return h('li', { class: `chip ${tone}` }, changePhrase(id as IndicatorId, delta ?? 0));
      }),
  );
  const terms = (option.terms ?? []).map((term) =>
    h('li', { class: 'chip term-chip' }, h('strong', {}, `${term.label}: `), term.value),
  );
  // Without terms of its own, an option's loan is still known now: say it as a chip.
  const loans =
    terms.length > 0 ? [] : knownLoans(option).map((l) => h('li', { class: 'chip' }, l));
  return [...terms, ...loans, ...changes];
}

export function optionCard(
  scenario: ScenarioData,
  option: OptionData,
  status: OptionStatus,
  glossary: Glossary,
  onChoose: () => void,
): HTMLElement {
  const sentence = option.short ?? firstSentence(option.description);
  const known = knownCosts(option);
  const found = chips(option);
  const offer = [
    h('p', { class: 'option-short' }, ...glossary.mark(sentence)),
    found.length > 0
      ? h('ul', { class: 'chips', attrs: { 'aria-label': t('knownNow') } }, ...found)
      : null,
  ];
  return h(
    'li',
    { class: status.available ? 'option' : 'option closed' },
    // One name on the card: the label, a near twin of the headline, stays the button's name.
    h('h4', { class: 'option-headline' }, option.headline ?? option.label),
    // A closed option says first why it is closed; what it offered waits one click away.
    ...(status.available
      ? offer
      : [h('p', { class: 'closed-reason' }, t('closed', { reason: status.reason }))]),
    // Choose comes right after the offer, the reasons below it: the buttons of cards side by side
    // line up and stay on the first screen.
    status.available
      ? h(
          'button',
          {
            class: 'choose',
            // Seen as "Choose" under the offer; heard (and found by voice control) with the label.
            attrs: { type: 'button', 'aria-label': t('choose', { label: option.label }) },
            on: { click: onChoose },
          },
          t('chooseShort'),
        )
      : null,
    h(
      'div',
      { class: 'option-more' },
      h(
        'details',
        { class: 'more' },
        h('summary', {}, t('optionMore')),
        ...(status.available ? [] : offer),
        // Where many cards share a docked column, their chips wait here (shown by the style sheet
        // only there, so they are never seen twice).
        status.available && found.length > 0
          ? h(
              'ul',
              { class: 'chips chips-folded', attrs: { 'aria-label': t('knownNow') } },
              ...chips(option),
            )
          : null,
        sentence !== option.description.trim()
          ? h('p', {}, ...glossary.mark(option.description, true))
          : null,
        option.appeal
          ? h('p', { class: 'appeal' }, h('strong', {}, `${t('appeal')}: `), option.appeal)
          : null,
        option.risk
          ? h('p', { class: 'risk' }, h('strong', {}, `${t('risk')}: `), option.risk)
          : null,
        known ? h('p', { class: 'known' }, h('strong', {}, `${t('knownNow')}: `), known) : null,
      ),
      sourcesDisclosure(scenario, option),
    ),
  );
}
