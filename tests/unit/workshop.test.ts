// The workshop model and its saved form: teams move through the rounds together on one seed, the
// whole workshop survives JSON and rebuilds exactly from its inputs, and a damaged save is named.
import { describe, expect, it } from 'vitest';
import type { WorkshopSave } from '../../src/sim/save.ts';
import {
  WORKSHOP_KEY,
  WorkshopStore,
  parseWorkshop,
  serialiseWorkshop,
} from '../../src/ui/workshop/store.ts';
import { Workshop, injectsOf } from '../../src/ui/workshop/workshop.ts';
import { fakeScenario } from '../support/scenarios.ts';
import { playToHotWash } from '../support/workshops.ts';

const TIMER = { minutes: 10, remainingMs: 420_000 };

function threeTeams(seed = 3) {
  return Workshop.start(fakeScenario(), {
    scenarioId: 'tiny',
    seed,
    timerMinutes: 10,
    teams: [
      { name: 'Alpha', countryId: 'tiny' },
      { name: 'Beta', countryId: 'tiny' },
      { name: 'Gamma', countryId: 'other' },
    ],
  });
}

/** Round 1 decided by every team, each differently, with one scenario and one custom inject. */
function midWorkshop() {
  const w = threeTeams();
  w.inject('leak', 'all');
  w.injectCustom({ title: 'Cyclone', text: 'Towers down.', changes: { connectivity: -5 } }, 1);
  w.choose(0, 'towers', 'credit');
  w.choose(1, 'towers', 'refuse');
  return w;
}

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('a workshop', () => {
  it('hands the turn to the next team still deciding; resolves once all have decided', () => {
    const w = midWorkshop();
    expect(w.activeTeam).toBe(2);
    expect(w.status(0)).toBe('decided');
    expect(w.resolve()).toBe(false);
    expect(w.choose(2, 'towers', 'credit')).toBe(true);
    expect(w.allDecided()).toBe(true);
    expect(w.resolve()).toBe(true);
    expect(w.screen).toBe('report');
    expect(w.choose(2, 'towers', 'refuse')).toBe(false);
    expect(w.advance()).toBe(true);
    expect(w.screen).toBe('round');
    expect(w.teams.map((t) => t.session.state.round)).toEqual([2, 2, 2]);
  });

  it('gives every team the same dice: the same choices give the same game', () => {
    const w = threeTeams(11);
    for (let i = 0; i < 2; i++) w.choose(i, 'towers', 'credit');
    const [a, b] = w.teams.map((t) => t.session.state);
    expect(a?.indicators).toEqual(b?.indicators);
    expect(a?.log).toEqual(b?.log);
  });

  it('sends an inject to one team or to all', () => {
    const w = midWorkshop();
    const injects = w.teams.map((t) => injectsOf(t.session.state.inputs).length);
    expect(injects).toEqual([1, 2, 1]);
    expect(w.teams[1]?.session.state.indicators.connectivity).toBe(25);
  });

  it('takes back a slip of the hand without changing the dice', () => {
    const w = midWorkshop();
    const before = w.teams[0]?.session.state;
    expect(w.undoLastChoice(0)).toBe(true);
    expect(w.status(0)).toBe('deciding');
    expect(w.activeTeam).toBe(0);
    w.choose(0, 'towers', 'credit');
    expect(w.teams[0]?.session.state).toEqual(before);
  });

  it('reaches the hot wash after the last round', () => {
    const w = midWorkshop();
    w.choose(2, 'towers', 'refuse');
    playToHotWash(w);
    expect(w.screen).toBe('hotwash');
    expect(w.teams.every((t) => t.session.state.ending !== null)).toBe(true);
    expect(w.inject('leak', 'all')).toBe(0);
  });
});

describe('a saved workshop', () => {
  it('survives JSON and rebuilds every team exactly, where the facilitator was', () => {
    const w = midWorkshop();
    w.select(1);
    const text = serialiseWorkshop(w.toSaved(TIMER));
    const saved = parseWorkshop(text);
    expect(saved.timer).toEqual(TIMER);
    const back = Workshop.restore(fakeScenario(), saved);
    expect(back.teams.map((t) => t.session.state)).toEqual(w.teams.map((t) => t.session.state));
    expect(back.teams.map((t) => t.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(back.activeTeam).toBe(1);
    expect(back.screen).toBe('round');
  });

  it('comes back on the round report when it was saved there', () => {
    const w = midWorkshop();
    w.choose(2, 'towers', 'credit');
    w.resolve();
    const back = Workshop.restore(
      fakeScenario(),
      parseWorkshop(serialiseWorkshop(w.toSaved(TIMER))),
    );
    expect(back.screen).toBe('report');
  });

  it('is kept under one key and read back; storage that refuses is reported, not thrown', () => {
    const storage = memoryStorage();
    const store = new WorkshopStore(storage);
    expect(store.read()).toEqual({ kind: 'none' });
    expect(store.write(midWorkshop().toSaved(TIMER))).toBe(true);
    expect([...storage.data.keys()]).toEqual([WORKSHOP_KEY]);
    expect(store.read().kind).toBe('saved');
    const full = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(new WorkshopStore(full).write(midWorkshop().toSaved(TIMER))).toBe(false);
    expect(new WorkshopStore(null).write(midWorkshop().toSaved(TIMER))).toBe(false);
    store.discard();
    expect(store.read()).toEqual({ kind: 'none' });
  });

  it('names what is wrong with a damaged one and keeps its text', () => {
    const storage = memoryStorage();
    const store = new WorkshopStore(storage);
    storage.setItem(WORKSHOP_KEY, '{"format":"dsr-workshop/1",');
    expect(store.read()).toMatchObject({ kind: 'damaged', reason: /not valid JSON/ });
    const valid = JSON.parse(serialiseWorkshop(midWorkshop().toSaved(TIMER))) as WorkshopSave;
    const broken = (patch: object) => JSON.stringify({ ...valid, ...patch });
    expect(() => parseWorkshop(broken({ format: 'dsr-save/0' }))).toThrow(
      /another version \(format/,
    );
    expect(() => parseWorkshop(broken({ teams: valid.teams.slice(0, 1) }))).toThrow(/teams/);
    const facilitator = { timer: TIMER, view: { screen: 'round', team: 4 } };
    expect(() => parseWorkshop(broken({ facilitator }))).toThrow(/team that does not exist/);
    const badInput = { ...valid.teams[0], inputs: [{ type: 'explode' }] };
    expect(() => parseWorkshop(broken({ teams: [badInput, ...valid.teams.slice(1)] }))).toThrow(
      /inputs/,
    );
  });

  it('refuses to rebuild when the inputs no longer replay', () => {
    const saved = midWorkshop().toSaved(TIMER);
    saved.teams[0]?.inputs.unshift({ type: 'choose', decision: 'cert', option: 'mou' });
    expect(() => Workshop.restore(fakeScenario(), saved)).toThrow(
      /replaying its moves from its dice does not give the game it holds/,
    );
  });
});
