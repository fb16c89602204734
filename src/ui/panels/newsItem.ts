// News as a player meets it: a headline and one sentence, the full story and its sources on
// demand. Used above the decision it informs and at the top of the round's report.
import type { IndicatorId } from '../../sim/indicators.ts';
import { INDICATORS } from '../../sim/indicators.ts';
import type { GameSession } from '../../sim/session.ts';
import type { LogEntry } from '../../sim/state.ts';
import { landedDate } from '../../sim/eventDates.ts';
import { unconditionalText } from '../../sim/texts.ts';
import { h } from '../dom.ts';
import { logTitle } from '../logText.ts';
import { t } from '../messages.ts';
import { changePhrase, toneOf } from './changeTone.ts';
import type { Glossary } from './glossary.ts';
import { firstSentence } from './optionCard.ts';
import { sourcesDisclosure } from './sources.ts';

export const NEWS_KINDS: ReadonlySet<LogEntry['kind']> = new Set(['event', 'inject', 'election']);

/** Whether an entry deserves a moment of its own: a major event, or an election. */
export function isMajor(session: GameSession, entry: LogEntry): boolean {
  if (entry.kind === 'election') return true;
  return entry.origin.event
    ? (session.index.events.get(entry.origin.event)?.major ?? false)
    : false;
}

/** The headline and one sentence of a news entry, from its short forms when it has them. */
export function newsShort(
  session: GameSession,
  entry: LogEntry,
): { headline: string; short: string; text: string } {
  const event = entry.origin.event ? session.index.events.get(entry.origin.event) : undefined;
  const election = entry.origin.election
    ? session.index.elections.get(entry.origin.election)
    : undefined;
  const source = event ?? election;
  // The text as composed for this game (parts shown only when true of it), else its plain parts.
  const text = entry.text ?? (event ? unconditionalText(event.text) : (entry.notes[0] ?? ''));
  return {
    headline: source?.headline ?? logTitle(session.index, entry),
    // An election's news is its result: the teaser ("voters judge...") gives way to it.
    short: election && text ? text : (source?.short ?? (text ? firstSentence(text) : '')),
    text,
  };
}

/** What an entry changed, each change in words and coloured by whether it is good for the country. */
export function changeList(entry: LogEntry, revealHidden = false): HTMLElement | null {
  const items = Object.entries(entry.changes)
    .filter(([id]) => revealHidden || !INDICATORS[id as IndicatorId].hidden)
    .map(([id, delta]) =>
      h(
        'li',
        { class: `chip ${toneOf(id as IndicatorId, delta ?? 0)}` },
        changePhrase(id as IndicatorId, delta ?? 0),
      ),
    );
  return items.length > 0 ? h('ul', { class: 'chips changes' }, ...items) : null;
}

/**
 * A news card: eyebrow, headline and one sentence, and its sources; the full story and its notes
 * wait behind "Read more", and what it changed shows in the report (above a decision, `compact`,
 * it waits behind "Read more" too).
 */
export function newsItem(
  session: GameSession,
  entry: LogEntry,
  glossary: Glossary,
  compact = false,
): HTMLElement {
  const { headline, short, text } = newsShort(session, entry);
  const event = entry.origin.event ? session.index.events.get(entry.origin.event) : undefined;
  const item =
    event ??
    (entry.origin.election ? session.index.elections.get(entry.origin.election) : undefined);
  const major = isMajor(session, entry);
  const kind = entry.kind === 'inject' ? t('injectCard') : t('eventCard');
  // An inject is dated by the round it lands in; an event keeps its date only in its own round.
  const date =
    event && (event.date || entry.kind === 'inject')
      ? landedDate(event, entry.round, session.scenario)
      : null;
  const story = text && text !== short ? h('p', {}, ...glossary.mark(text, true)) : null;
  // The notes retell the story in the simulation's words: they wait with it behind "Read more".
  const notes = entry.notes
    .filter((n) => n !== text && n !== short)
    .map((note) => h('p', { class: 'note' }, note));
  const more = [story, ...notes, ...(compact ? [changeList(entry)] : [])].filter(Boolean);
  return h(
    'li',
    { class: `log-entry ${entry.kind} event-card${major ? ' major' : ''}` },
    h('p', { class: 'eyebrow' }, `${major ? t('majorNews') : kind}${date ? ` · ${date}` : ''}`),
    h('h3', { class: 'log-title' }, headline),
    short ? h('p', {}, ...glossary.mark(short)) : null,
    more.length > 0
      ? h('details', { class: 'more' }, h('summary', {}, t('readMore')), ...more)
      : null,
    compact ? null : changeList(entry),
    item ? sourcesDisclosure(session.scenario, item) : null,
  );
}

/** This year's news so far, shown above the decision it informs. */
export function newsSoFar(session: GameSession, glossary: Glossary): HTMLElement | null {
  const { state } = session;
  const news = state.log.filter(
    (e) => e.round === state.round && !e.hidden && NEWS_KINDS.has(e.kind),
  );
  if (news.length === 0) return null;
  return h(
    'section',
    { class: 'news', attrs: { 'aria-label': t('newsThisYear') } },
    h('ul', { class: 'log' }, ...news.map((e) => newsItem(session, e, glossary, true))),
  );
}
