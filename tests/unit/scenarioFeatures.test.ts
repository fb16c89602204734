// The format's less common features, played: a draft that leaks before it is signed, hidden
// events, "hold" and decisions offered until decided, relative conditions, postponed elections.
import { describe, expect, it } from 'vitest';
import { fakeScenario, fakeSession } from '../support/scenarios.ts';

const scenario = fakeScenario('features.yaml');
const session = (seed = 1) => fakeSession({ scenario, seed });

describe('a start-of-round event', () => {
  it('reaches a deal that has been offered but not yet chosen, and its effects wait for the choice', () => {
    const game = session();
    expect(game.state.fired.leak).toBe(1);
    expect(game.state.deals.pact?.stage).toBe('leaked');
    game.choose('pact', 'sign');
    expect(game.state.deals.pact?.stage).toBe('signedAsDrafted');
  });
});

describe('a hidden event', () => {
  it('changes the country but is marked hidden in the log', () => {
    const game = session();
    game.choose('pact', 'refuse');
    expect(game.state.indicators.prcVisibility).toBe(10);
    expect(game.state.log.find((e) => e.origin.event === 'quiet-breach')?.hidden).toBe(true);
    expect(game.state.log.find((e) => e.origin.event === 'leak')?.hidden).toBeUndefined();
  });
});

describe('a decision offered until decided', () => {
  it('comes back each round after a hold, applying the immediate effects of the hold', () => {
    const game = session();
    game.choose('pact', 'refuse');
    game.next();
    expect(game.state.pending).toEqual(['recognition']);
    game.choose('recognition', 'not-now');
    expect(game.state.indicators.alignWest).toBe(61);
    expect(game.state.deals.recognition?.stage).toBeNull();
    game.next();
    expect(game.state.pending).toEqual(['recognition']);
    game.choose('recognition', 'switch');
    expect(game.state.deals.recognition?.stage).toBe('adopted');
    game.next();
    expect(game.state.pending).toEqual([]);
  });

  it('closes an option whose relative condition fails, with the reason the scenario gives', () => {
    const game = session();
    game.choose('pact', 'refuse');
    game.next();
    expect(game.optionStatus('recognition', 'only-if-tilted')).toEqual({
      available: false,
      reason: 'Only a government already closer to Beijing than to the West can do this.',
    });
  });
});

describe('a postponed election', () => {
  it('is held later, and a condition can tell that it was postponed', () => {
    const game = session();
    game.choose('pact', 'refuse');
    game.next();
    game.choose('recognition', 'switch');
    game.next();
    expect(game.state.elections.vote).toEqual({ round: 4, result: 'pending', postponed: 1 });
    game.next();
    expect(game.state.elections.vote?.result).toBe('kept');
    game.next();
    expect(game.state.ending).toBe('postponed');
  });
});
