// The engine's fast paths say what the plain rules say: the one-pass list of open options equals
// the options the option check calls available, at every decision of many games; and a session's
// listeners hear each update as the list stood when the update began.
import { describe, expect, it } from 'vitest';
import { availableOptions } from '../../src/sim/playerChoices.ts';
import { randomStrategy } from '../../src/sim/strategies.ts';
import { GameSession } from '../../src/sim/session.ts';
import { loadShipped, shippedFiles } from '../support/shipped.ts';

describe.each(shippedFiles)('%s', (file) => {
  const scenario = loadShipped(file);
  it.each(scenario.countries.map((c) => c.id))(
    'open options of %s are those the option check allows, at every decision of 100 games',
    (countryId) => {
      let decisions = 0;
      for (let seed = 1; seed <= 100; seed++) {
        const session = GameSession.start(scenario, { seed, countryId, inPlace: true });
        const strategy = randomStrategy(seed);
        while (session.phase !== 'ended') {
          if (session.phase === 'reviewing') {
            session.next();
            continue;
          }
          const decision = session.state.pending[0] as string;
          const open = availableOptions(session.state, session.index, decision);
          const allowed = (session.index.decisions.get(decision)?.options ?? [])
            .map((o) => o.id)
            .filter((id) => session.optionStatus(decision, id).available);
          expect(open).toEqual(allowed);
          decisions += 1;
          expect(
            session.choose(decision, strategy.pick(session.state, session.index, decision, open)),
          ).toBe(true);
        }
      }
      expect(decisions).toBeGreaterThan(100);
    },
  );
});

describe('session listeners', () => {
  const scenario = loadShipped(shippedFiles[0] as string);

  it('hear an update as the list stood when it began; a change counts from the next update', () => {
    const session = GameSession.start(scenario, { seed: 3 });
    const heard: string[] = [];
    const late = () => heard.push('late');
    let stopSecond: () => void = () => undefined;
    const first = () => {
      heard.push('first');
      // During the update: the second is dropped and a late one added; neither changes this update.
      stopSecond();
      session.subscribe(late);
    };
    const second = () => heard.push('second');
    session.subscribe(first);
    stopSecond = session.subscribe(second);
    session.subscribe(first); // a listener subscribed twice hears once
    const decision = session.state.pending[0] as string;
    const option = optionsOf(session, decision)[0] as string;
    expect(session.choose(decision, option)).toBe(true);
    expect(heard).toEqual(['first', 'second']);
    heard.length = 0;
    stopSecond(); // dropped already: nothing changes
    while (session.phase === 'deciding') {
      const next = session.state.pending[0] as string;
      session.choose(next, optionsOf(session, next)[0] as string);
    }
    session.next();
    expect(heard.slice(0, 2)).toEqual(['first', 'late']);
    expect(heard).not.toContain('second');
  });
});

function optionsOf(session: GameSession, decision: string): string[] {
  return availableOptions(session.state, session.index, decision);
}
