// Workshops played forward in Node: the first open option of every decision until the hot wash,
// and the tiny fixture's workshop played that way after a scenario and a custom inject.
import { Workshop } from '../../src/ui/workshop/workshop.ts';
import { fakeScenario } from './scenarios.ts';

/** Every team takes the first open option of each pending decision, round after round, until
 * the hot wash. The bounds only stop a broken game from looping; a test checks the screen. */
export function playToHotWash(w: Workshop, maxRounds = 20): Workshop {
  for (let round = 0; round < maxRounds && w.screen !== 'hotwash'; round++) {
    for (const [i, team] of w.teams.entries())
      for (let guard = 0; guard < 50 && w.status(i) === 'deciding'; guard++) {
        const decision = team.session.state.pending[0] as string;
        const open = team.session.index.decisions
          .get(decision)
          ?.options.find((o) => team.session.optionStatus(decision, o.id).available);
        w.choose(i, decision, open?.id ?? '');
      }
    w.resolve();
    w.advance();
  }
  return w;
}

export function finished(names = ['Alpha, the first', 'Beta']) {
  const w = Workshop.start(fakeScenario(), {
    scenarioId: 'tiny',
    seed: 5,
    timerMinutes: null,
    teams: names.map((name, i) => ({ name, countryId: i === 0 ? 'tiny' : 'other' })),
  });
  w.inject('leak', 0);
  w.injectCustom({ title: 'Cyclone', text: '', changes: { publicTrust: -3 } }, 'all');
  w.choose(0, 'towers', 'credit');
  w.choose(1, 'towers', 'refuse');
  return playToHotWash(w);
}
