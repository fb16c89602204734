// Lookups over a validated scenario, built once per game so the hot paths never scan lists.
import type {
  DecisionData,
  ElectionData,
  GameEventData,
  OptionData,
  ScenarioData,
} from './scenario.schema.ts';

export interface ScenarioIndex {
  readonly scenario: ScenarioData;
  readonly decisions: ReadonlyMap<string, DecisionData>;
  readonly events: ReadonlyMap<string, GameEventData>;
  readonly elections: ReadonlyMap<string, ElectionData>;
  /** The decision that started a deal: a follow-up decision continues its root's deal. */
  readonly rootOf: ReadonlyMap<string, string>;
  /** Events that cannot happen in a game where this one has: `excludes`, read both ways. */
  readonly exclusions: ReadonlyMap<string, readonly string[]>;

  /** The deal a decision acts on: its own id, or the id of the decision it continues. */
  readonly dealOf: (decisionId: string) => string;
}

/** A declared exclusion holds both ways, so an author writes it on one of the two events only. */
function symmetricExclusions(scenario: ScenarioData): Map<string, string[]> {
  const exclusions = new Map<string, Set<string>>();
  const add = (a: string, b: string) => exclusions.set(a, (exclusions.get(a) ?? new Set()).add(b));
  for (const event of scenario.events) {
    for (const other of event.excludes ?? []) {
      add(event.id, other);
      add(other, event.id);
    }
  }
  return new Map([...exclusions].map(([id, others]) => [id, [...others]]));
}

export function indexScenario(scenario: ScenarioData): ScenarioIndex {
  const decisions = new Map(scenario.decisions.map((d) => [d.id, d]));
  const rootOf = new Map<string, string>();

  for (const d of scenario.decisions) {
    const root = d.continues ? (rootOf.get(d.continues) ?? d.continues) : d.id;
    rootOf.set(d.id, root);
  }
  return {
    scenario,
    decisions,
    events: new Map(scenario.events.map((e) => [e.id, e])),
    elections: new Map(scenario.elections.map((e) => [e.id, e])),
    rootOf,
    exclusions: symmetricExclusions(scenario),

    dealOf: (decisionId) => rootOf.get(decisionId) ?? decisionId,
  };
}

export function findOption(
  index: ScenarioIndex,
  decisionId: string,
  optionId: string,
): OptionData | undefined {
  return index.decisions.get(decisionId)?.options.find((o) => o.id === optionId);
}
