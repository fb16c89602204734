// What happened this round: first the news in the order it happened, then the effects of the
// player's choices, each traced to the choice and the year it was made; every-year effects of
// running deals in a compact ticker; and what is still to come.
import { INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import type { ScenarioIndex } from '../../sim/scenario/scenarioIndex.ts';
import type { GameSession } from '../../sim/session.ts';
import type { GameState, LogEntry, Origin } from '../../sim/state.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { changePhrase } from './changeTone.ts';
import { Glossary } from './glossary.ts';
import { changeList, NEWS_KINDS, newsItem } from './newsItem.ts';
import { pendingText } from './plural.ts';
import { sourcesDisclosure } from './sources.ts';
import { isOngoing, logTitle } from '../logText.ts';
import { stageName } from './stageNames.ts';

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
    .map(([id, delta]) => changePhrase(id as IndicatorId, delta ?? 0))
    .join(', ');
}

/** The name a player saw on an option's card: its headline, else its label. */
function optionName(index: ScenarioIndex, decision: string, option: string): string | undefined {
  const data = index.decisions.get(decision)?.options.find((o) => o.id === option);
  return data ? (data.headline ?? data.label) : undefined;
}

/**
 * A name the player has read already (a card's headline, a decision's title) on a line of its own,
 * with a short label on the line above or below ("You chose" / "Keep the Huawei contract"): the
 * name reads as the one on the card, and the label is the same few words every time.
 */
function labelled(label: string, name: string, labelFirst = true): HTMLElement {
  const parts = [h('span', { class: 'log-label' }, label), h('span', { class: 'log-name' }, name)];
  if (!labelFirst) parts.reverse();
  return h('span', { class: 'labelled' }, parts[0], ' ', parts[1]);
}

/**
 * "Because in 2018 you chose" over “Keep the Huawei contract”, for an effect of a choice made in
 * an earlier round; this round's choices are named in the report already.
 */
function traced(session: GameSession, entry: LogEntry): HTMLElement | null {
  const { decision, option } = entry.origin;
  if (!decision || !option) return null;
  const choice = [...session.state.choices]
    .reverse()
    .find((c) => c.decision === decision && c.option === option && c.round <= entry.round);
  const name = optionName(session.index, decision, option);
  if (!choice || !name || choice.round === entry.round) return null;
  const when = session.scenario.rounds[choice.round - 1]?.label ?? String(choice.round);
  return labelled(t('becauseYouChose', { when }), name);
}

/** The proposal a policy decision puts (its "adopt" option), by its card's name. */
function policyProposal(index: ScenarioIndex, decision: string | undefined): string | null {
  const data = decision ? index.decisions.get(decision) : undefined;
  const proposal = data?.machine === 'policy' && data.options.find((o) => o.outcome === 'adopt');
  return proposal ? (proposal.headline ?? proposal.label) : null;
}

/**
 * A choice made this round is titled by the card the player picked, in the card's words; the
 * stage its deal reaches at once, listed right under it, by the stage alone ("Then: signed"); a
 * policy turned down is said once under the choice as what it means ("“Switch to Beijing” is
 * turned down for good"). A stage reached later names the deal as its decision did, then the
 * stage ("Now: working").
 */
function reportTitle(index: ScenarioIndex, entry: LogEntry, followsChoice: boolean): Node | string {
  const { decision, option, stage } = entry.origin;
  const name =
    entry.kind === 'decision' && decision && option && optionName(index, decision, option);
  if (name) return labelled(t('youChose'), name);
  if (entry.kind === 'stage' && stage && !isOngoing(entry)) {
    const proposal = policyProposal(index, decision);
    if (followsChoice) {
      const closed = stage === 'rejected' && proposal ? t('policyTurnedDown', { proposal }) : null;
      return t('stageThen', { stage: closed ?? stageName(stage) });
    }
    const deal = proposal ?? (decision ? index.decisions.get(decision)?.title : undefined);
    if (deal) return labelled(t('stageNow', { stage: stageName(stage) }), deal, false);
  }
  return logTitle(index, entry);
}

export function logEntryItem(
  session: GameSession,
  entry: LogEntry,
  glossary = new Glossary(session.scenario.glossary),
  followsChoice = false,
): HTMLElement {
  if (NEWS_KINDS.has(entry.kind)) return newsItem(session, entry, glossary);
  const item = originItem(session.index, entry.origin);
  const because = traced(session, entry);
  return h(
    'li',
    { class: `log-entry ${entry.kind}` },
    h('p', { class: 'log-title' }, reportTitle(session.index, entry, followsChoice)),
    ...entry.notes.map((note) => h('p', { class: 'note' }, note)),
    changeList(entry),
    because ? h('p', { class: 'because' }, because) : null,
    item ? sourcesDisclosure(session.scenario, item) : null,
  );
}

