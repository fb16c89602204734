// Events: each round the scenario's automatic events are checked in order, and those whose window
// and conditions hold fire, some for certain and some on a roll of the seeded dice. A facilitator
// can also fire an inject at any time.
import type { Draft } from 'immer';
import { probability } from './chance.ts';
import { applyAndLog, type Signal } from './effects.ts';
import { nextFloat } from './rng.ts';
import { logText } from './texts.ts';
import { roundSchedule, type ScheduledEvent } from './roundSchedule.ts';
import type { GameEventData } from './scenario/scenario.schema.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import { INDICATORS, isIndicatorId } from './indicators.ts';
import type { CustomInject, GameState, LogKind } from './state.ts';

/** Whether an event can still happen in this game: once only unless repeatable, never beside an exclusion. */
export function canHappen(event: GameEventData, state: GameState, index: ScenarioIndex): boolean {
  if (!event.repeatable && state.fired[event.id] !== undefined) return false;
  const excluded = index.exclusions.get(event.id);
  if (excluded) for (const other of excluded) if (state.fired[other] !== undefined) return false;
  return true;
}

type Phase = GameEventData['phase'];

/** canHappen for a scheduled event, its exclusions already looked up. */
function isEligible(
  { event, when, excludedBy }: ScheduledEvent,
  state: GameState,
  index: ScenarioIndex,
): boolean {
  if (!event.repeatable && state.fired[event.id] !== undefined) return false;
  for (const other of excludedBy) if (state.fired[other] !== undefined) return false;
  return when(state, index);
}

function fire(
  draft: Draft<GameState>,
  index: ScenarioIndex,
  event: GameEventData,
  kind: LogKind,
): Signal[] {
  // The text is composed as the event lands, before its own effects (and with it counted as fired).
  draft.fired[event.id] = draft.round;
  const shown = logText(event.text, draft as GameState, index);
  return applyAndLog(
    draft,
    { kind, origin: { event: event.id }, hidden: event.hidden, ...shown },
    event.effects,
    index.dealOf,
  );
}

/** Rolls this phase's automatic events in the scenario's order; returns their signals. */
export function rollEvents(draft: Draft<GameState>, index: ScenarioIndex, phase: Phase): Signal[] {
  const signals: Signal[] = [];
  const state = draft as GameState;
  let rng = state.rng;
  // Only the automatic events of this phase whose window includes the round (roundSchedule.ts).
  for (const scheduled of roundSchedule(index, state.round).events[phase]) {
    if (!isEligible(scheduled, state, index)) continue;
    const { event } = scheduled;
    if (event.chance) {
      const [roll, next] = nextFloat(rng);
      rng = next;
      if (roll >= probability(event.chance, state)) continue;
    }
    signals.push(...fire(draft, index, event, 'event'));
  }
  if (rng !== state.rng) draft.rng = rng;
  return signals;
}

/** Largest move a facilitator's own inject may make to one indicator, so a slip cannot end the game. */
export const MAX_CUSTOM_CHANGE = 50;

export function fireCustomInject(
  draft: Draft<GameState>,
  index: ScenarioIndex,
  inject: CustomInject,
): void {
  const changes = Object.fromEntries(
    Object.entries(inject.changes)
      .filter(
        ([id, delta]) => isIndicatorId(id) && !INDICATORS[id].derived && Number.isFinite(delta),
      )
      .map(([id, delta]) => [
        id,
        Math.max(-MAX_CUSTOM_CHANGE, Math.min(MAX_CUSTOM_CHANGE, delta as number)),
      ]),
  );
  const title = inject.title.trim().slice(0, 160) || 'Inject';
  const text = inject.text.trim().slice(0, 2000);
  draft.inputs.push({ type: 'customInject', title, text, changes });
  applyAndLog(
    draft,
    { kind: 'inject', title, origin: {} },
    [{ change: changes, ...(text ? { note: text } : {}) }],
    index.dealOf,
  );
}

/** Fires a scenario inject if it can happen; returns its signals. */
export function fireInject(
  draft: Draft<GameState>,
  index: ScenarioIndex,
  eventId: string,
): Signal[] {
  const event = index.events.get(eventId);
  // Once per game unless repeatable, and never beside an excluded event, whoever fires it.
  if (!event || !canHappen(event, draft as GameState, index)) return [];
  draft.inputs.push({ type: 'inject', event: eventId });
  return fire(draft, index, event, 'inject');
}
