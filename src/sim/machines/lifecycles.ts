// The catalog of deal machines, read off the machines themselves: which stages a scenario can
// attach effects to, which outcomes its options can choose, which signals its events can send.
// Deriving it means the scenario validator can never disagree with the lifecycles.
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { cableMachine } from './cable.machine.ts';
import { certPartnershipMachine } from './certPartnership.machine.ts';
import { policeTrainingMachine } from './policeTraining.machine.ts';
import { policyMachine } from './policy.machine.ts';
import { safeCityMachine } from './safeCity.machine.ts';
import { securityPactMachine } from './securityPact.machine.ts';
import { towerDealMachine } from './towerDeal.machine.ts';
import { vendorStrategyMachine } from './vendorStrategy.machine.ts';

export const DEAL_MACHINES = {
  towerDeal: towerDealMachine,
  cable: cableMachine,
  certPartnership: certPartnershipMachine,
  vendorStrategy: vendorStrategyMachine,
  safeCity: safeCityMachine,
  securityPact: securityPactMachine,
  policeTraining: policeTrainingMachine,
  policy: policyMachine,
} as const;

export type MachineKind = keyof typeof DEAL_MACHINES;
export const MACHINE_KINDS = Object.keys(DEAL_MACHINES) as [MachineKind, ...MachineKind[]];

interface Accepts {
  choices: string[];
  signals: string[];
  /** Whether the state counts rounds (building, training...) and so needs the round tick. */
  timed: boolean;
}

export interface Lifecycle {
  /** States that announce themselves: the keys a scenario can hang effects on. */
  readonly stages: readonly string[];
  /** Outcomes an option can choose, in the order the machine first accepts them. */
  readonly choices: readonly string[];
  /** Events a scenario event can send to the deal (a breach, a leak, unrest...). */
  readonly signals: readonly string[];
  /** What each state accepts; a deal with no announced stage yet sits in `presented`. */
  readonly accepts: Readonly<Record<string, Accepts>>;
  readonly presented: string;
}

const CONTROL_EVENTS = new Set(['present', 'choose', 'round']);

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allNodes)];
}

function paramsOf(action: unknown): Record<string, unknown> | undefined {
  const params = (action as { params?: unknown }).params;
  return typeof params === 'object' && params !== null
    ? (params as Record<string, unknown>)
    : undefined;
}

export function describeLifecycle(machine: AnyStateMachine): Lifecycle {
  const stages = new Set<string>();
  const accepts: Record<string, Accepts> = {};
  for (const node of allNodes(machine.root).slice(1)) {
    const here: Accepts = { choices: [], signals: [], timed: node.transitions.has('round') };
    accepts[node.key] = here;
    for (const action of node.entry) {
      const stage = paramsOf(action)?.stage;
      if (typeof stage === 'string') stages.add(stage);
    }
    for (const [eventType, transitions] of node.transitions) {
      if (!CONTROL_EVENTS.has(eventType)) here.signals.push(eventType);
      if (eventType !== 'choose') continue;
      for (const t of transitions) {
        const outcome = t.guard ? paramsOf(t.guard)?.outcome : undefined;
        if (typeof outcome === 'string') here.choices.push(outcome);
      }
    }
  }
  const initial = machine.root.initial.target[0];
  const presented =
    initial?.transitions.get('present')?.[0]?.target?.[0]?.key ?? initial?.key ?? '';
  const all = Object.values(accepts);
  return {
    stages: [...stages],
    choices: [...new Set(all.flatMap((a) => a.choices))],
    signals: [...new Set(all.flatMap((a) => a.signals))],
    accepts,
    presented,
  };
}

export const LIFECYCLES: Readonly<Record<MachineKind, Lifecycle>> = Object.fromEntries(
  MACHINE_KINDS.map((kind) => [kind, describeLifecycle(DEAL_MACHINES[kind])]),
) as Record<MachineKind, Lifecycle>;

function acceptedHere(kind: MachineKind, stage: string | null) {
  const lifecycle = LIFECYCLES[kind];
  return lifecycle.accepts[stage ?? lifecycle.presented];
}

/**
 * An outcome every decision may offer: "not now" or "change nothing". It is recorded and its
 * immediate effects apply, but the deal is not told; a decision with `until` comes back.
 */
export const HOLD = 'hold';

/** Whether a deal of this kind, in this stage (null: just presented), takes this choice now. */
export function acceptsChoice(kind: MachineKind, stage: string | null, outcome: string): boolean {
  return outcome === HOLD || (acceptedHere(kind, stage)?.choices.includes(outcome) ?? false);
}

export function acceptsSignal(kind: MachineKind, stage: string | null, signal: string): boolean {
  return acceptedHere(kind, stage)?.signals.includes(signal) ?? false;
}

/** Whether a deal in this stage is counting rounds and must be told that a round has passed. */
export function isTimed(kind: MachineKind, stage: string | null): boolean {
  return acceptedHere(kind, stage)?.timed ?? false;
}

const labels = new Map<string, string>();

/** A stage as words for people: "signedAsDrafted" becomes "signed as drafted". */
export function stageLabel(stage: string): string {
  let label = labels.get(stage);
  if (label === undefined) {
    label = stage.replace(/([A-Z])/g, ' $1').toLowerCase();
    labels.set(stage, label);
  }
  return label;
}
