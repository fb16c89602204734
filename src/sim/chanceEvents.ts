// Events: each round the scenario's automatic events are checked in order, and those whose window
// and conditions hold fire, some for certain and some on a roll of the seeded dice. A facilitator
// can also fire an inject at any time.
import { produce, type Draft } from 'immer';
import { probability } from './chance.ts';
import { holds } from './conditions.ts';
import { applyAndLog, type Signal } from './effects.ts';
import { nextFloat } from './rng.ts';
import type { GameEventData } from './scenario/scenario.schema.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState, LogKind } from './state.ts';

function isEligible(event: GameEventData, state: GameState, index: ScenarioIndex): boolean {
  if (!event.automatic) return false;
  if (!event.repeatable && state.fired[event.id] !== undefined) return false;
  if (event.rounds && (state.round < event.rounds.from || state.round > event.rounds.to))
    return false;
  return holds(event.when, state, index);
}

function fire(
  draft: Draft<GameState>,
  index: ScenarioIndex,
  event: GameEventData,
  kind: LogKind,
): Signal[] {
  draft.fired[event.id] = draft.round;
  return applyAndLog(
    draft,
    { kind, title: event.title, origin: { event: event.id } },
    event.effects,
    index.dealOf,
  );
}

export function rollEvents(
  state: GameState,
  index: ScenarioIndex,
): { state: GameState; signals: Signal[] } {
  const signals: Signal[] = [];
  const next = produce(state, (draft) => {
    for (const event of index.scenario.events) {
      if (!isEligible(event, draft as GameState, index)) continue;
      if (event.chance) {
        const [roll, rng] = nextFloat(draft.rng);
        draft.rng = rng;
        if (roll >= probability(event.chance, draft as GameState)) continue;
      }
      signals.push(...fire(draft, index, event, 'event'));
    }
  });
  return { state: next, signals };
}

export function fireInject(
  state: GameState,
  index: ScenarioIndex,
  eventId: string,
): { state: GameState; signals: Signal[] } {
  const event = index.events.get(eventId);
  if (!event) return { state, signals: [] };
  let signals: Signal[] = [];
  const next = produce(state, (draft) => {
    signals = fire(draft, index, event, 'inject');
  });
  return { state: next, signals };
}
