// Effects and the loan ledger: what a consequence does to the country, checked without XState.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { serviceLoans } from '../../src/sim/debt.ts';
import { applyEffects } from '../../src/sim/effects.ts';
import { newGameState } from '../../src/sim/newGame.ts';
import type { EffectData } from '../../src/sim/scenario/effects.schema.ts';
import type { GameState } from '../../src/sim/state.ts';
import { fakeScenario } from '../support/scenarios.ts';

const fakeState = (): GameState => newGameState(fakeScenario(), { seed: 1 });
const apply = (state: GameState, effects: EffectData[]) => {
  let applied: ReturnType<typeof applyEffects> | undefined;
  const next = produce(state, (draft) => {
    applied = applyEffects(draft, effects, { event: 'test' }, (id) => id);
  });
  return { state: next, applied: applied! };
};

describe('applying effects', () => {
  it('moves indicators and reports the change', () => {
    const { state, applied } = apply(fakeState(), [
      { change: { connectivity: 15, alignWest: -5 } },
    ]);
    expect(state.indicators.connectivity).toBe(45);
    expect(applied.changes).toEqual({ connectivity: 15, alignWest: -5 });
  });

  it('clamps indicators to their range and reports only the movement that happened', () => {
    const { state, applied } = apply(fakeState(), [{ change: { civilLiberties: 80 } }]);
    expect(state.indicators.civilLiberties).toBe(100);
    expect(applied.changes.civilLiberties).toBe(30);
  });

  it('records a Chinese loan in the ledger and raises the debt owed to China', () => {
    const before = fakeState();
    const { state } = apply(before, [
      { borrow: { creditor: 'china', pctGdp: 10, ratePct: 1, years: 20, graceYears: 5 } },
    ]);
    expect(state.indicators.publicDebt).toBe(30);
    // 20% of GDP owed, 2 of it to China; 10 more from China makes 12 of 30.
    expect(state.indicators.chinaDebtShare).toBe(40);
    expect(state.loans.at(-1)).toMatchObject({
      creditor: 'china',
      outstandingPctGdp: 10,
      serviced: true,
    });
  });

  it('dilutes the share owed to China when a partner lends', () => {
    const { state } = apply(fakeState(), [
      { borrow: { creditor: 'west', pctGdp: 20, ratePct: 2, years: 10, graceYears: 0 } },
    ]);
    expect(state.indicators.chinaDebtShare).toBe(5);
  });

  it('queues a delayed consequence for the right round instead of applying it', () => {
    const { state, applied } = apply(fakeState(), [
      { after: 2, note: 'Payments start', then: [{ change: { budget: -10 } }] },
    ]);
    expect(state.indicators.budget).toBe(50);
    expect(applied.changes).toEqual({});
    expect(state.delayed).toEqual([
      {
        dueRound: 3,
        note: 'Payments start',
        effects: [{ change: { budget: -10 } }],
        origin: { event: 'test' },
      },
    ]);
  });

  it('returns signals for deal machines rather than sending them', () => {
    const { applied } = apply(fakeState(), [{ signal: { decision: 'towers', event: 'breach' } }]);
    expect(applied.signals).toEqual([{ deal: 'towers', event: 'breach' }]);
  });

  it('sets and clears flags once', () => {
    const set = apply(fakeState(), [{ setFlag: 'leaked' }, { setFlag: 'leaked' }]).state;
    expect(set.flags).toEqual(['leaked']);
    expect(apply(set, [{ clearFlag: 'leaked' }]).state.flags).toEqual([]);
  });
});

describe('servicing loans', () => {
  it('charges nothing during the grace period, then interest plus a share of the principal', () => {
    let state = apply(fakeState(), [
      { borrow: { creditor: 'china', pctGdp: 10, ratePct: 2, years: 11, graceYears: 1 } },
    ]).state;
    const costs: number[] = [];
    for (let round = 2; round <= 4; round++) {
      state = produce(state, (draft) => {
        draft.round = round;
        costs.push(Math.round(serviceLoans(draft, 1) * 1000) / 1000);
      });
    }
    // Round 2 is one year after the loan (still in grace); then 10/10 principal + 2% interest.
    expect(costs).toEqual([0, 1.2, 1.18]);
    expect(state.indicators.publicDebt).toBe(28);
  });

  it('never services the debt a country starts with', () => {
    const start = fakeState();
    const state = produce(start, (draft) => {
      draft.round = 5;
      expect(serviceLoans(draft, 1)).toBe(0);
    });
    expect(state.indicators.publicDebt).toBe(20);
  });
});