/**
 * A ticker line's deal or policy, named as its decision or card did, and where it stands; the
 * heading already says "every year". A policy is named by what was decided and when ("Your
 * choice in 2019" over “Stay with Taipei”), not by a state name.
 */
function tickerTitle(session: GameSession, entry: LogEntry): Node | string {
  const { index } = session;
  const { decision, option, stage } = entry.origin;
  const data = decision ? index.decisions.get(decision) : undefined;
  const chosen = data?.machine === 'policy' && option && optionName(index, data.id, option);
  const choice = session.state.choices.find((c) => c.decision === decision && c.option === option);
  if (chosen && choice) {
    const when = session.scenario.rounds[choice.round - 1]?.label ?? String(choice.round);
    return labelled(t('policyStands', { when }), chosen);
  }
  const title = data?.title;
  return title && stage
    ? labelled(t('stageNow', { stage: stageName(stage) }), title, false)
    : logTitle(index, entry);
}

/** A deal's every-year effect, repeated each round: a line in the ticker, not a card. */
function isRoutine(entry: LogEntry): boolean {
  return entry.kind === 'stage' && isOngoing(entry);
}

/** What a player is told of the current round: its entries less rules and hidden events, and what is still to come. */
export function roundEntries(state: GameState): { entries: LogEntry[]; pending: string[] } {
  return {
    entries: state.log.filter((e) => e.round === state.round && e.kind !== 'rule' && !e.hidden),
    pending: state.delayed.map((d) => pendingText(d.note, d.dueRound - state.round)),
  };
}

/** The round's entries (or "a quiet year") and what is still to come, under `pendingHeading`. */
export function reportLists(
  session: GameSession,
  { entries, pending }: { entries: LogEntry[]; pending: string[] },
  pendingHeading: HTMLElement,
): (HTMLElement | null)[] {
  const glossary = new Glossary(session.scenario.glossary);
  const news = entries.filter((e) => NEWS_KINDS.has(e.kind));
  // A running deal's yearly line is worth a line only when it moved something the player sees.
  const routine = entries.filter((e) => isRoutine(e) && describeChanges(e) !== '');
  const effects = entries.filter((e) => !NEWS_KINDS.has(e.kind) && !isRoutine(e));
  // A stage reached at once by a choice listed above it needs no second naming of the decision.
  const chosen = new Set<string>();
  const item = (e: LogEntry) => {
    const decision = e.origin.decision ?? '';
    if (e.kind === 'decision') chosen.add(decision);
    return logEntryItem(session, e, glossary, e.kind === 'stage' && chosen.has(decision));
  };
  const section = (title: string, list: LogEntry[]) =>
    list.length > 0
      ? h(
          'section',
          { class: 'report-part' },
          h('h3', {}, title),
          h('ul', { class: 'log' }, ...list.map(item)),
        )
      : null;
  return [
    entries.length === 0 ? h('p', {}, t('nothingHappened')) : null,
    section(t('whatHappened'), news),
    section(t('yourChoicesEffects'), effects),
    routine.length > 0
      ? h(
          'section',
          { class: 'report-part' },
          h('h3', {}, t('everyYear')),
          h(
            'ul',
            { class: 'ticker' },
            ...routine.map((e) =>
              h(
                'li',
                {},
                h('span', { class: 'ticker-title' }, tickerTitle(session, e)),
                ' ',
                h('span', { class: 'ticker-changes' }, describeChanges(e) || t('unchanged')),
              ),
            ),
          ),
        )
      : null,
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
  return h(
    'section',
    { class: 'round-report', attrs: { 'aria-labelledby': 'round-report-title' } },
    // "What happened in" small over the year: the lead reads once, the year is the title.
    h(
      'h2',
      { id: 'round-report-title', attrs: { tabindex: '-1' } },
      labelled(t('roundReportLead'), label),
    ),
    ...reportLists(session, roundEntries(state), h('h3', {}, t('pending'))),
    h(
      'button',
      { class: 'primary', attrs: { type: 'button' }, on: { click: onContinue } },
      isLast ? t('seeEnding') : t('continue'),
    ),
  );
}

/** What is still to come, beside the decision. */
export function pendingSection(state: GameState): HTMLElement | null {
  const { pending } = roundEntries(state);
  if (pending.length === 0) return null;
  return h(
    'section',
    { class: 'pending' },
    h('h2', {}, t('pending')),
    h('ul', {}, ...pending.map((p) => h('li', {}, p))),
  );
}
