// A decision put to the player: the offer, its sources, and each option with its terms, the
// government's reasons to say yes, the critics' warnings, and a button (or why it is closed).
import type { GameSession } from '../../sim/session.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { knownCosts } from './knownCosts.ts';
import { sourcesDisclosure } from './sources.ts';

export function decisionPanel(
  session: GameSession,
  decisionId: string,
  onChoose: (option: string) => void,
): HTMLElement {
  const decision = session.index.decisions.get(decisionId);
  if (!decision) throw new Error(`unknown decision ${decisionId}`);
  const scenario = session.scenario;
  const options = decision.options.map((option) => {
    const status = session.optionStatus(decisionId, option.id);
    const known = knownCosts(option);
    return h(
      'li',
      { class: status.available ? 'option' : 'option closed' },
      h('h3', {}, option.label),
      h('p', {}, option.description),
      option.appeal
        ? h('p', { class: 'appeal' }, h('strong', {}, `${t('appeal')}: `), option.appeal)
        : null,
      option.risk
        ? h('p', { class: 'risk' }, h('strong', {}, `${t('risk')}: `), option.risk)
        : null,
      option.terms && option.terms.length > 0
        ? h(
            'dl',
            { class: 'terms', attrs: { 'aria-label': t('terms') } },
            ...option.terms.flatMap((term) => [h('dt', {}, term.label), h('dd', {}, term.value)]),
          )
        : null,
      known ? h('p', { class: 'known' }, h('strong', {}, `${t('knownNow')}: `), known) : null,
      sourcesDisclosure(scenario, option),
      status.available
        ? h(
            'button',
            {
              class: 'choose',
              attrs: { type: 'button' },
              on: { click: () => onChoose(option.id) },
            },
            t('choose', { label: option.label }),
          )
        : h('p', { class: 'closed-reason' }, t('closed', { reason: status.reason })),
    );
  });
  return h(
    'section',
    { class: 'decision', attrs: { 'aria-labelledby': `decision-${decision.id}` } },
    h('p', { class: 'eyebrow' }, `${t('decision')}${decision.date ? ` · ${decision.date}` : ''}`),
    h('h2', { id: `decision-${decision.id}`, attrs: { tabindex: '-1' } }, decision.title),
    h('p', { class: 'prompt' }, decision.prompt),
    sourcesDisclosure(scenario, decision),
    h('h3', { class: 'visually-hidden' }, t('options')),
    h('ul', { class: 'options' }, ...options),
  );
}
