// A game as a player drives it: rounds, choices, deal lifecycles, delayed consequences, events,
// elections, injects and the ending.
import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/sim/session.ts';
import { fakeScenario, fakeSession } from '../support/scenarios.ts';

describe('a new game', () => {
  it('opens round 1 with the round-1 decisions waiting for the player', () => {
    const game = fakeSession();
    expect(game.phase).toBe('deciding');
    expect(game.state.round).toBe(1);
    expect(game.state.pending).toEqual(['towers']);
  });

  it("starts from the chosen country's position", () => {
    expect(fakeSession({ countryId: 'other' }).state.indicators.connectivity).toBe(60);
  });

  it('refuses a country the scenario does not have, naming the ones it has', () => {
    expect(() => fakeSession({ countryId: 'atlantis' })).toThrow(/known: tiny, other/);
  });
});

describe('choosing', () => {
  it('applies the immediate effects and the effects of the stage the deal enters', () => {
    const game = fakeSession();
    expect(game.choose('towers', 'credit')).toBe(true);
    expect(game.state.indicators.alignChina).toBe(40);
    expect(game.state.indicators.publicDebt).toBe(30);
    expect(game.state.deals.towers?.stage).toBe('building');
    expect(game.phase).toBe('reviewing');
  });

  it('refuses a closed option, changes nothing, and says why', () => {
    const game = fakeSession({ countryId: 'other' });
    expect(game.optionStatus('towers', 'wait')).toEqual({
      available: false,
      reason: 'Only a government with Western friends can afford to wait.',
    });
    const before = game.state;
    expect(game.choose('towers', 'wait')).toBe(false);
    expect(game.state).toBe(before);
  });

  it('refuses an option of a decision that is not open', () => {
    expect(fakeSession().choose('cert', 'mou')).toBe(false);
  });
});

describe('deal lifecycles over rounds', () => {
  it('builds the towers for the rounds the option says, then they operate and keep costing', () => {
    const game = fakeSession();
    game.choose('towers', 'credit');
    game.next();
    game.choose('cert', 'none');
    expect(game.state.deals.towers?.stage).toBe('building');
    game.next();
    expect(game.state.round).toBe(3);
    expect(game.state.deals.towers?.stage).toBe('operating');
    expect(game.state.indicators.connectivity).toBe(60);
    // The operating stage's per-round effect lands each round from now on.
    const visibility = game.state.indicators.prcVisibility;
    game.next();
    expect(game.state.indicators.prcVisibility).toBe(visibility + 5);
  });

  it('puts a follow-up decision only when the deal is in the stage it needs', () => {
    const deferred = fakeSession();
    deferred.choose('towers', 'wait');
    deferred.next();
    expect(deferred.state.pending).toEqual(['towers-again', 'cert']);

    const signed = fakeSession();
    signed.choose('towers', 'credit');
    signed.next();
    expect(signed.state.pending).toEqual(['cert']);
  });

  it('releases a delayed consequence in its round and shows it as pending until then', () => {
    const game = fakeSession();
    game.choose('towers', 'refuse');
    expect(game.state.delayed).toMatchObject([{ dueRound: 3, note: 'Coverage falls behind' }]);
    game.next();
    game.choose('cert', 'none');
    const trust = game.state.indicators.publicTrust;
    game.next();
    expect(game.state.delayed).toEqual([]);
    expect(game.state.indicators.publicTrust).toBe(trust - 5);
    expect(game.state.log.some((e) => e.kind === 'delayed' && e.round === 3)).toBe(true);
  });
});

describe('events, elections and injects', () => {
  it('holds the election in its round and records the result', () => {
    const game = fakeSession();
    game.choose('towers', 'refuse');
    game.next();
    game.choose('cert', 'none');
    game.next();
    expect(['kept', 'lost']).toContain(game.state.elections.vote?.result);
    expect(game.state.log.some((e) => e.kind === 'election')).toBe(true);
  });

  it('fires an inject only a facilitator can fire, at any time, and logs it as an inject', () => {
    const game = fakeSession();
    expect(game.inject('leak')).toBe(true);
    expect(game.state.indicators.publicTrust).toBe(40);
    expect(game.state.log.at(-1)).toMatchObject({ kind: 'inject', title: 'A leak' });
  });

  it('never fires a non-automatic event by itself', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const game = fakeSession({ seed });
      game.choose('towers', 'refuse');
      game.next();
      game.choose('cert', 'none');
      game.next();
      game.next();
      expect(game.state.fired.leak).toBeUndefined();
    }
  });

  it('refuses an inject the scenario does not have', () => {
    expect(fakeSession().inject('alien-invasion')).toBe(false);
  });
});

describe('the end of the game', () => {
  it('comes after the last round with an ending chosen and every round recorded', () => {
    const game = fakeSession();
    game.choose('towers', 'credit');
    game.next();
    game.choose('cert', 'mou');
    game.next();
    game.next();
    expect(game.phase).toBe('reviewing');
    game.next();
    expect(game.phase).toBe('ended');
    expect(game.state.round).toBe(4);
    expect(game.state.history).toHaveLength(5);
    expect(['captured', 'squeezed']).toContain(game.state.ending);
  });

  it('picks the fallback ending when no other profile matches', () => {
    const game = fakeSession({ seed: 5 });
    game.choose('towers', 'refuse');
    game.next();
    game.choose('cert', 'none');
    game.next();
    game.next();
    game.next();
    expect(game.state.ending).toBe('slow');
  });
});

describe('determinism', () => {
  it('replays the same seed and choices to the same game', () => {
    const play = () => {
      const game = fakeSession({ seed: 9 });
      game.choose('towers', 'credit');
      game.next();
      game.choose('cert', 'mou');
      game.next();
      game.next();
      game.next();
      return game.state;
    };
    expect(play()).toEqual(play());
  });
});

describe('listening to a game', () => {
  it('hears once per command, only when the game has settled', () => {
    const game = fakeSession();
    const heard: string[] = [];
    game.subscribe((g) => heard.push(`${g.phase}:${g.state.pending.join(',')}`));
    game.choose('towers', 'credit');
    game.next();
    expect(heard).toEqual(['reviewing:', 'deciding:cert']);
  });

  it('stops hearing after unsubscribing', () => {
    const game = fakeSession();
    let heard = 0;
    const stop = game.subscribe(() => (heard += 1));
    stop();
    game.choose('towers', 'credit');
    expect(heard).toBe(0);
  });
});

describe("a facilitator's own inject", () => {
  it('applies its changes, logs its text, and replays exactly', () => {
    const game = fakeSession();
    game.injectCustom({
      title: 'A cyclone hits',
      text: 'Towers are down.',
      changes: { connectivity: -10, publicTrust: 5 },
    });
    expect(game.state.indicators.connectivity).toBe(20);
    expect(game.state.log.at(-1)).toMatchObject({
      kind: 'inject',
      title: 'A cyclone hits',
      notes: ['Towers are down.'],
    });
    expect(GameSession.replay(fakeScenario(), game.state).state).toEqual(game.state);
  });

  it('caps each change and ignores indicators that only the loan ledger may move', () => {
    const game = fakeSession();
    game.injectCustom({
      title: 'Typo',
      text: '',
      changes: { budget: -500, publicDebt: 40 } as never,
    });
    expect(game.state.indicators.budget).toBe(0);
    expect(game.state.indicators.publicDebt).toBe(20);
    expect(game.state.log.at(-1)?.changes).toEqual({ budget: -50 });
  });
});
