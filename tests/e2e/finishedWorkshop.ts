// A workshop played to its hot wash in Node, as the console would save it, so that browser tests
// of the hot wash (printing, two windows) start there without clicking through every round.
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { serialiseWorkshop } from '../../src/ui/workshop/store.ts';
import { Workshop } from '../../src/ui/workshop/workshop.ts';
import { playToHotWash } from '../support/workshops.ts';

/** The saved text of a finished workshop: each team takes the first open option every time. */
export function finishedWorkshopSave(teams: readonly string[], seed = 7): string {
  const id = 'solomon-islands';
  const scenario = loadScenarioText(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `${id}.yaml`);
  const countryId = scenario.countries[0]?.id ?? '';
  const w = Workshop.start(scenario, {
    scenarioId: id,
    seed,
    timerMinutes: null,
    teams: teams.map((name) => ({ name, countryId })),
  });
  playToHotWash(w);
  const text = serialiseWorkshop(w.toSaved({ minutes: null, remainingMs: 0 }));
  w.stop();
  return text;
}
