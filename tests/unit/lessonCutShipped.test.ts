// Every shipped scenario's lesson cut, checked like the full game: every ending and option of the
// cut reachable, no dead end, every shown claim true; fair (each side the full game offers a
// country still makes its offers in the cut); and shorter (fewer decisions in the same games).
import { describe, expect, it } from 'vitest';
import { playThrough } from '../../src/sim/playthrough.ts';
import { hasLessonCut, lessonCut } from '../../src/sim/scenario/lessonCut.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { randomStrategy } from '../../src/sim/strategies.ts';
import { truthCheck } from '../../src/sim/truthCheck.ts';
import { expectModelCheckPasses, loadShipped, shippedFiles } from '../support/shipped.ts';

/** The partners whose offers a country can meet in a scenario (where an option says whose it is). */
function partnersFacing(scenario: ScenarioData, country: string): string[] {
  const partners = scenario.decisions
    .filter((d) => !d.countries || d.countries.includes(country))
    .flatMap((d) => d.options.flatMap((o) => (o.map ? [o.map.partner] : [])));
  return [...new Set(partners)].sort();
}

it('every shipped scenario has a lesson cut', () => {
  expect(shippedFiles.filter((f) => !hasLessonCut(loadShipped(f)))).toEqual([]);
});

describe.each(shippedFiles)('the lesson cut of scenarios/%s', (file) => {
  it(
    'passes the model check: every ending and option of the cut reachable, no dead end',
    // Four countries explored over two seeds: minutes on a machine shared with other work.
    { timeout: 900_000 },
    () => {
      expectModelCheckPasses(lessonCut(loadShipped(file)));
    },
  );

  it(
    'passes the truth check: every text part shown claims only what holds',
    { timeout: 300_000 },
    () => {
      const report = truthCheck(lessonCut(loadShipped(file)), { runs: 20 });
      expect(report.games).toBeGreaterThan(0);
      expect(report.failures).toEqual([]);
    },
  );

  it.each(loadShipped(file).countries.map((c) => c.id))(
    'keeps every side making its offers to %s (fairness)',
    (country) => {
      const full = loadShipped(file);
      expect(partnersFacing(lessonCut(full), country)).toEqual(partnersFacing(full, country));
      expect(partnersFacing(full, country)).toEqual(expect.arrayContaining(['china', 'west']));
    },
  );

  it.each(loadShipped(file).countries.map((c) => c.id))(
    'asks %s for fewer decisions than the full game, with the same dice and strategy',
    { timeout: 60_000 },
    (country) => {
      const full = loadShipped(file);
      const count = (scenario: ScenarioData) => {
        let choices = 0;
        for (let seed = 1; seed <= 50; seed++)
          choices += playThrough(scenario, {
            seed,
            countryId: country,
            strategy: randomStrategy(seed),
          }).choices.length;
        return choices / 50;
      };
      const inFull = count(full);
      const inCut = count(lessonCut(full));
      expect(inCut).toBeGreaterThan(3);
      // 0.85, not 0.8: quiet paths (a government staying with Taipei, a Central Asian state with
      // no Chinese systems) meet few decisions, and the cut keeps the ones they do meet (cable
      // prices or cameras, partner-network reviews, tower upkeep; who guards the ministries'
      // computers) so their games do not run short of a lesson (0.78-0.85 of the full game).
      expect(inCut).toBeLessThan(inFull * 0.85);
    },
  );
});
