// Test factories: the small fixture scenario, loaded once, and fresh sessions on it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { GameSession } from '../../src/sim/session.ts';

export const fixturePath = (name: string) =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export function fixtureText(name = 'tiny.yaml'): string {
  return readFileSync(fixturePath(name), 'utf8');
}

const cache = new Map<string, ScenarioData>();

export function fakeScenario(name = 'tiny.yaml'): ScenarioData {
  let scenario = cache.get(name);
  if (!scenario) {
    scenario = loadScenarioText(fixtureText(name), name);
    cache.set(name, scenario);
  }
  return scenario;
}

export function fakeSession(
  options: { seed?: number; countryId?: string; scenario?: ScenarioData } = {},
): GameSession {
  return GameSession.start(options.scenario ?? fakeScenario(), {
    seed: options.seed ?? 1,
    countryId: options.countryId,
  });
}
