// When an event is said to happen: in the round it lands. A scenario's fixed date ("January 2018")
// is kept only where it is the landing round's own date; a facilitator's inject or an event with a
// window of several rounds is dated by the round it lands in, never by a date from another year.
import type { GameEventData, ScenarioData } from './scenario/scenario.schema.ts';

export function roundLabel(scenario: ScenarioData, round: number): string {
  return scenario.rounds[round - 1]?.label ?? String(round);
}

/** The date to show on an event that landed in `round`. */
export function landedDate(event: GameEventData, round: number, scenario: ScenarioData): string {
  const window = event.rounds;
  const pinned = window !== undefined && window.from === round && window.to === round;
  return pinned && event.date ? event.date : roundLabel(scenario, round);
}

/** The rounds an event fits, as the scenario's round labels ("2018", "2019-2021"); null: any round. */
export function fittingRounds(event: GameEventData, scenario: ScenarioData): string | null {
  if (!event.rounds) return null;
  const { from, to } = event.rounds;
  const first = roundLabel(scenario, from);
  return from === to ? first : `${first}–${roundLabel(scenario, to)}`;
}
