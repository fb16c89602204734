// Applies scenario effects to a draft of the game state and records what changed. Signals to deal
// machines are returned, not sent: deciding what happens is pure; gameFlow.ts delivers them.
import type { Draft } from 'immer';
import { clampIndicator, type IndicatorId, type Indicators } from './indicators.ts';
import { refreshDebtIndicators } from './debt.ts';
import type { EffectData } from './scenario/effects.schema.ts';
import type { GameState, Loan, LogEntry, Origin } from './state.ts';

export interface Signal {
  deal: string;
  event: string;
}

export interface Applied {
  changes: Partial<Indicators>;
  notes: string[];
  signals: Signal[];
}

/** Adds what an indicator actually moved (after clamping) to this application's changes. */
function recordMove(applied: Applied, id: IndicatorId, moved: number): void {
  if (moved !== 0)
    applied.changes[id] = Math.round(((applied.changes[id] ?? 0) + moved) * 100) / 100;
}

function changeIndicator(
  draft: Draft<GameState>,
  id: IndicatorId,
  delta: number,
  applied: Applied,
): void {
  const before = draft.indicators[id];
  draft.indicators[id] = clampIndicator(id, before + delta);
  recordMove(applied, id, draft.indicators[id] - before);
}

function applyOne(
  draft: Draft<GameState>,
  effect: EffectData,
  origin: Origin,
  applied: Applied,
  rootOf: (id: string) => string,
): void {
  if (effect.note && effect.after === undefined) applied.notes.push(effect.note);
  if (effect.change) {
    for (const [id, delta] of Object.entries(effect.change))
      changeIndicator(draft, id as IndicatorId, delta ?? 0, applied);
  } else if (effect.borrow) {
    const b = effect.borrow;
    const debtBefore = {
      publicDebt: draft.indicators.publicDebt,
      chinaDebtShare: draft.indicators.chinaDebtShare,
    };
    draft.loans.push({
      creditor: b.creditor,
      label: b.label ?? `Loan from ${b.creditor}`,
      principalPctGdp: b.pctGdp,
      outstandingPctGdp: b.pctGdp,
      ratePct: b.ratePct,
      years: b.years,
      graceYears: b.graceYears,
      takenRound: draft.round,
      serviced: true,
    });
    refreshDebtIndicators(draft, draft.loans as Loan[]);
    for (const id of ['publicDebt', 'chinaDebtShare'] as const) {
      recordMove(applied, id, draft.indicators[id] - debtBefore[id]);
    }
  } else if (effect.setFlag) {
    if (!draft.flags.includes(effect.setFlag)) draft.flags.push(effect.setFlag);
  } else if (effect.clearFlag) {
    draft.flags = draft.flags.filter((f) => f !== effect.clearFlag);
  } else if (effect.signal) {
    applied.signals.push({ deal: rootOf(effect.signal.decision), event: effect.signal.event });
  } else if (effect.after !== undefined && effect.then) {
    draft.delayed.push({
      dueRound: draft.round + effect.after,
      note: effect.note ?? 'A delayed consequence',
      effects: effect.then as Draft<EffectData>[],
      origin,
    });
  } else if (effect.postponeElection) {
    const election = draft.elections[effect.postponeElection.election];
    if (election && election.result === 'pending') {
      election.round += effect.postponeElection.rounds;
      election.postponed += 1;
    }
  }
}

export function applyEffects(
  draft: Draft<GameState>,
  effects: readonly EffectData[],
  origin: Origin,
  rootOf: (decisionId: string) => string,
): Applied {
  const applied: Applied = { changes: {}, notes: [], signals: [] };
  for (const effect of effects) applyOne(draft, effect, origin, applied, rootOf);
  return applied;
}

/** Applies effects and writes one log entry for them; returns the signals to deliver. */
export function applyAndLog(
  draft: Draft<GameState>,
  entry: Pick<LogEntry, 'kind' | 'title' | 'origin' | 'ongoing' | 'hidden' | 'text' | 'untrue'>,
  effects: readonly EffectData[],
  rootOf: (decisionId: string) => string,
): Signal[] {
  const applied = applyEffects(draft, effects, entry.origin, rootOf);
  // Written field by field (not spread), in the order saves and transcripts have always had.
  const log: LogEntry = { round: draft.round, kind: entry.kind } as LogEntry;
  if (entry.title !== undefined) log.title = entry.title;
  log.origin = entry.origin;
  if (entry.ongoing) log.ongoing = true;
  if ('text' in entry) log.text = entry.text;
  if ('untrue' in entry) log.untrue = entry.untrue;
  log.changes = applied.changes;
  log.notes = applied.notes;
  if (entry.hidden) log.hidden = true;
  draft.log.push(log as Draft<LogEntry>);
  return applied.signals;
}
