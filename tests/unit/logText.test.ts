// The log holds facts and the interface chooses the words: no heading in the simulation's log
// but those a scenario author or facilitator wrote by hand, and each entry reads in both registers.
import { describe, expect, it } from 'vitest';
import { playToEnd } from '../../src/sim/playthrough.ts';
import { randomStrategy } from '../../src/sim/strategies.ts';
import { logTitle } from '../../src/ui/logText.ts';
import { fakeSession } from '../support/scenarios.ts';

describe('the log of a game', () => {
  it("keeps a written heading only for delayed consequences and a facilitator's inject", () => {
    const game = fakeSession({ seed: 2 });
    game.injectCustom({ title: 'A cyclone hits', text: '', changes: { publicTrust: -1 } });
    const state = playToEnd(game, randomStrategy(2));
    const titled = state.log.filter((e) => e.title !== undefined);
    expect(
      titled.every((e) => e.kind === 'delayed' || (e.kind === 'inject' && !e.origin.event)),
    ).toBe(true);
    expect(titled.some((e) => e.title === 'A cyclone hits')).toBe(true);
  });

  it('reads a choice and a deal stage in words, the stage by its name for players', () => {
    const game = fakeSession();
    game.choose('towers', 'credit');
    const decision = game.state.log.find((e) => e.kind === 'decision');
    const stage = game.state.log.find((e) => e.kind === 'stage' && e.origin.stage === 'signed');
    expect(decision && logTitle(game.index, decision)).toMatch(/^.+: .+$/);
    expect(stage && logTitle(game.index, stage, 'record')).toMatch(/: signed$/);
    expect(stage && logTitle(game.index, stage, 'player')).not.toBe('');
  });

  it('reads the rules of passing time from the catalog', () => {
    const game = fakeSession();
    game.choose('towers', 'credit');
    game.next();
    const rule = game.state.log.find((e) => e.kind === 'rule' && e.origin.rule === 'everyRound');
    expect(rule && logTitle(game.index, rule)).toBe('The year passes');
  });
});
