// Advances a deal by its machine's pure transition: the deal's snapshot is plain data in the game
// state, not a running actor. One actor scope per machine is reused for every step (building one
// per call is what makes xstate's standalone transition() slow), and since a deal's context is two
// small numbers, each step is worked out once and remembered.
import { createActor, type AnyActorScope, type ExecutableActionObject } from 'xstate';
import type { DealContext, DealEvent } from './dealSetup.ts';
import { DEAL_MACHINES, type MachineKind } from './lifecycles.ts';

/** A deal's machine snapshot as the game state keeps it (JSON-serialisable). */
export interface DealSnapshot {
  readonly value: string;
  readonly context: Readonly<DealContext>;
}

export interface DealStep {
  snapshot: DealSnapshot;
  /** The stages the deal announced on the way, in order (a pass-through state announces too). */
  stages: readonly string[];
}

/** Every deal machine shares the vocabulary of dealSetup; only the state names differ. */
type Machine = (typeof DEAL_MACHINES)['towerDeal'];

interface Stepper {
  machine: Machine;
  scope: AnyActorScope;
  /** The actions the last transition asked for; announcements are read from them. */
  actions: ExecutableActionObject[];
  memo: Map<string, DealStep>;
}

const steppers = new Map<MachineKind, Stepper>();

function stepperFor(kind: MachineKind): Stepper {
  let stepper = steppers.get(kind);
  if (stepper) return stepper;
  const machine = DEAL_MACHINES[kind] as unknown as Machine;
  const self = createActor(machine);
  const actions: ExecutableActionObject[] = [];
  // An inert scope, as xstate's own transition() builds: actions are collected, never run.
  const scope = {
    self,
    id: '',
    sessionId: '',
    logger: () => undefined,
    defer: () => undefined,
    emit: () => undefined,
    system: self.system,
    stopChild: () => undefined,
    actionExecutor: (action: ExecutableActionObject) => actions.push(action),
  } as unknown as AnyActorScope;
  stepper = { machine, scope, actions, memo: new Map() };
  steppers.set(kind, stepper);
  return stepper;
}

function plain(snapshot: { value: unknown; context: DealContext }): DealSnapshot {
  const { roundsLeft, plannedRounds } = snapshot.context;
  return { value: String(snapshot.value), context: { roundsLeft, plannedRounds } };
}

function announced(actions: readonly ExecutableActionObject[]): string[] {
  return actions.flatMap((a) =>
    a.type === 'announce' ? [(a.params as { stage: string }).stage] : [],
  );
}

function eventKey(event: DealEvent): string {
  if (!('outcome' in event)) return event.type;
  return `${event.type}|${String(event.outcome)}|${String(event.rounds)}`;
}

/** The deal's next snapshot after `event`, and the stages it entered; an event it ignores changes nothing. */
export function stepDeal(kind: MachineKind, snapshot: DealSnapshot, event: DealEvent): DealStep {
  const stepper = stepperFor(kind);
  const { value, context } = snapshot;
  const key = `${value}|${context.roundsLeft}|${context.plannedRounds}|${eventKey(event)}`;
  let step = stepper.memo.get(key);
  if (!step) {
    stepper.actions.length = 0;
    const from = stepper.machine.resolveState({ value, context: { ...context } });
    const to = stepper.machine.transition(from, event, stepper.scope);
    step = { snapshot: plain(to), stages: announced(stepper.actions) };
    stepper.memo.set(key, step);
  }
  return step;
}

const initials = new Map<MachineKind, DealSnapshot>();

/** A new deal's snapshot, before it is presented. (No machine announces its initial state.) */
export function initialDeal(kind: MachineKind): DealSnapshot {
  let snapshot = initials.get(kind);
  if (!snapshot) {
    const stepper = stepperFor(kind);
    snapshot = plain(stepper.machine.getInitialSnapshot(stepper.scope, undefined));
    initials.set(kind, snapshot);
  }
  return snapshot;
}
