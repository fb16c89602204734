// Saves: a game survives JSON exactly, resumes identically, and a damaged save is explained,
// never half-loaded.
import { describe, expect, it } from 'vitest';
import { replay, restoreVerified, rewindToChoice } from '../../src/sim/replay.ts';
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

describe('a save checked in depth', () => {
  it('loads when its moves replay to exactly the game it holds', () => {
    const game = midGame();
    expect(restoreVerified(fakeScenario(), JSON.stringify(game.save())).state).toEqual(game.state);
  });

  it('is refused in words when valid on the surface but wrong inside', () => {
    const save = JSON.parse(JSON.stringify(midGame().save())) as {
      snapshot: { context: { game: { indicators: Record<string, number> } } };
    };
    save.snapshot.context.game.indicators.budget = 99;
    const text = JSON.stringify(save);
    expect(() => GameSession.restore(fakeScenario(), text)).not.toThrow();
    expect(() => restoreVerified(fakeScenario(), text)).toThrow(
      new SaveError(
        'The save is damaged: replaying its moves from its dice does not give the game it holds.',
      ),
    );
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

describe('a replay', () => {
  it('rebuilds a finished game exactly from its seed and inputs, injects included', () => {
    const game = midGame(6);
    game.inject('leak');
    finish(game);
    expect(replay(fakeScenario(), game.state, game.state.inputs).state).toEqual(game.state);
  });

  it('rewinds to a chosen decision with everything before it unchanged', () => {
    const game = midGame(6);
    finish(game);
    const rewound = rewindToChoice(fakeScenario(), game.state, 1);
    expect(rewound.state.pending).toEqual(['cert']);
    expect(rewound.state.choices).toEqual(game.state.choices.slice(0, 1));
    expect(rewound.state.history).toEqual(game.state.history.slice(0, 2));
    expect(rewound.state.log.filter((e) => e.round === 1)).toEqual(
      game.state.log.filter((e) => e.round === 1),
    );
    rewound.choose('cert', 'national');
    expect(rewound.state.choices.at(-1)?.option).toBe('national');
  });
});
