// A model check over a scenario's decision structure: explores the tree of choices (branching
// with forked sessions) for several seeds and countries, and reports what can never happen
// (endings, options), decisions that close before they are offered, and games that do not end.
import { availableOptions } from './playerChoices.ts';
import type { ScenarioData } from './scenario/scenario.schema.ts';
import { GameSession } from './session.ts';
import { randomStrategy } from './strategies.ts';
import { playToEnd } from './playthrough.ts';
import { falseClaimsIn } from './truthCheck.ts';

export interface CheckOptions {
  seeds: readonly number[];
  countries?: readonly string[];
  /** Leaves explored exhaustively per seed and country before sampling takes over. */
  maxPathsPerRun: number;
  sampledPathsPerRun: number;
}

export interface PathExample {
  country: string;
  seed: number;
  choices: string[];
}

export interface CheckReport {
  paths: number;
  exhaustive: boolean;
  endings: Record<string, { count: number; example: PathExample }>;
  unreachedEndings: string[];
  optionsNeverChosen: string[];
  closedDecisions: Record<string, number>;
  failures: string[];
}

export function modelCheck(scenario: ScenarioData, options: CheckOptions): CheckReport {
  const report: CheckReport = {
    paths: 0,
    exhaustive: true,
    endings: {},
    unreachedEndings: [],
    optionsNeverChosen: [],
    closedDecisions: {},
    failures: [],
  };
  const chosen = new Set<string>();
  const falseParts = new Set<string>();
  const lastRound = scenario.rounds.length;

  const finish = (session: GameSession, country: string, seed: number) => {
    const state = session.state;
    report.paths += 1;
    if (state.round !== lastRound) {
      report.failures.push(
        `a game ended in round ${state.round}, not ${lastRound} (${country}, seed ${seed})`,
      );
    }
    for (const entry of state.log) {
      const id = entry.origin.decision;
      if (entry.kind === 'closed' && id)
        report.closedDecisions[id] = (report.closedDecisions[id] ?? 0) + 1;
    }
    for (const c of state.choices) chosen.add(`${c.decision}/${c.option}`);
    // Every explored path is also a truth check: a shown part whose claim was false fails it.
    for (const claim of falseClaimsIn(state, scenario)) {
      if (falseParts.has(claim.path)) continue;
      falseParts.add(claim.path);
      report.failures.push(
        `${claim.path} "${claim.excerpt}" claims ${JSON.stringify(claim.condition)}, false when shown in round ${claim.round} (${country}, seed ${seed}, choices ${state.choices.map((c) => c.option).join(',')})`,
      );
    }
    const ending = state.ending ?? '(none)';
    const seen = (report.endings[ending] ??= {
      count: 0,
      example: { country, seed, choices: state.choices.map((c) => c.option) },
    });
    seen.count += 1;
  };

  /** Explores every branch below `session` until `budget` leaves are spent; returns the leaves left. */
  const explore = (session: GameSession, country: string, seed: number, budget: number): number => {
    while (session.phase === 'reviewing') session.next();
    if (session.phase === 'ended') {
      finish(session, country, seed);
      return budget - 1;
    }
    const decision = session.state.pending[0] as string;
    const open = availableOptions(session.state, session.index, decision);
    if (open.length === 0) {
      report.failures.push(
        `dead end: decision "${decision}" is pending with no open option (${country}, seed ${seed})`,
      );
      return budget - 1;
    }
    let left = budget;
    for (const option of open) {
      if (left <= 0) {
        report.exhaustive = false;
        break;
      }
      const branch = session.fork();
      branch.choose(decision, option);
      left = explore(branch, country, seed, left);
      branch.stop();
    }
    return left;
  };

  const countries = options.countries ?? scenario.countries.map((c) => c.id);
  for (const country of countries) {
    for (const seed of options.seeds) {
      const root = GameSession.start(scenario, { seed, countryId: country });
      explore(root, country, seed, options.maxPathsPerRun);
      root.stop();
      if (report.exhaustive) continue;
      for (let i = 0; i < options.sampledPathsPerRun; i++) {
        const session = GameSession.start(scenario, { seed: seed * 7919 + i, countryId: country });
        playToEnd(session, randomStrategy(seed * 104729 + i));
        finish(session, country, seed * 7919 + i);
        session.stop();
      }
    }
  }
  report.unreachedEndings = scenario.endings.map((e) => e.id).filter((id) => !report.endings[id]);
  report.optionsNeverChosen = scenario.decisions.flatMap((d) =>
    d.options.map((o) => `${d.id}/${o.id}`).filter((key) => !chosen.has(key)),
  );
  return report;
}

export function checkPassed(report: CheckReport): boolean {
  return (
    report.failures.length === 0 &&
    report.unreachedEndings.length === 0 &&
    report.optionsNeverChosen.length === 0
  );
}
