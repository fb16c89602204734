// The truth check: over many seeded games it proves that no shown text part claims something false
// of the game it is shown in, and names the part, the game and the condition when one does.
import { describe, expect, it } from 'vitest';
import { checkPassed, modelCheck } from '../../src/sim/modelCheck.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { formatFalseClaim, truthCheck } from '../../src/sim/truthCheck.ts';
import { fakeScenario, fixtureText } from '../support/scenarios.ts';

const truthful = fakeScenario('truth.yaml');
/** The "own CERT" sentence shown in every slow ending, though only some paths build the CERT. */
const FALSE_PART = `      - text: Your own CERT answers attacks.
        claims: { flag: own-cert }
`;
const lying = loadScenarioText(
  fixtureText('truth.yaml').replace(
    `      - text: Your own CERT answers attacks.
        claims: { flag: own-cert }
        when: { flag: own-cert }
`,
    FALSE_PART,
  ),
  'truth.yaml',
);

describe('the truth check', () => {
  it('passes a scenario whose every shown part is true of its game, over every strategy', () => {
    const report = truthCheck(truthful, { runs: 10 });
    expect(report.games).toBe(2 * 6 * 10);
    expect(report.texts).toBeGreaterThan(report.games);
    expect(report.failures).toEqual([]);
  });

  it('fails an ending part that claims a flag the path never set, naming game and condition', () => {
    expect(lying.endings[1]?.explanation).toContainEqual({
      text: 'Your own CERT answers attacks.',
      claims: { flag: 'own-cert' },
    });
    const report = truthCheck(lying, { runs: 10 });
    expect(report.failures).toHaveLength(1);
    const [failure] = report.failures;
    expect(failure).toMatchObject({
      path: 'endings[1].explanation[1]',
      excerpt: 'Your own CERT answers attacks.',
      condition: { flag: 'own-cert' },
    });
    expect(failure?.count).toBeGreaterThan(0);
    expect(formatFalseClaim('truth', failure as never)).toMatch(
      /^truth: endings\[1\]\.explanation\[1\] "Your own CERT answers attacks\." claims \{"flag":"own-cert"\}, false when shown in round 4 \((tiny|other), seed \d+, strategy \w+; \d+ game\(s\)\)$/,
    );
  });

  it('is part of the model check too: an explored path that shows the false part fails it', () => {
    const options = { seeds: [1], maxPathsPerRun: 100, sampledPathsPerRun: 0 };
    expect(checkPassed(modelCheck(truthful, options))).toBe(true);
    const report = modelCheck(lying, options);
    expect(checkPassed(report)).toBe(false);
    expect(report.failures).toEqual([
      expect.stringMatching(
        /^endings\[1\]\.explanation\[1\] "Your own CERT answers attacks\." claims/,
      ),
    ]);
  });
});
