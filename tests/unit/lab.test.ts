// The strategy lab's figures in Node: games played in jobs (as the page's workers play them, cut
// anywhere) summarise to exactly what `sim batch` prints for the same seed and strategy, and the
// exports carry them.
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batchCommand.ts';
import { readScenarioFile } from '../../src/cli/scenarioFiles.ts';
import { INDICATOR_IDS } from '../../src/sim/indicators.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import type { StrategyName } from '../../src/sim/strategies.ts';
import { labCsv, labJson } from '../../src/ui/lab/labExport.ts';
import { playJob } from '../../src/ui/lab/labJob.ts';
import type { LabOutcome, StrategyGames } from '../../src/ui/lab/labRun.ts';
import { histogram, summarise } from '../../src/ui/lab/labSummary.ts';

const read = readScenarioFile('scenarios/central-asia.yaml');
if (!read.ok) throw new Error('cannot read the scenario');
const scenario: ScenarioData = read.scenario;
const country = scenario.countries[1]?.id as string;
const runs = 240;
const seed = 11;

/** The games of one strategy, played as two uneven jobs and put together by game number. */
function inJobs(name: StrategyName): StrategyGames {
  const spec = { builtin: name };
  const cut = 97;
  const a = playJob({ countryId: country, spec, baseSeed: seed, first: 0, count: cut }, scenario);
  const b = playJob(
    { countryId: country, spec, baseSeed: seed, first: cut, count: runs - cut },
    scenario,
  );
  const endings = new Uint8Array(runs);
  endings.set(a.endings);
  endings.set(b.endings, cut);
  const indicators = new Float64Array(runs * INDICATOR_IDS.length);
  indicators.set(a.indicators);
  indicators.set(b.indicators, cut * INDICATOR_IDS.length);
  return { spec, endings, indicators };
}

describe('strategy lab figures', { timeout: 120_000 }, () => {
  const names: StrategyName[] = ['random', 'sovereignty'];
  const games = names.map(inJobs);

  it('equal the command line batch for the same seed and strategy', () => {
    names.forEach((name, i) => {
      const cli = runBatch(scenario, { runs, seed, country, strategy: name });
      const lab = summarise(scenario, name, games[i] as StrategyGames);
      expect(lab.endings).toEqual(cli.endings);
      expect(lab.indicators).toEqual(cli.indicators);
    });
  });

  it('count every game once in each histogram, and name an example game of each ending', () => {
    const random = games[0] as StrategyGames;
    for (const id of INDICATOR_IDS)
      expect(histogram(random, id).reduce((n, bin) => n + bin.count, 0)).toBe(runs);
    const summary = summarise(scenario, 'random', random);
    for (const [ending, game] of Object.entries(summary.examples))
      expect(scenario.endings[random.endings[game] as number]?.id).toBe(ending);
  });

  it('export as CSV with a byte order mark and as JSON with every game', () => {
    const outcome: LabOutcome = {
      request: { scenario, countryId: country, specs: [], runs, seed, workers: 1 },
      strategies: games,
      wallMs: 1,
      playMs: 1,
    };
    const csv = labCsv(outcome);
    expect(csv.startsWith('\uFEFFscenario,country,strategy,runs,first_seed,')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + names.length);
    const json = JSON.parse(labJson(outcome));
    expect(json.strategies.map((s: { name: string }) => s.name)).toEqual(names);
    expect(json.strategies[1].gameEndings).toHaveLength(runs);
  });
});
