// A workshop played to its hot wash in Node, as the console would save it, so that browser tests
// of the hot wash (printing, two windows) start there without clicking through every round.
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { serialiseWorkshop } from '../../src/ui/workshop/store.ts';
import { Workshop } from '../../src/ui/workshop/workshop.ts';

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
  for (let round = 0; round < 20 && w.screen !== 'hotwash'; round++) {
    for (const [i, team] of w.teams.entries())
      while (w.status(i) === 'deciding') {
        const decision = team.session.state.pending[0] as string;
        const open = team.session.index.decisions
          .get(decision)
          ?.options.find((o) => team.session.optionStatus(decision, o.id).available);
        w.choose(i, decision, open?.id ?? '');
      }
    w.resolve();
    w.advance();
  }
  const text = serialiseWorkshop(w.toSaved({ minutes: null, remainingMs: 0 }));
  w.stop();
  return text;
}
