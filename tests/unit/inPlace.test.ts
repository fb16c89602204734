// Batches change the game state in place; interactive play makes a new state per command (Immer).
// Both must be the same game: over 1,000 seeds of every shipped scenario and country, the final
// states are identical, log, history and deal machines included.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/scenarioFiles.ts';
import { playThrough, playToEnd } from '../../src/sim/playthrough.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { GameSession } from '../../src/sim/session.ts';
import { randomStrategy } from '../../src/sim/strategies.ts';

const SEEDS = 1000;

function load(file: string): ScenarioData {
  const result = readScenarioFile(`scenarios/${file}`);
  if (!result.ok) throw new Error(`scenarios/${file} does not load`);
  return result.scenario;
}

const cases = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((file) => {
    const scenario = load(file);
    return scenario.countries.map((c) => ({ name: `${file} ${c.id}`, scenario, country: c.id }));
  });

describe.each(cases)('$name', ({ scenario, country }) => {
  it(
    `ends in the same state in place as with Immer, over ${SEEDS} seeds`,
    { timeout: 300_000 },
    () => {
      const differing: number[] = [];
      for (let seed = 1; seed <= SEEDS; seed++) {
        const inPlace = playThrough(scenario, {
          seed,
          countryId: country,
          strategy: randomStrategy(seed),
        });
        const session = GameSession.start(scenario, { seed, countryId: country });
        const immutable = playToEnd(session, randomStrategy(seed));
        if (JSON.stringify(inPlace) !== JSON.stringify(immutable)) differing.push(seed);
      }
      expect(differing).toEqual([]);
    },
  );
});

it('keeps every state an Immer session handed out as it was', () => {
  const scenario = load('solomon-islands.yaml');
  const session = GameSession.start(scenario, { seed: 3 });
  const first = session.state;
  const frozen = JSON.stringify(first);
  playToEnd(session, randomStrategy(3));
  expect(session.state).not.toBe(first);
  expect(JSON.stringify(first)).toBe(frozen);
});
