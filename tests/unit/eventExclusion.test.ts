// Events that cannot both happen in one game ("the cameras identify organisers" and "without
// cameras, the crowds decide"): an exclusion written on either event holds both ways.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { fakeScenario, fakeSession, fixtureText } from '../support/scenarios.ts';

/** Plays to the end refusing everything; returns the events that fired, by round. */
function firedIn(scenario: ScenarioData, countryId: string): Record<string, number> {
  const game = fakeSession({ scenario, countryId });
  while (game.phase !== 'ended') {
    if (game.phase === 'reviewing') game.next();
    else {
      const decision = game.state.pending[0] as string;
      game.choose(decision, decision === 'cert' ? 'none' : 'refuse');
    }
  }
  return game.state.fired;
}

const declaredOnFirst = fakeScenario('truth.yaml');
const text = fixtureText('truth.yaml');
const declaredOnSecond = loadScenarioText(
  text
    .replace('    excludes: [free-protest]\n', '')
    .replace(
      '    rounds: { from: 3, to: 3 }\n',
      '    rounds: { from: 3, to: 3 }\n    excludes: [cameras-protest]\n',
    ),
  'truth.yaml',
);
const undeclared = loadScenarioText(
  text.replace('    excludes: [free-protest]\n', ''),
  'truth.yaml',
);

describe('mutually exclusive events', () => {
  it('both fire in one game when no exclusion is declared (the fixture is a real test)', () => {
    expect(Object.keys(firedIn(undeclared, 'tiny')).sort()).toEqual([
      'cameras-protest',
      'free-protest',
    ]);
  });

  it('an event never fires after an event it excludes has fired', () => {
    expect(firedIn(declaredOnSecond, 'tiny')).toEqual({ 'cameras-protest': 2 });
  });

  it('the exclusion is symmetric: written on the other event, it still holds', () => {
    expect(firedIn(declaredOnFirst, 'tiny')).toEqual({ 'cameras-protest': 2 });
  });

  it('does not stop an event in a game where the excluded one never fired', () => {
    expect(firedIn(declaredOnFirst, 'other')).toEqual({ 'free-protest': 3 });
  });

  it('names an unknown or self-excluded event with its file and line', () => {
    const broken = text
      .replace('excludes: [free-protest]', 'excludes: [no-such-event]')
      .replace(
        '    rounds: { from: 3, to: 3 }\n',
        '    rounds: { from: 3, to: 3 }\n    excludes: [free-protest]\n',
      );
    const line = (needle: string) => broken.slice(0, broken.indexOf(needle)).split('\n').length;
    expect(() => loadScenarioText(broken, 'truth.yaml')).toThrow(
      new RegExp(
        `truth.yaml:${line('no-such-event')}:\\d+: events\\[0\\]\\.excludes\\[0\\]: unknown event "no-such-event"[\\s\\S]*` +
          `truth.yaml:${line('excludes: [free-protest]')}:\\d+: events\\[1\\]\\.excludes\\[0\\]: an event cannot exclude itself`,
      ),
    );
  });
});
