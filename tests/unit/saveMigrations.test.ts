// Older saves, as earlier versions of the game really wrote them (tests/fixtures/saves/): each
// loads into today's game, reaching exactly the game it recorded, or is refused with a reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SaveError } from '../../src/sim/save.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { GameSession } from '../../src/sim/session.ts';
import { parseWorkshop, serialiseWorkshop } from '../../src/ui/workshop/store.ts';
import { Workshop } from '../../src/ui/workshop/workshop.ts';

const scenarios = new Map<string, ScenarioData>();
function shipped(id: string): ScenarioData {
  let scenario = scenarios.get(id);
  if (!scenario) {
    scenario = loadScenarioText(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `${id}.yaml`);
    scenarios.set(id, scenario);
  }
  return scenario;
}

const fixture = (name: string) => readFileSync(`tests/fixtures/saves/${name}`, 'utf8');

interface V1Game {
  round: number;
  countryId: string;
  indicators: Record<string, number>;
  choices: unknown[];
  ending: string | null;
  inputs: unknown[];
}
const v1Game = (text: string) =>
  (JSON.parse(text) as { snapshot: { context: { game: V1Game } } }).snapshot.context.game;

describe('a dsr-save/1 save (the whole XState snapshot)', () => {
  const files = [
    ['dsr-save-1-solomon-islands-finished.json', 'solomon-islands'],
    ['dsr-save-1-solomon-islands-midgame.json', 'solomon-islands'],
    ['dsr-save-1-central-asia-finished.json', 'central-asia'],
    ['dsr-save-1-central-asia-kyrgyzstan-injects.json', 'central-asia'],
  ] as const;
  for (const [file, scenarioId] of files) {
    it(`resumes by replaying its moves, reaching the game it recorded: ${file}`, () => {
      const text = fixture(file);
      const old = v1Game(text);
      const game = GameSession.restore(shipped(scenarioId), text);
      expect(game.state).toMatchObject({
        countryId: old.countryId,
        round: old.round,
        indicators: old.indicators,
        choices: old.choices,
        ending: old.ending,
        inputs: old.inputs,
      });
      expect(game.phase).toBe(old.ending ? 'ended' : 'reviewing');
    });
  }

  it('is saved again in the current format, at a fraction of its size', () => {
    const text = fixture('dsr-save-1-solomon-islands-finished.json');
    const saved = JSON.stringify(GameSession.restore(shipped('solomon-islands'), text).save());
    expect(JSON.parse(saved)).toMatchObject({ format: 'dsr-save/2', kind: 'game' });
    expect(saved.length).toBeLessThan(text.length / 10);
  });

  it('whose recorded game its moves no longer give is refused, saying why', () => {
    const save = JSON.parse(fixture('dsr-save-1-solomon-islands-midgame.json')) as {
      snapshot: { context: { game: V1Game } };
    };
    save.snapshot.context.game.indicators.budget = 99;
    expect(() => GameSession.restore(shipped('solomon-islands'), JSON.stringify(save))).toThrow(
      new SaveError(
        'This save was made with an earlier version of this scenario: its moves no longer give the game it holds.',
      ),
    );
  });

  it('with a field missing names the field', () => {
    const save = JSON.parse(fixture('dsr-save-1-solomon-islands-midgame.json')) as {
      snapshot: { context: { game: Partial<V1Game> } };
    };
    delete save.snapshot.context.game.inputs;
    expect(() => GameSession.restore(shipped('solomon-islands'), JSON.stringify(save))).toThrow(
      /\(snapshot\.context\.game\.inputs: /,
    );
  });
});

describe('a dsr-workshop/1 workshop', () => {
  const text = fixture('dsr-workshop-1-central-asia.json');
  const old = JSON.parse(text) as {
    seed: number;
    teams: { name: string; countryId: string; inputs: unknown[] }[];
    timer: unknown;
    view: unknown;
  };

  it('rebuilds every team from its moves, with the timer and view it had', () => {
    const saved = parseWorkshop(text);
    expect(saved).toMatchObject({ seed: old.seed, timer: old.timer, view: old.view });
    const workshop = Workshop.restore(shipped('central-asia'), saved);
    expect(workshop.teams.map((t) => [t.name, t.countryId, t.session.state.inputs])).toEqual(
      old.teams.map((t) => [t.name, t.countryId, t.inputs]),
    );
    expect(workshop.round).toBe(2);
  });

  it('is written back in the shared save format', () => {
    const saved = parseWorkshop(text);
    const again = serialiseWorkshop(
      Workshop.restore(shipped('central-asia'), saved).toSaved(saved.timer),
    );
    expect(JSON.parse(again)).toMatchObject({ format: 'dsr-save/2', kind: 'workshop' });
    expect(parseWorkshop(again)).toMatchObject({
      seed: old.seed,
      timer: old.timer,
      view: old.view,
    });
  });

  it('is not mistaken for a game, nor a game for a workshop', () => {
    expect(() => GameSession.restore(shipped('central-asia'), text)).toThrow(
      /saved workshop, not a game/,
    );
    expect(() => parseWorkshop(fixture('dsr-save-1-central-asia-finished.json'))).toThrow(
      /saved game, not a workshop/,
    );
  });
});
