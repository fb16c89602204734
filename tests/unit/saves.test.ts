// Saves: a game survives JSON exactly, resumes identically, and a damaged save is explained,
// never half-loaded.
import { describe, expect, it } from 'vitest';
import { SaveError } from '../../src/sim/save.ts';
import { GameSession } from '../../src/sim/session.ts';
import { fakeScenario, fakeSession } from '../support/scenarios.ts';

function midGame(seed = 4) {
  const game = fakeSession({ seed });
  game.choose('towers', 'credit');
  game.next();
  return game;
}

const finish = (game: GameSession) => {
  game.choose('cert', 'mou');
  game.next();
  game.next();
  game.next();
  return game.state;
};

describe('a saved game', () => {
  it('restores to exactly the state it was saved in', () => {
    const game = midGame();
    const restored = GameSession.restore(fakeScenario(), JSON.stringify(game.save()));
    expect(restored.state).toEqual(game.state);
    expect(restored.phase).toBe(game.phase);
  });

  it('goes on exactly as the game it was saved from, deal machines included', () => {
    const game = midGame();
    const restored = GameSession.restore(fakeScenario(), JSON.stringify(game.save()));
    expect(finish(restored)).toEqual(finish(game));
  });

  it('can be forked into an independent what-if', () => {
    const game = midGame();
    const fork = game.fork();
    fork.choose('cert', 'national');
    game.choose('cert', 'mou');
    expect(fork.state.choices.at(-1)?.option).toBe('national');
    expect(game.state.choices.at(-1)?.option).toBe('mou');
  });
});

describe('a damaged save', () => {
  const restore = (text: string) => () => GameSession.restore(fakeScenario(), text);

  it('that is not JSON is reported as damaged', () => {
    expect(restore('{"format": "dsr-sa')).toThrow(
      new SaveError('The save is damaged: it is not valid JSON.'),
    );
  });

  it('with a missing or mistyped field names the field', () => {
    const save = JSON.parse(JSON.stringify(midGame().save())) as {
      snapshot: { context: { game: { round: unknown } } };
    };
    save.snapshot.context.game.round = 'three';
    expect(restore(JSON.stringify(save))).toThrow(/snapshot\.context\.game\.round/);
  });

  it('from another scenario says which one it belongs to', () => {
    const save = { ...midGame().save(), scenarioId: 'somewhere-else' };
    expect(restore(JSON.stringify(save))).toThrow(/belongs to the scenario "somewhere-else"/);
  });

  it('from an older format is refused rather than misread', () => {
    const save = { ...midGame().save(), format: 'dsr-save/0' };
    expect(restore(JSON.stringify(save))).toThrow(SaveError);
  });
});
