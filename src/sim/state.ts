// The whole game as plain, JSON-serialisable data. Deal machines mirror their stage here so that
// conditions, views and saves never need to reach into an actor.
import type { Indicators } from './indicators.ts';
import type { MachineKind } from './machines/lifecycles.ts';
import type { PlayerInput } from './playerInput.ts';
import type { RngState } from './rng.ts';
import type { Creditor, EffectData } from './scenario/effects.schema.ts';

export interface Loan {
  creditor: Creditor;
  label: string;
  principalPctGdp: number;
  outstandingPctGdp: number;
  ratePct: number;
  years: number;
  graceYears: number;
  takenRound: number;
  /** Stock debt at the start is not serviced by the game: its cost is already in the budget. */
  serviced: boolean;
}

export interface DealRecord {
  kind: MachineKind;
  /** Options chosen for this deal so far, oldest first (a follow-up decision adds one). */
  options: { decision: string; option: string }[];
  /** The stage the deal last announced; null until the first choice lands. */
  stage: string | null;
}

export interface Origin {
  decision?: string;
  option?: string;
  stage?: string;
  event?: string;
  election?: string;
  rule?: 'everyRound' | 'debtService';
}

export interface DelayedEffect {
  dueRound: number;
  note: string;
  effects: EffectData[];
  origin: Origin;
}

export type LogKind =
  | 'decision'
  | 'stage'
  | 'event'
  | 'inject'
  | 'election'
  | 'delayed'
  | 'rule'
  | 'ending'
  /** A decision fell due but every option had been closed by earlier choices. */
  | 'closed';

export interface LogEntry {
  round: number;
  kind: LogKind;
  title: string;
  origin: Origin;
  changes: Partial<Indicators>;
  notes: string[];
  /** Happened without the player being told: shown only in the debrief. */
  hidden?: boolean;
  /**
   * The scenario's text as the player read it, composed from its parts when shown: an event's or
   * inject's text, an election's outcome, an ending's explanation (its summary is the first note).
   */
  text?: string;
  /** Shown parts that asserted something false of this game when shown (see texts.ts). */
  untrue?: UntruePart[];
}

/** A shown text part whose claim did not hold: the field it belongs to and its index there. */
export interface UntruePart {
  field: 'text' | 'kept.text' | 'lost.text' | 'summary' | 'explanation';
  part: number;
}

export type { CustomInject, PlayerInput } from './playerInput.ts';

export type ElectionResult = 'pending' | 'kept' | 'lost';

export interface GameState {
  format: 'dsr-state/1';
  scenarioId: string;
  countryId: string;
  seed: number;
  /** Set when the game plays the scenario's lesson cut (replays and saves start the same cut). */
  length?: 'lesson';
  rng: RngState;
  /** 1-based; the game ends after the scenario's last round. */
  round: number;
  indicators: Indicators;
  loans: Loan[];
  flags: string[];
  deals: Record<string, DealRecord>;
  pending: string[];
  choices: { round: number; decision: string; option: string }[];
  delayed: DelayedEffect[];
  fired: Record<string, number>;
  inputs: PlayerInput[];
  elections: Record<string, { round: number; result: ElectionResult; postponed: number }>;
  log: LogEntry[];
  /** Indicator values at the start (index 0) and at the end of each round. */
  history: Indicators[];
  ending: string | null;
}
