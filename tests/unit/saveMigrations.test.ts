// Older saves, as earlier versions of the game really wrote them (tests/fixtures/saves/). Each is
// replayed against the scenario text it was written with (tests/fixtures/saves/scenarios/, pinned
// by the commit that added the fixture), so these tests check the migration, not today's content:
// new decisions in scenarios/*.yaml cannot break them. What a player gets when today's content
// differs from the save's is tested on purpose-made changes of that pinned text (last block).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SaveError } from '../../src/sim/save.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { GameSession } from '../../src/sim/session.ts';
import { parseWorkshop, serialiseWorkshop } from '../../src/ui/workshop/store.ts';
import { Workshop } from '../../src/ui/workshop/workshop.ts';

const DIR = 'tests/fixtures/saves';
const pins = JSON.parse(readFileSync(`${DIR}/scenarios/pinned.json`, 'utf8')) as Record<
  string,
  string
>;
const fixture = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');

const scenarios = new Map<string, ScenarioData>();
/** The scenario a fixture was written with: its own scenario id, at the commit that added it. */
function pinnedScenario(name: string): ScenarioData {
  const commit = pins[name];
  if (!commit) throw new Error(`${name} has no pinned scenario in ${DIR}/scenarios/pinned.json`);
  const { scenarioId } = JSON.parse(fixture(name)) as { scenarioId: string };
  const path = `${DIR}/scenarios/${commit}/${scenarioId}.yaml`;
  let scenario = scenarios.get(path);
  if (!scenario) {
    scenario = loadScenarioText(readFileSync(path, 'utf8'), `${scenarioId}.yaml`);
    scenarios.set(path, scenario);
  }
  return scenario;
}

interface V1Game {
  round: number;
  countryId: string;
  indicators: Record<string, number>;
  choices: { round: number; decision: string; option: string }[];
  ending: string | null;
  inputs: unknown[];
}
interface V1Save {
  snapshot: { context: { game: V1Game } };
}
const v1Game = (text: string) => (JSON.parse(text) as V1Save).snapshot.context.game;

const V1_GAMES = [
  'dsr-save-1-solomon-islands-finished.json',
  'dsr-save-1-solomon-islands-midgame.json',
  'dsr-save-1-central-asia-finished.json',
  'dsr-save-1-central-asia-kyrgyzstan-injects.json',
];
const WORKSHOP = 'dsr-workshop-1-central-asia.json';

it('every save fixture is pinned to the scenario text it was written with', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
  expect(files.sort()).toEqual([...V1_GAMES, WORKSHOP].sort());
  for (const file of files)
    expect(pinnedScenario(file).id).toBe(JSON.parse(fixture(file)).scenarioId);
});

