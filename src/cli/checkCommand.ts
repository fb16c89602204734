// `sim check`: the model check, printed for a scenario author; exit 1 names what fails. A scenario
// with a lesson cut is checked twice: the full game, then the cut, each on its own.
import { checkPassed, modelCheck } from '../sim/modelCheck.ts';
import { hasLessonCut, lessonCut } from '../sim/scenario/lessonCut.ts';
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { STRATEGY_NAMES } from '../sim/strategies.ts';
import { formatFalseClaim, truthCheck } from '../sim/truthCheck.ts';
import { loadScenarioOrFail } from './scenarioFiles.ts';

export interface CheckCommandOptions {
  file: string;
  seeds: number;
  maxPaths: number;
  /** Games per strategy and country for the truth check. */
  truthRuns: number;
  country?: string;
  out: (line: string) => void;
}

export function checkCommand(options: CheckCommandOptions): boolean {
  const scenario = loadScenarioOrFail(options.file);
  const full = checkGame(scenario, options.file, options);
  if (!hasLessonCut(scenario)) return full;
  const cut = checkGame(lessonCut(scenario), `${options.file} (lesson cut)`, options);
  return full && cut;
}

function checkGame(scenario: ScenarioData, label: string, options: CheckCommandOptions): boolean {
  const seeds = Array.from({ length: options.seeds }, (_, i) => i + 1);
  const report = modelCheck(scenario, {
    seeds,
    countries: options.country ? [options.country] : undefined,
    maxPathsPerRun: options.maxPaths,
    sampledPathsPerRun: Math.ceil(options.maxPaths / 4),
  });
  const { out } = options;
  out(
    `${label}: ${report.paths} play-throughs explored (${report.exhaustive ? 'every choice path' : 'choice paths up to the limit, then random samples'}) over seeds 1..${options.seeds}`,
  );
  for (const ending of scenario.endings) {
    const seen = report.endings[ending.id];
    out(
      seen
        ? `  ok    ending ${ending.id}: ${seen.count} (e.g. ${seen.example.country}, seed ${seen.example.seed}: ${seen.example.choices.join(',')})`
        : `  FAIL  ending ${ending.id} is never reached`,
    );
  }
  for (const option of report.optionsNeverChosen)
    out(`  FAIL  option ${option} is never open on any explored path`);
  for (const [decision, count] of Object.entries(report.closedDecisions)) {
    out(
      `  note  decision ${decision} fell due with every option closed in ${count} play-through(s)`,
    );
  }
  for (const failure of report.failures.slice(0, 20)) out(`  FAIL  ${failure}`);
  const truth = truthCheck(scenario, {
    runs: options.truthRuns,
    countries: options.country ? [options.country] : undefined,
  });
  out(
    truth.failures.length === 0
      ? `  ok    truth: every claim held in ${truth.texts} texts shown over ${truth.games} games (seeds 1..${options.truthRuns}, strategies ${STRATEGY_NAMES.join(', ')})`
      : `  FAIL  truth: ${truth.failures.length} text part(s) claimed something false over ${truth.games} games`,
  );
  for (const failure of truth.failures) out(`  FAIL  ${formatFalseClaim(scenario.id, failure)}`);
  const passed = checkPassed(report) && truth.failures.length === 0;
  out(passed ? 'check passed' : 'check FAILED');
  return passed;
}
