// A decision put to the player: the news that informs it, the offer in short (the full prompt
// and its sources on demand), the advisors' voices (illustrative), and the options as cards side
// by side where the screen allows.
import type { GameSession } from '../../sim/session.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { Glossary } from './glossary.ts';
import { optionCard } from './optionCard.ts';
import { plural } from './plural.ts';
import { sourcesDisclosure } from './sources.ts';

/** How many voices speak by default: the author lists first the two who disagree most. */
const VOICES_SHOWN = 2;

function voices(session: GameSession, decisionId: string): HTMLElement | null {
  const decision = session.index.decisions.get(decisionId);
  const lines = (decision?.voices ?? []).flatMap((voice) => {
    const advisor = session.scenario.advisors.find((a) => a.id === voice.advisor);
    if (!advisor) return [];
    return [
      h('li', {}, h('strong', {}, t('advisorName', { name: advisor.name })), ` “${voice.line}”`),
    ];
  });
  if (lines.length === 0) return null;
  const others = lines.slice(VOICES_SHOWN);
  return h(
    'section',
    { class: 'voices', attrs: { 'aria-labelledby': `voices-${decisionId}` } },
    // One heading line says who speaks: illustrative voices; who they are is one click away, the
    // same at every decision, so each line starts with a name only.
    h(
      'div',
      { class: 'voices-head' },
      h('h3', { id: `voices-${decisionId}` }, t('advisors')),
      h('p', { class: 'illustrative' }, t('advisorsIllustrative')),
      h(
        'details',
        { class: 'more roster' },
        h('summary', {}, t('advisorsWho')),
        h(
          'p',
          {},
          t('advisorsRoster', {
            roster: session.scenario.advisors.map((a) => `${a.name}, ${a.role}`).join('; '),
          }),
        ),
      ),
    ),
    h('ul', {}, ...lines.slice(0, VOICES_SHOWN)),
    // The rest are one click away: felt at every decision without a page of speeches.
    others.length > 0
      ? h(
          'details',
          { class: 'more' },
          h('summary', {}, plural(others.length, { one: 'moreVoiceOne', other: 'moreVoicesMany' })),
          h('ul', {}, ...others),
        )
      : null,
  );
}

export function decisionPanel(
  session: GameSession,
  decisionId: string,
  onChoose: (option: string) => void,
  news: HTMLElement | null = null,
  glossary = new Glossary(session.scenario.glossary),
): HTMLElement {
  const decision = session.index.decisions.get(decisionId);
  if (!decision) throw new Error(`unknown decision ${decisionId}`);
  const scenario = session.scenario;
  const options = decision.options.map((option) =>
    optionCard(scenario, option, session.optionStatus(decisionId, option.id), glossary, () =>
      onChoose(option.id),
    ),
  );
  return h(
    'section',
    { class: 'decision', attrs: { 'aria-labelledby': `decision-${decision.id}` } },
    h('p', { class: 'eyebrow' }, `${t('decision')}${decision.date ? ` · ${decision.date}` : ''}`),
    h('h2', { id: `decision-${decision.id}`, attrs: { tabindex: '-1' } }, decision.title),
    news,
    h('p', { class: 'prompt' }, ...glossary.mark(decision.short ?? decision.prompt)),
    decision.short
      ? h(
          'details',
          { class: 'more' },
          h('summary', {}, t('readMore')),
          h('p', {}, ...glossary.mark(decision.prompt, true)),
        )
      : null,
    sourcesDisclosure(scenario, decision),
    voices(session, decisionId),
    h('h3', { class: 'visually-hidden' }, t('options')),
    h(
      'ul',
      {
        class: `options count-${Math.min(options.length, 6)}${options.length > 3 ? ' many' : ''}`,
      },
      ...options,
    ),
  );
}