describe('a dsr-save/1 save (the whole XState snapshot)', () => {
  for (const file of V1_GAMES) {
    it(`resumes by replaying its moves, reaching the game it recorded: ${file}`, () => {
      const text = fixture(file);
      const old = v1Game(text);
      const game = GameSession.restore(pinnedScenario(file), text);
      expect(game.state).toMatchObject({
        countryId: old.countryId,
        round: old.round,
        indicators: old.indicators,
        choices: old.choices,
        ending: old.ending,
        inputs: old.inputs,
      });
      expect(game.phase).toBe(old.ending ? 'ended' : 'reviewing');
      // The format recorded no scenario version: the game knows only that an older game wrote it.
      expect(game.restoredFrom).toEqual({ origin: 'earlier-game', sameGame: true });
    });
  }

  it('is saved again in the current format, at a fraction of its size', () => {
    const file = 'dsr-save-1-solomon-islands-finished.json';
    const text = fixture(file);
    const saved = JSON.stringify(GameSession.restore(pinnedScenario(file), text).save());
    expect(JSON.parse(saved)).toMatchObject({ format: 'dsr-save/2', kind: 'game' });
    expect(saved.length).toBeLessThan(text.length / 10);
  });

  it('whose recorded game its moves no longer give is refused, saying why', () => {
    const file = 'dsr-save-1-solomon-islands-midgame.json';
    const save = JSON.parse(fixture(file)) as V1Save;
    save.snapshot.context.game.indicators.budget = 99;
    expect(() => GameSession.restore(pinnedScenario(file), JSON.stringify(save))).toThrow(
      new SaveError(
        'This save was made by an earlier version of the game: replaying its moves on this version no longer gives the game it holds.',
      ),
    );
  });

  it('with a field missing names the field', () => {
    const file = 'dsr-save-1-solomon-islands-midgame.json';
    const save = JSON.parse(fixture(file)) as { snapshot: { context: { game: Partial<V1Game> } } };
    delete save.snapshot.context.game.inputs;
    expect(() => GameSession.restore(pinnedScenario(file), JSON.stringify(save))).toThrow(
      /\(snapshot\.context\.game\.inputs: /,
    );
  });
});

describe('a dsr-workshop/1 workshop', () => {
  const text = fixture(WORKSHOP);
  const scenario = () => pinnedScenario(WORKSHOP);
  const old = JSON.parse(text) as {
    seed: number;
    teams: { name: string; countryId: string; inputs: unknown[] }[];
    timer: unknown;
    view: unknown;
  };

  it('rebuilds every team from its moves, with the timer and view it had', () => {
    const saved = parseWorkshop(text);
    expect(saved).toMatchObject({ seed: old.seed, timer: old.timer, view: old.view });
    const workshop = Workshop.restore(scenario(), saved);
    expect(workshop.teams.map((t) => [t.name, t.countryId, t.session.state.inputs])).toEqual(
      old.teams.map((t) => [t.name, t.countryId, t.inputs]),
    );
    expect(workshop.round).toBe(2);
  });

  it('is written back in the shared save format', () => {
    const saved = parseWorkshop(text);
    const again = serialiseWorkshop(Workshop.restore(scenario(), saved).toSaved(saved.timer));
    expect(JSON.parse(again)).toMatchObject({ format: 'dsr-save/2', kind: 'workshop' });
    expect(parseWorkshop(again)).toMatchObject({
      seed: old.seed,
      timer: old.timer,
      view: old.view,
    });
  });

  it('is not mistaken for a game, nor a game for a workshop', () => {
    expect(() => GameSession.restore(scenario(), text)).toThrow(/saved workshop, not a game/);
    expect(() => parseWorkshop(fixture('dsr-save-1-central-asia-finished.json'))).toThrow(
      /saved game, not a workshop/,
    );
  });
});

describe("an older save when today's scenario differs from the one it was made with", () => {
  const file = 'dsr-save-1-solomon-islands-midgame.json';
  const text = fixture(file);
  const old = v1Game(text);
  const pinned = () => pinnedScenario(file);
  /** The same save in today's format, as this version wrote it for the pinned scenario. */
  const v2Text = () => JSON.stringify(GameSession.restore(pinned(), text).save());

  /** Content changed away from the save's path: a reworded title. */
  const reworded = (): ScenarioData => ({ ...pinned(), title: `${pinned().title} (revised)` });
  /** Content changed on the save's path: the first option the player chose is gone. */
  const optionDropped = (): ScenarioData => {
    const first = old.choices[0];
    if (!first) throw new Error('the fixture has no choice');
    return {
      ...pinned(),
      decisions: pinned().decisions.map((d) =>
        d.id === first.decision
          ? { ...d, options: d.options.filter((o) => o.id !== first.option) }
          : d,
      ),
    };
  };
  /** Content changed under the save's moves: the country starts one point freer. */
  const startMoved = (): ScenarioData => ({
    ...pinned(),
    countries: pinned().countries.map((c) =>
      c.id === old.countryId
        ? {
            ...c,
            start: {
              ...c.start,
              indicators: {
                ...c.start.indicators,
                civilLiberties: (c.start.indicators.civilLiberties ?? 50) + 1,
              },
            },
          }
        : c,
    ),
  });

  it('replays to the same game when the change is off its path, and says it came from an earlier version', () => {
    const fromV1 = GameSession.restore(reworded(), text);
    expect(fromV1.state).toMatchObject({ indicators: old.indicators, choices: old.choices });
    expect(fromV1.restoredFrom).toEqual({ origin: 'earlier-game', sameGame: true });

    const fromV2 = GameSession.restore(reworded(), v2Text());
    expect(fromV2.state).toMatchObject({ indicators: old.indicators, choices: old.choices });
    expect(fromV2.restoredFrom).toEqual({ origin: 'earlier-scenario', sameGame: true });
    // Against the scenario it was made with, nothing needs saying.
    expect(GameSession.restore(pinned(), v2Text()).restoredFrom?.origin).toBe('this-version');
  });

  for (const [change, scenario] of [
    ['a move of the save no longer exists', optionDropped],
    ['the same moves now give another game', startMoved],
  ] as const) {
    it(`is refused, naming the older version as the cause, when ${change}`, () => {
      expect(() => GameSession.restore(scenario(), text)).toThrow(
        new SaveError(
          'This save was made by an earlier version of the game: replaying its moves on this version no longer gives the game it holds.',
        ),
      );
      expect(() => GameSession.restore(scenario(), v2Text())).toThrow(
        new SaveError(
          'This save was made with an earlier version of this scenario: its moves no longer give the game it holds.',
        ),
      );
    });
  }
});
