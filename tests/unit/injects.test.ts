// A facilitator's scenario injects: each fires at most once per game unless the scenario says it
// repeats (and never beside an excluded event), and it is dated by the round it lands in.
import { describe, expect, it } from 'vitest';
import { fittingRounds, landedDate } from '../../src/sim/eventDates.ts';
import type { GameEventData } from '../../src/sim/scenario/scenario.schema.ts';
import { fakeScenario, fakeSession } from '../support/scenarios.ts';

const scenario = fakeScenario('truth.yaml');
const event = (id: string) => scenario.events.find((e) => e.id === id) as GameEventData;
const session = (countryId = 'tiny') => fakeSession({ scenario, countryId });

describe('an inject', () => {
  it('fires once: fired again it is refused and applies nothing twice', () => {
    const game = session();
    expect(game.inject('audit')).toBe(true);
    expect(game.state.indicators.budget).toBe(45);
    expect(game.inject('audit')).toBe(false);
    expect(game.state.indicators.budget).toBe(45);
    expect(game.state.log.filter((e) => e.origin.event === 'audit')).toHaveLength(1);
    // A refused inject is not an input: replaying the game does not try it again.
    expect(game.state.inputs.filter((i) => i.type === 'inject')).toHaveLength(1);
  });

  it('fires again when the scenario says it repeats', () => {
    const game = session();
    expect(game.inject('leak')).toBe(true);
    expect(game.inject('leak')).toBe(true);
    expect(game.state.indicators.publicTrust).toBe(30);
  });

  it('is refused once the same event has happened on its own that game', () => {
    const game = session();
    game.choose('towers', 'refuse');
    game.next();
    game.choose('cert', 'none');
    expect(game.state.fired['cameras-protest']).toBe(2);
    const trust = game.state.indicators.publicTrust;
    expect(game.inject('cameras-protest')).toBe(false);
    expect(game.state.indicators.publicTrust).toBe(trust);
  });

  it('is refused in a game where an event it excludes has happened', () => {
    const game = session();
    game.choose('towers', 'refuse');
    game.next();
    game.choose('cert', 'none');
    expect(game.inject('free-protest')).toBe(false);
    expect(session('other').inject('free-protest')).toBe(true);
  });
});

describe('the date of an event', () => {
  it('is the round it lands in, not a fixed date from another year', () => {
    expect(event('leak').date).toBe('Spring 2021');
    expect(landedDate(event('leak'), 1, scenario)).toBe('2020');
    expect(landedDate(event('free-protest'), 1, scenario)).toBe('2020');
  });

  it('keeps the scenario date when the event lands in the one round it belongs to', () => {
    expect(landedDate(event('free-protest'), 3, scenario)).toBe('Late 2022');
  });

  it('tells the facilitator in which rounds each inject fits', () => {
    expect(fittingRounds(event('cameras-protest'), scenario)).toBe('2021–2022');
    expect(fittingRounds(event('free-protest'), scenario)).toBe('2022');
    expect(fittingRounds(event('leak'), scenario)).toBeNull();
  });
});
