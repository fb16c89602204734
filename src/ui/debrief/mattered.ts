// Which of a game's choices and indicators the debrief puts first. Pure rules over the game log
// and history, so the short debrief is chosen the same way every time and can be tested.
import {
  INDICATOR_IDS,
  INDICATORS,
  type IndicatorId,
  type Indicators,
} from '../../sim/indicators.ts';
import type { GameState, LogEntry } from '../../sim/state.ts';

/** A move measured in points out of 100 of the indicator's range, so debt (0-200) and scores compare. */
function weight(id: IndicatorId, delta: number): number {
  const { min, max } = INDICATORS[id];
  return (Math.abs(delta) * 100) / (max - min);
}

export interface ChoiceImpact {
  /** Index into `state.choices` (what a rewind takes). */
  index: number;
  round: number;
  decision: string;
  option: string;
  /** Net change per indicator over the whole game, traced through the log to this choice. */
  net: Partial<Indicators>;
  /** The sum of the net moves, each in points of its indicator's range. */
  score: number;
}

function tracedTo(entry: LogEntry, decision: string, option: string): boolean {
  return entry.origin.decision === decision && entry.origin.option === option;
}

/**
 * Every choice with the net consequences it caused (its own effects, its deal's stages, delayed
 * effects and repeats: every log entry whose origin names it), the heaviest first; ties keep the
 * order they were made in.
 */
export function choiceImpacts(state: GameState): ChoiceImpact[] {
  const impacts = state.choices.map((c, index) => {
    const net: Partial<Indicators> = {};
    for (const entry of state.log) {
      if (!tracedTo(entry, c.decision, c.option)) continue;
      for (const [id, delta] of Object.entries(entry.changes) as [IndicatorId, number][])
        net[id] = (net[id] ?? 0) + delta;
    }
    const score = (Object.entries(net) as [IndicatorId, number][]).reduce(
      (sum, [id, delta]) => sum + weight(id, delta),
      0,
    );
    return { index, ...c, net, score };
  });
  return impacts.sort((a, b) => b.score - a.score || a.index - b.index);
}

/** The `count` choices whose consequences moved the indicators most. */
export function choicesThatMattered(state: GameState, count = 3): ChoiceImpact[] {
  return choiceImpacts(state)
    .filter((c) => c.score > 0)
    .slice(0, count);
}

/** The `count` largest net moves of one choice, largest first (for a one-line summary). */
export function largestMoves(net: Partial<Indicators>, count: number): [IndicatorId, number][] {
  return (Object.entries(net) as [IndicatorId, number][])
    .filter(([, delta]) => Math.abs(delta) >= 0.05)
    .sort(([a, da], [b, db]) => weight(b, db) - weight(a, da))
    .slice(0, count);
}

/**
 * Indicators ordered by how far they travelled from the start at any point of the game (in
 * points of their range), the furthest first; those that never moved are left out.
 */
export function indicatorsThatMoved(history: readonly Indicators[]): IndicatorId[] {
  const start = history[0];
  if (!start) return [];
  const reach = (id: IndicatorId) =>
    Math.max(0, ...history.map((row) => weight(id, row[id] - start[id])));
  return INDICATOR_IDS.filter((id) => reach(id) >= 0.5).sort(
    (a, b) => reach(b) - reach(a) || INDICATOR_IDS.indexOf(a) - INDICATOR_IDS.indexOf(b),
  );
}
