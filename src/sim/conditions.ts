// Evaluates scenario conditions against the game state. Pure: no randomness, no actors.
//
// A condition is data; it is turned into a test (a closure over its fields) once, the first time it
// is checked, and that test is kept beside the condition object (a WeakMap), so the hot paths of a
// game (offers, events, option locks, texts, endings) never interpret the data again. A scenario is
// not changed once loaded; a condition object changed after its first check would keep its old test.
import { HOLD } from './machines/lifecycles.ts';
import type { ConditionData } from './scenario/conditions.schema.ts';
import type { DecisionData, ScenarioData } from './scenario/scenario.schema.ts';
import { findOption, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState } from './state.ts';

/** A compiled condition: whether it holds in this state. */
export type ConditionTest = (state: GameState, index: ScenarioIndex) => boolean;

const always: ConditionTest = () => true;

function rangeTest(range: { atLeast?: number; atMost?: number }): (value: number) => boolean {
  const { atLeast, atMost } = range;
  if (atLeast !== undefined && atMost !== undefined) return (v) => v >= atLeast && v <= atMost;
  if (atLeast !== undefined) return (v) => v >= atLeast;
  if (atMost !== undefined) return (v) => v <= atMost;
  return () => true;
}

function decisionTest(c: ConditionData): ConditionTest {
  const id = c.decision as string;
  const chose = c.chose;
  if (chose) {
    return (state) =>
      state.choices.some((choice) => choice.decision === id && chose.includes(choice.option));
  }
  const stages = c.stage;
  if (stages) {
    return (state, index) => {
      const stage = state.deals[index.dealOf(id)]?.stage;
      return stage !== null && stage !== undefined && stages.includes(stage);
    };
  }
  return (state) => state.choices.some((choice) => choice.decision === id);
}

/** Whether the player has settled a decision (a "hold" leaves it open for its next round). */
function isDecided(decision: DecisionData, state: GameState, index: ScenarioIndex): boolean {
  return state.choices.some(
    (c) => c.decision === decision.id && findOption(index, c.decision, c.option)?.outcome !== HOLD,
  );
}

/**
 * Whether a decision whose window (`round` to `until`) includes this round falls due now: not yet
 * settled if it can be re-offered, in its countries, its deal started if it continues one, and its
 * `when` holding. (A due decision whose every option is closed is logged rather than put.)
 */
export function isDue(
  decision: DecisionData,
  when: ConditionTest,
  state: GameState,
  index: ScenarioIndex,
): boolean {
  if (decision.until !== undefined && isDecided(decision, state, index)) return false;
  if (decision.countries && !decision.countries.includes(state.countryId)) return false;
  if (decision.continues && !state.deals[index.dealOf(decision.id)]) return false;
  return when(state, index);
}

/** Whether a condition tests `alone` anywhere inside it. */
function testsAlone(c: ConditionData | undefined): boolean {
  if (c === undefined) return false;
  if (c.alone !== undefined) return true;
  return (c.all ?? []).some(testsAlone) || (c.any ?? []).some(testsAlone) || testsAlone(c.not);
}

interface Rival {
  readonly decision: DecisionData;
  readonly when: ConditionTest;
}

/**
 * Per scenario object and round, the decisions an `alone` test looks at: those whose window
 * includes the round and whose own `when` does not test `alone` (so the year-filling decisions that
 * use it never wait on one another, and no test depends on itself).
 */
const rivalsByScenario = new WeakMap<ScenarioData, Rival[][]>();

function rivalsIn(index: ScenarioIndex, round: number): readonly Rival[] {
  let rounds = rivalsByScenario.get(index.scenario);
  if (!rounds) {
    rounds = [];
    rivalsByScenario.set(index.scenario, rounds);
  }
  let rivals = rounds[round];
  if (!rivals) {
    rivals = index.scenario.decisions
      .filter((d) => round >= d.round && round <= (d.until ?? d.round) && !testsAlone(d.when))
      .map((decision) => ({ decision, when: compileCondition(decision.when) }));
    rounds[round] = rivals;
  }
  return rivals;
}

/** `alone`: no other decision (one that does not itself test `alone`) falls due this round. */
const aloneTest: ConditionTest = (state, index) =>
  !rivalsIn(index, state.round).some((r) => isDue(r.decision, r.when, state, index));

function build(c: ConditionData): ConditionTest {
  if (c.indicator !== undefined) {
    const id = c.indicator;
    const inRange = rangeTest(c);
    const relativeTo = c.relativeTo;
    if (relativeTo) return (state) => inRange(state.indicators[id] - state.indicators[relativeTo]);
    return (state) => inRange(state.indicators[id]);
  }
  if (c.flag !== undefined) {
    const flag = c.flag;
    const is = c.is ?? true;
    return (state) => state.flags.includes(flag) === is;
  }
  if (c.decision !== undefined) return decisionTest(c);
  if (c.election !== undefined) {
    const id = c.election;
    if (c.result === 'postponed') return (state) => (state.elections[id]?.postponed ?? 0) > 0;
    const result = c.result;
    return (state) => (state.elections[id]?.result ?? 'pending') === result;
  }
  if (c.event !== undefined) {
    const id = c.event;
    return (state) => state.fired[id] !== undefined;
  }
  if (c.country !== undefined) {
    const countries = c.country;
    return (state) => countries.includes(state.countryId);
  }
  if (c.round !== undefined) {
    const inRange = rangeTest(c.round);
    return (state) => inRange(state.round);
  }
  if (c.alone !== undefined) return aloneTest;
  if (c.all !== undefined) {
    const subs = c.all.map(compileCondition);
    return (state, index) => subs.every((sub) => sub(state, index));
  }
  if (c.any !== undefined) {
    const subs = c.any.map(compileCondition);
    return (state, index) => subs.some((sub) => sub(state, index));
  }
  if (c.not !== undefined) {
    const sub = compileCondition(c.not);
    return (state, index) => !sub(state, index);
  }
  return always;
}

const compiled = new WeakMap<ConditionData, ConditionTest>();

/** The condition as a test, built once per condition object (no condition: always holds). */
export function compileCondition(c: ConditionData | undefined): ConditionTest {
  if (c === undefined) return always;
  let test = compiled.get(c);
  if (!test) {
    test = build(c);
    compiled.set(c, test);
  }
  return test;
}

export function holds(
  c: ConditionData | undefined,
  state: GameState,
  index: ScenarioIndex,
): boolean {
  return c === undefined || compileCondition(c)(state, index);
}
