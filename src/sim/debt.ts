// The loan ledger behind the two debt indicators, and what servicing it costs each round.
// Cheap finance is cheap per round but long: the ledger is what makes "later" arrive.
import type { Draft } from 'immer';
import { clampIndicator } from './indicators.ts';
import type { GameState, Loan } from './state.ts';

export function startingLoans(pctGdp: number, chinaSharePct: number): Loan[] {
  const stock = (creditor: Loan['creditor'], amount: number): Loan => ({
    creditor,
    label: 'Debt before the game starts',
    principalPctGdp: amount,
    outstandingPctGdp: amount,
    ratePct: 0,
    years: 1,
    graceYears: 0,
    takenRound: 0,
    serviced: false,
  });
  const china = (pctGdp * chinaSharePct) / 100;
  return [stock('china', china), stock('other', pctGdp - china)].filter(
    (l) => l.principalPctGdp > 0,
  );
}

/** Recomputes the derived debt indicators from a ledger. */
export function refreshDebtIndicators(draft: Draft<GameState>, loans: readonly Loan[]): void {
  let total = 0;
  let china = 0;
  for (const loan of loans) {
    total += loan.outstandingPctGdp;
    if (loan.creditor === 'china') china += loan.outstandingPctGdp;
  }
  draft.indicators.publicDebt = clampIndicator('publicDebt', total);
  draft.indicators.chinaDebtShare = clampIndicator(
    'chinaDebtShare',
    total > 0 ? (china / total) * 100 : 0,
  );
}

/**
 * Services every loan past its grace period for one round: interest plus an equal share of the
 * principal. Writes the new balances and returns the cost in % of GDP, which the caller turns into
 * fiscal room. A loan taken this round is never due yet, however short its grace.
 */
export function serviceLoans(draft: Draft<GameState>, yearsPerRound: number): number {
  let cost = 0;
  for (const loan of draft.loans) {
    const yearsSince = (draft.round - loan.takenRound) * yearsPerRound;
    if (!loan.serviced || loan.outstandingPctGdp <= 0 || yearsSince <= loan.graceYears) continue;
    const repayment = Math.min(
      loan.outstandingPctGdp,
      (loan.principalPctGdp / Math.max(1, loan.years - loan.graceYears)) * yearsPerRound,
    );
    cost += repayment + (loan.outstandingPctGdp * loan.ratePct * yearsPerRound) / 100;
    loan.outstandingPctGdp = Math.max(0, loan.outstandingPctGdp - repayment);
  }
  refreshDebtIndicators(draft, draft.loans);
  return cost;
}
