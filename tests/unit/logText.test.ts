// The log holds facts and the interface chooses the words: no heading in the simulation's log
// but those a scenario author or facilitator wrote by hand, and each entry reads in both registers.
import { describe, expect, it } from 'vitest';
import { playToEnd } from '../../src/sim/playthrough.ts';
import { randomStrategy } from '../../src/sim/strategies.ts';
import { logTitle } from '../../src/ui/logText.ts';
import { GameSession } from '../../src/sim/session.ts';
import { fakeSession } from '../support/scenarios.ts';
import { loadShipped } from '../support/shipped.ts';

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

describe('a policy turned down, in plain words (Solomon Islands)', () => {
  it('names the proposal that was turned down, not the decision\'s "still undecided" title', () => {
    const game = GameSession.start(loadShipped('solomon-islands.yaml'), { seed: 11 });
    const wanted: Record<string, string> = {
      recognition: 'study-recognition',
      'recognition-decide': 'stay-late',
    };
    for (let step = 0; step < 200 && game.phase !== 'ended'; step++) {
      const decision = game.state.pending[0];
      if (game.phase !== 'deciding' || !decision) {
        game.next();
        continue;
      }
      const options = game.index.decisions.get(decision)?.options ?? [];
      const pick =
        wanted[decision] ??
        options.find((o) => game.optionStatus(decision, o.id).available)?.id ??
        '';
      expect(game.choose(decision, pick)).toBe(true);
    }
    const turnedDown = game.state.log.find(
      (e) =>
        e.kind === 'stage' &&
        e.origin.decision === 'recognition-decide' &&
        e.origin.stage === 'rejected',
    );
    expect(turnedDown).toBeDefined();
    const title = turnedDown ? logTitle(game.index, turnedDown) : '';
    expect(title).toBe('“Switch recognition to Beijing”: turned down');
    expect(title).not.toMatch(/undecided/);
    // The record (the command line's transcript) keeps the state's name.
    expect(turnedDown && logTitle(game.index, turnedDown, 'record')).toMatch(/: rejected$/);
  });
});
