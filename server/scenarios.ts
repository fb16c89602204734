// The scenarios the server can host, read once from scenarios/*.yaml and found by their id.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readScenarioFile } from '../src/cli/scenarioFiles.ts';
import type { ScenarioData } from '../src/sim/scenario/scenario.schema.ts';

export function loadScenarios(dir: string): Map<string, ScenarioData> {
  const found = new Map<string, ScenarioData>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const result = readScenarioFile(join(dir, name));
    if (result.ok) found.set(result.scenario.id, result.scenario);
    else console.error(`${name}: not hosted (${result.issues[0]?.message ?? 'invalid'})`);
  }
  return found;
}
