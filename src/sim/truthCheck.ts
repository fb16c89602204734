// The truth check: plays many seeded games per country with every strategy and proves that no text
// the player read asserted something false of the game they played. Each text part's claim
// (`claims`, by default its `when`) is evaluated when the part is shown, and a false one is recorded
// in the log entry (see texts.ts). Evaluating at show time suffices for claims about the past too:
// choices made, events fired and election results never un-happen, so a claim true when shown is
// still true at the end. (A flag can be cleared and an indicator moves: a sentence about them was
// true when the player read it, which is what it asserts.)
import { setAutoFreeze } from 'immer';
import type { ConditionData } from './scenario/conditions.schema.ts';
import type { ScenarioData } from './scenario/scenario.schema.ts';
import type { TextValue } from './scenario/textParts.schema.ts';
import { playThrough } from './playthrough.ts';
import type { GameState, LogEntry, UntruePart } from './state.ts';
import { STRATEGY_NAMES, strategyByName, type StrategyName } from './strategies.ts';
import { claimOf } from './texts.ts';

/** A shown text part whose claim was false, located in the scenario and in the game. */
export interface FalseClaim {
  /** Where the part stands in the scenario file, e.g. `endings[2].summary[1]`. */
  path: string;
  round: number;
  excerpt: string;
  condition: ConditionData | undefined;
}

/** The scenario text a log entry showed in a field, and its path in the scenario file. */
function textOf(
  entry: LogEntry,
  field: UntruePart['field'],
  state: GameState,
  scenario: ScenarioData,
): { value: TextValue; path: string } | null {
  if (entry.kind === 'ending') {
    const i = scenario.endings.findIndex((e) => e.id === state.ending);
    const ending = scenario.endings[i];
    if (!ending || (field !== 'summary' && field !== 'explanation')) return null;
    return { value: ending[field], path: `endings[${i}].${field}` };
  }
  if (entry.origin.election !== undefined) {
    const i = scenario.elections.findIndex((e) => e.id === entry.origin.election);
    const election = scenario.elections[i];
    if (!election || (field !== 'kept.text' && field !== 'lost.text')) return null;
    const outcome = field === 'kept.text' ? election.kept : election.lost;
    return { value: outcome.text, path: `elections[${i}].${field}` };
  }
  const i = scenario.events.findIndex((e) => e.id === entry.origin.event);
  const event = scenario.events[i];
  return event ? { value: event.text, path: `events[${i}].text` } : null;
}

const excerptOf = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** Every part the player read in this game whose claim was false when it was shown. */
export function falseClaimsIn(state: GameState, scenario: ScenarioData): FalseClaim[] {
  return state.log.flatMap((entry) =>
    (entry.untrue ?? []).flatMap(({ field, part }) => {
      const found = textOf(entry, field, state, scenario);
      const parts = found && typeof found.value !== 'string' ? found.value : [];
      const data = parts[part];
      if (!found || !data) return [];
      const condition = claimOf(data);
      return [
        {
          path: `${found.path}[${part}]`,
          round: entry.round,
          excerpt: excerptOf(data.text),
          condition,
        },
      ];
    }),
  );
}

/** How many scenario texts a game showed: what the truth check has looked at. */
export function shownTexts(state: GameState): number {
  return state.log.filter((e) => e.text !== undefined).length + (state.ending ? 1 : 0);
}

export interface TruthCheckOptions {
  /** Seeds 1..runs, for every strategy and country. */
  runs: number;
  strategies?: readonly StrategyName[];
  countries?: readonly string[];
}

export interface TruthFailure extends FalseClaim {
  country: string;
  seed: number;
  strategy: StrategyName;
  /** Games in which this part was shown while false. */
  count: number;
}

export interface TruthReport {
  games: number;
  texts: number;
  /** One per false part, with the first game that showed it. */
  failures: TruthFailure[];
}

export function truthCheck(scenario: ScenarioData, options: TruthCheckOptions): TruthReport {
  const report: TruthReport = { games: 0, texts: 0, failures: [] };
  const byPath = new Map<string, TruthFailure>();
  const countries = options.countries ?? scenario.countries.map((c) => c.id);
  // Frozen states guard play against accidental mutation; the check only reads its results.
  setAutoFreeze(false);
  try {
    for (const country of countries) {
      for (const strategy of options.strategies ?? STRATEGY_NAMES) {
        for (let seed = 1; seed <= options.runs; seed++) {
          const state = playThrough(scenario, {
            seed,
            countryId: country,
            strategy: strategyByName(strategy, seed),
          });
          report.games += 1;
          report.texts += shownTexts(state);
          for (const claim of falseClaimsIn(state, scenario)) {
            const seen = byPath.get(claim.path);
            if (seen) seen.count += 1;
            else byPath.set(claim.path, { ...claim, country, seed, strategy, count: 1 });
          }
        }
      }
    }
  } finally {
    setAutoFreeze(true);
  }
  report.failures = [...byPath.values()];
  return report;
}

export function formatFalseClaim(scenarioId: string, f: TruthFailure): string {
  return (
    `${scenarioId}: ${f.path} "${f.excerpt}" claims ${JSON.stringify(f.condition)}, ` +
    `false when shown in round ${f.round} (${f.country}, seed ${f.seed}, strategy ${f.strategy}; ` +
    `${f.count} game(s))`
  );
}
