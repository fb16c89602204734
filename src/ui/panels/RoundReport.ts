// What happened this round: each consequence with what it changed, a "Why?" to its sources, and
// what is still to come.
import { INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import type { ScenarioIndex } from '../../sim/scenario/scenarioIndex.ts';
import type { GameSession } from '../../sim/session.ts';
import type { GameState, LogEntry, Origin } from '../../sim/state.ts';
import { unconditionalText } from '../../sim/texts.ts';
import { landedDate } from '../../sim/eventDates.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { sourcesDisclosure } from './sources.ts';

/** The scenario item a log entry came from, for its sources. */
export function originItem(index: ScenarioIndex, origin: Origin) {
  if (origin.option && origin.decision)
    return index.decisions.get(origin.decision)?.options.find((o) => o.id === origin.option);
  if (origin.decision) return index.decisions.get(origin.decision);
  if (origin.event) return index.events.get(origin.event);
  if (origin.election) return index.elections.get(origin.election);
  return undefined;
}

export function describeChanges(entry: LogEntry, revealHidden = false): string {
  return Object.entries(entry.changes)
    .filter(([id]) => revealHidden || !INDICATORS[id as IndicatorId].hidden)
    .map(
      ([id, delta]) =>
        `${INDICATORS[id as IndicatorId].label} ${(delta ?? 0) > 0 ? '+' : ''}${Math.round((delta ?? 0) * 10) / 10}`,
    )
    .join(', ');
}

export function logEntryItem(session: GameSession, entry: LogEntry): HTMLElement {
  const item = originItem(session.index, entry.origin);
  const changes = describeChanges(entry);
  const event = entry.origin.event ? session.index.events.get(entry.origin.event) : undefined;
  // Events and injects arrive as cards with a heading of their own; the rest are log lines.
  const isCard = entry.kind === 'event' || entry.kind === 'inject' || entry.kind === 'election';
  // An inject is dated by the round it lands in; an event keeps its date only in its own round.
  const date =
    event && (event.date || entry.kind === 'inject')
      ? landedDate(event, entry.round, session.scenario)
      : null;
  const kindLabel = entry.kind === 'inject' ? t('injectCard') : isCard ? t('eventCard') : null;
  return h(
    'li',
    { class: `log-entry ${entry.kind}${isCard ? ' event-card' : ''}` },
    kindLabel ? h('p', { class: 'eyebrow' }, `${kindLabel}${date ? ` · ${date}` : ''}`) : null,
    isCard
      ? h('h3', { class: 'log-title' }, entry.title)
      : h('p', { class: 'log-title' }, entry.title),
    event ? h('p', {}, entry.text ?? unconditionalText(event.text)) : null,
    ...entry.notes.map((note) => h('p', { class: 'note' }, note)),
    changes ? h('p', { class: 'changes' }, changes) : null,
    item ? sourcesDisclosure(session.scenario, item) : null,
  );
}

/** What a player is told of the current round: its entries less rules and hidden events, and what is still to come. */
export function roundEntries(state: GameState): { entries: LogEntry[]; pending: string[] } {
  return {
    entries: state.log.filter((e) => e.round === state.round && e.kind !== 'rule' && !e.hidden),
    pending: state.delayed.map((d) =>
      t('pendingItem', { note: d.note, n: d.dueRound - state.round }),
    ),
  };
}

/** The round's entries (or "a quiet year") and what is still to come, under `pendingHeading`. */
export function reportLists(
  session: GameSession,
  { entries, pending }: { entries: LogEntry[]; pending: string[] },
  pendingHeading: HTMLElement,
): (HTMLElement | null)[] {
  return [
    entries.length > 0
      ? h('ul', { class: 'log' }, ...entries.map((e) => logEntryItem(session, e)))
      : h('p', {}, t('nothingHappened')),
    pending.length > 0
      ? h(
          'div',
          { class: 'pending' },
          pendingHeading,
          h('ul', {}, ...pending.map((p) => h('li', {}, p))),
        )
      : null,
  ];
}

export function roundReport(
  session: GameSession,
  onContinue: () => void,
  isLast: boolean,
): HTMLElement {
  const state = session.state;
  const label = session.scenario.rounds[state.round - 1]?.label ?? String(state.round);
  const { entries, pending } = roundEntries(state);
  return h(
    'section',
    { class: 'round-report', attrs: { 'aria-labelledby': 'round-report-title' } },
    h('h2', { id: 'round-report-title', attrs: { tabindex: '-1' } }, t('roundReport', { label })),
    ...reportLists(session, { entries, pending }, h('h3', {}, t('pending'))),
    h(
      'button',
      { class: 'primary', attrs: { type: 'button' }, on: { click: onContinue } },
      isLast ? t('seeEnding') : t('continue'),
    ),
  );
}
