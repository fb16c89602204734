// What the player never saw, as facts: hidden events that fired and hidden indicators that grew.
// "Nothing happened behind your back" may be said only when both lists are empty.
import {
  INDICATOR_IDS,
  INDICATORS,
  type IndicatorId,
  type Indicators,
} from '../../sim/indicators.ts';
import type { GameState, LogEntry } from '../../sim/state.ts';

export interface HiddenRise {
  id: IndicatorId;
  from: number;
  to: number;
}

export interface Unseen {
  events: LogEntry[];
  rises: HiddenRise[];
}

export function unseenFacts(state: GameState): Unseen {
  const start = state.history[0] as Indicators;
  const rises = INDICATOR_IDS.filter((id) => INDICATORS[id].hidden)
    .map((id) => ({ id, from: start[id], to: state.indicators[id] }))
    .filter((r) => r.to - r.from >= 0.5);
  return { events: state.log.filter((e) => e.hidden), rises };
}

export function nothingUnseen(unseen: Unseen): boolean {
  return unseen.events.length === 0 && unseen.rises.length === 0;
}
