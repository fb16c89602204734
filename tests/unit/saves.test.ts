// Saves: a game is saved as its seed and moves, resumes identically by replaying them, stays
// small, and a damaged save (or one from a changed scenario) is explained, never half-loaded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playToEnd } from '../../src/sim/playthrough.ts';
import { rewindToChoice } from '../../src/sim/replay.ts';
import { SaveError } from '../../src/sim/save.ts';
import { gameFingerprint } from '../../src/sim/saveChecks.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { GameSession } from '../../src/sim/session.ts';
import { randomStrategy } from '../../src/sim/strategies.ts';
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

const saveOf = (game: GameSession) =>
  JSON.parse(JSON.stringify(game.save())) as Record<string, unknown>;
const restore = (save: unknown) => () =>
  GameSession.restore(fakeScenario(), typeof save === 'string' ? save : JSON.stringify(save));
const DAMAGED = new SaveError(
  'The save is damaged: replaying its moves from its dice does not give the game it holds.',
);
const EARLIER = new SaveError(
  'This save was made with an earlier version of this scenario: its moves no longer give the game it holds.',
);

describe('a saved game', () => {
  it('holds the scenario, its content hash, the country, the seed and the moves', () => {
    const game = midGame();
    expect(saveOf(game)).toMatchObject({
      format: 'dsr-save/2',
      kind: 'game',
      scenarioId: fakeScenario().id,
      contentHash: expect.any(String),
      seed: 4,
      countryId: game.state.countryId,
      round: 2,
      inputs: game.state.inputs,
    });
  });

  it('restores to exactly the state it was saved in', () => {
    const game = midGame();
    const restored = restore(saveOf(game))();
    expect(restored.state).toEqual(game.state);
    expect(restored.phase).toBe(game.phase);
  });

  it('goes on exactly as the game it was saved from, deal machines included', () => {
    const game = midGame();
    expect(finish(restore(saveOf(game))())).toEqual(finish(game));
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

describe('a finished game of a shipped scenario', () => {
  for (const id of ['solomon-islands', 'central-asia']) {
    const scenario = loadScenarioText(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `${id}.yaml`);
    for (const country of scenario.countries) {
      it(`saves in at most 2 KB and replays to the same game: ${id}, ${country.id}`, () => {
        for (const seed of [1, 2, 3]) {
          const game = GameSession.start(scenario, { seed, countryId: country.id });
          const end = playToEnd(game, randomStrategy(seed));
          const text = JSON.stringify(game.save());
          expect(text.length).toBeLessThanOrEqual(2048);
          expect(GameSession.restore(scenario, text).state).toEqual(end);
        }
      });
    }
  }
});

describe('a save checked by replaying it', () => {
  it('is refused in words when valid on the surface but its moves give another game', () => {
    const game = midGame();
    const indicators = { ...game.state.indicators, budget: 99 };
    const fingerprint = gameFingerprint({ ...game.state, indicators });
    expect(restore({ ...saveOf(game), fingerprint })).toThrow(DAMAGED);
  });

  it('made with another version of the scenario still loads when its moves give the same game', () => {
    const game = midGame();
    expect(restore({ ...saveOf(game), contentHash: 'older' })().state).toEqual(game.state);
  });

  it('made with another version of the scenario that now plays differently says so', () => {
    const save = { ...saveOf(midGame()), contentHash: 'older', fingerprint: 'another-game' };
    expect(restore(save)).toThrow(EARLIER);
  });

  it('whose moves no longer apply is refused in words', () => {
    const save = saveOf(midGame());
    const inputs = [{ type: 'choose', decision: 'no-such-decision', option: 'x' }];
    expect(restore({ ...save, inputs })).toThrow(DAMAGED);
  });

  it('naming a country the scenario does not have is refused in words', () => {
    expect(restore({ ...saveOf(midGame()), countryId: 'atlantis' })).toThrow(/atlantis/);
  });
});

describe('a damaged save', () => {
  it('that is not JSON is reported as damaged', () => {
    expect(restore('{"format": "dsr-sa')).toThrow(
      new SaveError('The save is damaged: it is not valid JSON.'),
    );
  });

  it('with a missing or mistyped field names the field', () => {
    expect(restore({ ...saveOf(midGame()), seed: 'three' })).toThrow(/\(seed: /);
    const noInputs = saveOf(midGame());
    delete noInputs.inputs;
    expect(restore(noInputs)).toThrow(/\(inputs: /);
  });

  it('from another scenario says which one it belongs to', () => {
    const save = { ...saveOf(midGame()), scenarioId: 'somewhere-else' };
    expect(restore(save)).toThrow(/belongs to the scenario "somewhere-else"/);
  });

  it('from a format this game never wrote is refused rather than misread', () => {
    expect(restore({ ...saveOf(midGame()), format: 'dsr-save/0' })).toThrow(
      /another version \(format: "dsr-save\/0" is not one this game reads\)/,
    );
    expect(restore({ ...saveOf(midGame()), format: 'constructor' })).toThrow(SaveError);
  });
});

describe('a replay', () => {
  it('rebuilds a finished game exactly from its seed and inputs, injects included', () => {
    const game = midGame(6);
    game.inject('leak');
    game.injectCustom({ title: 'A storm', text: 'Illustrative.', changes: { budget: -1 } });
    finish(game);
    expect(GameSession.replay(fakeScenario(), game.state).state).toEqual(game.state);
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
