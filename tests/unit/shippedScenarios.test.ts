// Every scenario the game ships: valid, every quote exact in its seed document, every ending and
// option reachable, its golden play-through unchanged, and fuzzed play-throughs well-behaved.
// After a deliberate content change: UPDATE_GOLDEN=1 npx vitest run tests/unit/shippedScenarios.test.ts
import fc from 'fast-check';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playOut } from '../../src/cli/transcript.ts';
import { readScenarioFile, seedReader, seedsDir } from '../../src/cli/scenarioFiles.ts';
import { INDICATOR_IDS, INDICATORS } from '../../src/sim/indicators.ts';
import { playToEnd } from '../../src/sim/playthrough.ts';
import { formatIssue } from '../../src/sim/scenario/issues.ts';
import { GameSession } from '../../src/sim/session.ts';
import { randomStrategy } from '../../src/sim/strategies.ts';
import { expectModelCheckPasses, loadShipped, shippedFiles } from '../support/shipped.ts';

const seeds = seedsDir();

it('the game ships at least one scenario', () => {
  expect(shippedFiles.length).toBeGreaterThan(0);
});

describe.each(shippedFiles)('scenarios/%s', (file) => {
  // The seed documents live beside the repository (../shared/seeds); CI always has them. Without
  // them elsewhere the check is reported as skipped, with the reason in its name, never as passed.
  const quoteCheck = !seeds && !process.env.CI ? it.skip : it;
  const reason = seeds ? '' : ' (skipped: seed documents not found; set DSR_SEEDS_DIR)';
  quoteCheck(`cites every quote exactly as its seed document has it${reason}`, () => {
    expect(seeds, 'seed documents not found: set DSR_SEEDS_DIR').toBeDefined();
    const result = readScenarioFile(`scenarios/${file}`, seedReader(seeds));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it(
    'passes the model check: every ending and option reachable, no dead end',
    { timeout: 300_000 },
    () => {
      expectModelCheckPasses(loadShipped(file));
    },
  );

  it.each(loadShipped(file).countries.map((c) => c.id))(
    'plays its golden game as %s, word for word',
    async (country) => {
      const scenario = loadShipped(file);
      const lines: string[] = [];
      const session = GameSession.start(scenario, { seed: 1, countryId: country });
      const pick = randomStrategy(1);
      await playOut(
        session,
        (s, decision, open) => pick.pick(s.state, s.index, decision, open),
        (line) => lines.push(line),
      );
      const transcript = `${lines.join('\n')}\n`;
      const golden = `tests/golden/${scenario.id}.${country}.seed1.txt`;
      // A new scenario writes its first golden file locally; CI never writes one, so a missing file fails.
      if (process.env.UPDATE_GOLDEN || (!existsSync(golden) && !process.env.CI))
        writeFileSync(golden, transcript);
      expect(transcript).toBe(readFileSync(golden, 'utf8'));
    },
  );

  it(
    'keeps indicators in range and ends in its last round, whatever is chosen',
    { timeout: 120_000 },
    () => {
      const scenario = loadShipped(file);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.constantFrom(...scenario.countries.map((c) => c.id)),
          (seed, countryId) => {
            const state = playToEnd(
              GameSession.start(scenario, { seed, countryId }),
              randomStrategy(seed),
            );
            const bad = state.history.flatMap((h) =>
              INDICATOR_IDS.filter(
                (id) => !(h[id] >= INDICATORS[id].min && h[id] <= INDICATORS[id].max),
              ),
            );
            expect(bad).toEqual([]);
            expect(state.round).toBe(scenario.rounds.length);
            expect(state.ending).not.toBeNull();
          },
        ),
        { numRuns: 400 },
      );
    },
  );
});
