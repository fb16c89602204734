// Model-based checks over every deal machine: each state is reachable, none is a dead end, and
// the lifecycle catalog a scenario is validated against agrees with the machines.
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { initialDeal, stepDeal } from '../../src/sim/machines/dealStep.ts';
import {
  DEAL_MACHINES,
  LIFECYCLES,
  MACHINE_KINDS,
  acceptsChoice,
  isTimed,
} from '../../src/sim/machines/lifecycles.ts';

function eventsFor(kind: (typeof MACHINE_KINDS)[number]) {
  const { choices, signals } = LIFECYCLES[kind];
  return [
    { type: 'present' },
    { type: 'round' },
    ...choices.map((outcome) => ({ type: 'choose', outcome, rounds: 2 })),
    ...signals.map((type) => ({ type })),
  ];
}

/** The machine with its stage announcements silenced: nothing reads them here. */
function standalone(kind: (typeof MACHINE_KINDS)[number]): AnyStateMachine {
  return DEAL_MACHINES[kind].provide({ actions: { announce: () => undefined } }) as AnyStateMachine;
}

function reachableStates(kind: (typeof MACHINE_KINDS)[number]): Set<string> {
  const paths = getShortestPaths(standalone(kind), {
    events: eventsFor(kind),
    serializeState: (s: { value: unknown; context: unknown }) =>
      JSON.stringify([s.value, (s.context as { roundsLeft: number }).roundsLeft]),
    limit: 5000,
  } as never);
  return new Set(paths.map((p) => String(p.state.value)));
}

describe.each(MACHINE_KINDS)('the %s machine', (kind) => {
  const machine = DEAL_MACHINES[kind];
  const stateKeys = Object.keys(machine.root.states);

  it('can come to rest in every state that is not a pass-through', () => {
    // Pass-through states ("signed" -> "building") announce themselves and move on at once.
    const resting = stateKeys.filter((key) => !machine.root.states[key]?.always);
    expect([...reachableStates(kind)].sort()).toEqual(resting.sort());
  });

  it('enters each pass-through state from some resting state', () => {
    const targets = new Set(
      stateKeys.flatMap((key) =>
        [...(machine.root.states[key]?.transitions.values() ?? [])]
          .flat()
          .flatMap((t) => (t.target ?? []).map((n) => n.key)),
      ),
    );
    for (const key of stateKeys.filter((k) => machine.root.states[k]?.always))
      expect(targets).toContain(key);
  });

  it('has no dead end: every state that is not final can be left', () => {
    for (const key of stateKeys) {
      const node = machine.root.states[key];
      if (node?.type === 'final') continue;
      const targets = [...(node?.transitions.values() ?? [])].flat().flatMap((t) => t.target ?? []);
      const always = node?.always?.flatMap((t) => t.target ?? []) ?? [];
      expect(
        [...targets, ...always].some((t) => t.key !== key),
        `${kind}.${key} cannot be left`,
      ).toBe(true);
    }
  });

  it('announces every stage the catalog lists, and only states it really has', () => {
    for (const stage of LIFECYCLES[kind].stages) expect(stateKeys).toContain(stage);
  });

  it('reports the stages it enters when stepped, a pass-through state included', () => {
    const choice = LIFECYCLES[kind].accepts[LIFECYCLES[kind].presented]?.choices[0] as string;
    const presented = stepDeal(kind, initialDeal(kind), { type: 'present' });
    expect(presented.snapshot.value).toBe(LIFECYCLES[kind].presented);
    const chosen = stepDeal(kind, presented.snapshot, {
      type: 'choose',
      outcome: choice,
      rounds: 1,
    });
    expect(chosen.stages.length).toBeGreaterThan(0);
    expect(chosen.stages).toContain(chosen.snapshot.value);
    for (const stage of chosen.stages) expect(LIFECYCLES[kind].stages).toContain(stage);
  });
});

describe('the lifecycle catalog', () => {
  it('lets a freshly presented tower deal be signed, refused or deferred, but not renegotiated', () => {
    expect(acceptsChoice('towerDeal', null, 'sign')).toBe(true);
    expect(acceptsChoice('towerDeal', null, 'defer')).toBe(true);
    expect(acceptsChoice('towerDeal', null, 'renegotiate')).toBe(false);
    expect(acceptsChoice('towerDeal', 'debtDistress', 'renegotiate')).toBe(true);
  });

  it('knows which stages count rounds', () => {
    expect(isTimed('towerDeal', 'building')).toBe(true);
    expect(isTimed('towerDeal', 'operating')).toBe(false);
    expect(isTimed('certPartnership', 'mou')).toBe(true);
  });
});

describe('a tower deal', () => {
  it('is built for as many rounds as the chosen option says, then operates', () => {
    const actor = createActor(standalone('towerDeal')).start();
    actor.send({ type: 'present' });
    actor.send({ type: 'choose', outcome: 'sign', rounds: 3 });
    expect(actor.getSnapshot().value).toBe('building');
    actor.send({ type: 'round' });
    actor.send({ type: 'round' });
    expect(actor.getSnapshot().value).toBe('building');
    actor.send({ type: 'round' });
    expect(actor.getSnapshot().value).toBe('operating');
    actor.send({ type: 'breach' });
    expect(actor.getSnapshot().value).toBe('breachDiscovered');
  });

  it('ignores a breach before the network runs', () => {
    const actor = createActor(standalone('towerDeal')).start();
    actor.send({ type: 'present' });
    actor.send({ type: 'choose', outcome: 'sign', rounds: 2 });
    actor.send({ type: 'breach' });
    expect(actor.getSnapshot().value).toBe('building');
  });
});

describe('a CNCERT partnership', () => {
  it('deepens by itself from memorandum to information sharing to dependence', () => {
    const actor = createActor(standalone('certPartnership')).start();
    actor.send({ type: 'present' });
    actor.send({ type: 'choose', outcome: 'mou', rounds: 1 });
    const stages = [actor.getSnapshot().value];
    actor.send({ type: 'round' });
    stages.push(actor.getSnapshot().value);
    actor.send({ type: 'round' });
    stages.push(actor.getSnapshot().value);
    expect(stages).toEqual(['mou', 'informationSharing', 'incidentResponseDependence']);
  });
});
