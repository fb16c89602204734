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

  /** The deal a decision acts on: its own id, or the id of the decision it continues. */
  readonly dealOf: (decisionId: string) => string;
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
