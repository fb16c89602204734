// Composed strategies (src/sim/strategyRules.ts): the rules a teacher writes in the strategy lab
// do what they say in real play-throughs of the shipped scenarios, and bad rules are refused.
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/scenarioFiles.ts';
import { playThrough } from '../../src/sim/playthrough.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { findOption, indexScenario } from '../../src/sim/scenario/scenarioIndex.ts';
import type { Strategy } from '../../src/sim/strategies.ts';
import {
  RuleStrategy,
  StrategySpec,
  matches,
  measure,
  ruleStrategy,
  strategyFromSpec,
  type RuleStrategyData,
} from '../../src/sim/strategyRules.ts';

function load(file: string): ScenarioData {
  const result = readScenarioFile(file);
  if (!result.ok) throw new Error(`cannot read ${file}`);
  return result.scenario;
}

const scenarios = [load('scenarios/solomon-islands.yaml'), load('scenarios/central-asia.yaml')];
const rules = (data: Omit<RuleStrategyData, 'otherwise'> & Partial<RuleStrategyData>) =>
  RuleStrategy.parse(data);

interface Pick {
  decision: string;
  open: readonly string[];
  picked: string;
  debt: number;
}

/** Plays games with `strategy`, recording what was open and what it picked at each decision. */
function picks(scenario: ScenarioData, make: (seed: number) => Strategy, games = 60): Pick[] {
  const seen: Pick[] = [];
  for (const country of scenario.countries) {
    for (let seed = 1; seed <= games; seed++) {
      const inner = make(seed);
      playThrough(scenario, {
        seed,
        countryId: country.id,
        strategy: {
          pick(state, index, decision, open) {
            const picked = inner.pick(state, index, decision, open);
            seen.push({ decision, open, picked, debt: state.indicators.publicDebt });
            return picked;
          },
        },
      });
    }
  }
  return seen;
}

// Whole play-throughs on a shared 2-core machine: a generous limit that only catches a hang.
describe('composed strategies', { timeout: 60_000 }, () => {
  it('refusing Chinese state credit never takes it while another option is open', () => {
    const refuse = rules({ name: 'refuse', rules: [{ avoid: { financing: 'china' } }] });
    for (const scenario of scenarios) {
      const index = indexScenario(scenario);
      const chinese = (d: string, o: string) =>
        matches(findOption(index, d, o)!, { financing: 'china' });
      const seen = picks(scenario, (seed) => ruleStrategy(refuse, seed), 20);
      const offered = seen.filter((p) => p.open.some((o) => chinese(p.decision, o)));
      expect(offered.length).toBeGreaterThan(0);
      for (const p of offered) {
        const alternative = p.open.some((o) => !chinese(p.decision, o));
        expect(chinese(p.decision, p.picked)).toBe(!alternative);
      }
    }
  });

  it('"always the cheapest" picks an option of the lowest immediate cost', () => {
    const cheapest = rules({ name: 'cheap', rules: [{ lowest: 'cost' }], otherwise: 'random' });
    const scenario = scenarios[0] as ScenarioData;
    const index = indexScenario(scenario);
    const cost = (d: string, o: string) => measure(findOption(index, d, o)!, 'cost');
    const seen = picks(scenario, (seed) => ruleStrategy(cheapest, seed));
    expect(seen.some((p) => new Set(p.open.map((o) => cost(p.decision, o))).size > 1)).toBe(true);
    for (const p of seen)
      expect(cost(p.decision, p.picked)).toBe(Math.min(...p.open.map((o) => cost(p.decision, o))));
  });

  it('a rule with a condition applies only while it holds', () => {
    const scenario = scenarios[1] as ScenarioData;
    const index = indexScenario(scenario);
    const borrows = (d: string, o: string) => matches(findOption(index, d, o)!, { borrows: true });
    const limit = 30;
    const careful = rules({
      name: 'careful',
      rules: [{ if: { indicator: 'publicDebt', atLeast: limit }, avoid: { borrows: true } }],
    });
    const seen = picks(scenario, (seed) => ruleStrategy(careful, seed), 40);
    const choice = (p: Pick) =>
      p.open.some((o) => borrows(p.decision, o) !== borrows(p.decision, p.open[0]!));
    const above = seen.filter((p) => p.debt >= limit && choice(p));
    const below = seen.filter((p) => p.debt < limit && borrows(p.decision, p.open[0]!));
    expect(above.length).toBeGreaterThan(0);
    expect(below.length).toBeGreaterThan(0);
    for (const p of above) expect(borrows(p.decision, p.picked)).toBe(false);
    // Below the limit the rule is off: the first option is taken, loan or not.
    for (const p of below) expect(p.picked).toBe(p.open[0]);
  });

  it('"highest alignWest" as a rule plays exactly as the built-in "west" strategy', () => {
    const west = StrategySpec.parse({ rules: { name: 'w', rules: [{ highest: 'alignWest' }] } });
    for (const scenario of scenarios) {
      const country = scenario.countries.at(-1)?.id as string;
      for (let seed = 1; seed <= 30; seed++) {
        const play = (spec: typeof west) =>
          playThrough(scenario, {
            seed,
            countryId: country,
            strategy: strategyFromSpec(spec, seed),
          });
        expect(play(west).inputs).toEqual(play({ builtin: 'west' }).inputs);
      }
    }
  });

  it('a random tie-break is the same for the same seed and differs across seeds', () => {
    const anyone = rules({ name: 'any', rules: [], otherwise: 'random' });
    const scenario = scenarios[0] as ScenarioData;
    const play = (seed: number) =>
      playThrough(scenario, { seed, strategy: ruleStrategy(anyone, seed) }).choices;
    expect(play(5)).toEqual(play(5));
    expect(new Set([1, 2, 3, 4, 5].map((s) => JSON.stringify(play(s)))).size).toBeGreaterThan(1);
  });

  it('refuses rules that are not clear', () => {
    const bad = [
      { name: 'two', rules: [{ avoid: { financing: 'china' }, lowest: 'cost' }] },
      { name: 'none', rules: [{ if: { indicator: 'publicDebt', atLeast: 40 } }] },
      { name: 'lender', rules: [{ avoid: { financing: 'martians' } }] },
      { name: 'empty', rules: [{ prefer: {} }] },
      { name: 'typo', rules: [{ lowest: 'costs' }] },
      { name: '', rules: [] },
    ];
    for (const data of bad) expect(RuleStrategy.safeParse(data).success, data.name).toBe(false);
  });
});
