// The scenarios the game ships, as the tests read them: every YAML file in scenarios/, loaded and
// validated (a broken file fails with its issues), and the model check both the full games and
// their lesson cuts must pass.
import { readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { readScenarioFile } from '../../src/cli/scenarioFiles.ts';
import { checkPassed, modelCheck } from '../../src/sim/modelCheck.ts';
import { formatIssue } from '../../src/sim/scenario/issues.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';

export const shippedFiles = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

export function loadShipped(file: string): ScenarioData {
  const result = readScenarioFile(`scenarios/${file}`);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.scenario;
}

/** Every ending and every option reachable, no dead end, over two seeds. */
export function expectModelCheckPasses(scenario: ScenarioData): void {
  const report = modelCheck(scenario, {
    seeds: [1, 2],
    maxPathsPerRun: 1500,
    sampledPathsPerRun: 500,
  });
  expect({
    unreached: report.unreachedEndings,
    neverOpen: report.optionsNeverChosen,
    failures: report.failures,
  }).toEqual({ unreached: [], neverOpen: [], failures: [] });
  expect(checkPassed(report)).toBe(true);
}
