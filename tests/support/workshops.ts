// A workshop of the tiny fixture played to its hot wash: two teams, a scenario inject, a custom
// inject to all, then the first open option of every decision until both games end.
import { Workshop } from '../../src/ui/workshop/workshop.ts';
import { fakeScenario } from './scenarios.ts';

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
  for (let round = 0; round < 10 && w.screen !== 'hotwash'; round++) {
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
  return w;
}
