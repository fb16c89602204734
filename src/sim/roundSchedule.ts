// Which decisions and automatic events can apply in a round, by their round fields alone (a
// decision's `round`..`until`, an event's `rounds` window and phase), worked out once per scenario
// and round, so each round checks only its own and not the scenario's whole lists. The lists keep
// the scenario's order (events roll in that order, decisions are put in it). Conditions come
// compiled (conditions.ts) and an event's exclusions looked up, for the checks made every game.
import { compileCondition, type ConditionTest } from './conditions.ts';
import type { DecisionData, GameEventData, ScenarioData } from './scenario/scenario.schema.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';

export type EventPhase = GameEventData['phase'];

export interface ScheduledDecision {
  readonly decision: DecisionData;
  readonly when: ConditionTest;
}

export interface ScheduledEvent {
  readonly event: GameEventData;
  readonly when: ConditionTest;
  /** The events that, once fired, keep this one from happening (`excludes`, read both ways). */
  readonly excludedBy: readonly string[];
}

export interface RoundSchedule {
  /** Decisions whose window (`round` to `until`) includes this round. */
  readonly decisions: readonly ScheduledDecision[];
  /** Automatic events of each phase whose `rounds` window includes this round (or that have none). */
  readonly events: Readonly<Record<EventPhase, readonly ScheduledEvent[]>>;
}

function buildRound(index: ScenarioIndex, round: number): RoundSchedule {
  const { scenario } = index;
  const decisions = scenario.decisions
    .filter((d) => round >= d.round && round <= (d.until ?? d.round))
    .map((decision) => ({ decision, when: compileCondition(decision.when) }));
  const events: Record<EventPhase, ScheduledEvent[]> = { start: [], end: [] };
  for (const event of scenario.events) {
    if (!event.automatic) continue;
    if (event.rounds && (round < event.rounds.from || round > event.rounds.to)) continue;
    events[event.phase].push({
      event,
      when: compileCondition(event.when),
      excludedBy: index.exclusions.get(event.id) ?? [],
    });
  }
  return { decisions, events };
}

// By scenario object: every index of one scenario says the same about it.
const schedules = new WeakMap<ScenarioData, RoundSchedule[]>();

/** The round's schedule, built the first time the round is reached in any game of the scenario. */
export function roundSchedule(index: ScenarioIndex, round: number): RoundSchedule {
  let rounds = schedules.get(index.scenario);
  if (!rounds) {
    rounds = [];
    schedules.set(index.scenario, rounds);
  }
  let schedule = rounds[round];
  if (!schedule) {
    schedule = buildRound(index, round);
    rounds[round] = schedule;
  }
  return schedule;
}
