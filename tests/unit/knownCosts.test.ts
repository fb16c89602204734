// What the decision panel tells a player before they choose: immediate effects and loan terms,
// never a hidden indicator or a consequence that lies in the future.
import { describe, expect, it } from 'vitest';
import { knownCosts } from '../../src/ui/panels/knownCosts.ts';
import { fakeScenario } from '../support/scenarios.ts';

const option = (decision: string, id: string) =>
  fakeScenario()
    .decisions.find((d) => d.id === decision)!
    .options.find((o) => o.id === id)!;

describe('the costs a player knows before choosing', () => {
  it('lists immediate effects and the terms of a loan signed later in the deal', () => {
    expect(knownCosts(option('towers', 'credit'))).toBe(
      'Alignment with China +10; a loan of 10% of GDP from Chinese state lenders at 2%, 10 years, 1 year grace',
    );
  });

  it('says nothing of consequences that only come later', () => {
    expect(knownCosts(option('towers', 'refuse'))).toBeNull();
  });
});
