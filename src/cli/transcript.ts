// Renders a game as a readable turn-by-turn transcript for the terminal.
import { endingAsRead } from '../sim/endings.ts';
import { INDICATOR_IDS, INDICATORS, type IndicatorId, type Indicators } from '../sim/indicators.ts';
import { availableOptions } from '../sim/playerChoices.ts';
import type { GameSession } from '../sim/session.ts';
import type { ScenarioIndex } from '../sim/scenario/scenarioIndex.ts';
import type { LogEntry } from '../sim/state.ts';
import { logTitle } from '../ui/logText.ts';

const MARKS: Record<LogEntry['kind'], string> = {
  decision: '>',
  stage: '*',
  event: '!',
  inject: '!',
  election: '#',
  delayed: '~',
  rule: '.',
  ending: '=',
  closed: 'x',
};

function signed(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return rounded > 0 ? `+${rounded}` : `${rounded}`;
}

export function formatChanges(changes: Partial<Indicators>): string {
  return Object.entries(changes)
    .map(([id, delta]) => `${INDICATORS[id as IndicatorId].label} ${signed(delta ?? 0)}`)
    .join(', ');
}

export function formatEntry(entry: LogEntry, index: ScenarioIndex): string[] {
  const changes = formatChanges(entry.changes);
  const hidden = entry.hidden ? ' [hidden from the player until the debrief]' : '';
  const title = logTitle(index, entry, 'record');
  const lines = [`  ${MARKS[entry.kind]} ${title}${changes ? `  (${changes})` : ''}${hidden}`];
  for (const note of entry.notes) lines.push(`      ${note}`);
  return lines;
}

export function formatIndicators(now: Indicators): string {
  return INDICATOR_IDS.map((id) => {
    const { label, unit } = INDICATORS[id];
    return `${label} ${Math.round(now[id] * 10) / 10}${unit === '/100' ? '' : ` ${unit}`}`;
  }).join(' | ');
}

function formatMoves(now: Indicators, before: Indicators): string {
  return INDICATOR_IDS.filter((id) => !INDICATORS[id].hidden && now[id] !== before[id])
    .map(
      (id) =>
        `${INDICATORS[id].label} ${Math.round(now[id] * 10) / 10} (${signed(now[id] - before[id])})`,
    )
    .join(' | ');
}

export function formatRound(session: GameSession, round: number): string[] {
  const state = session.state;
  const label = session.scenario.rounds[round - 1]?.label ?? String(round);
  const lines = [`== Round ${round} (${label}) ==`];
  for (const entry of state.log.filter((e) => e.round === round && e.kind !== 'ending'))
    lines.push(...formatEntry(entry, session.index));
  const after = state.history[round];
  const before = state.history[round - 1];
  if (after && before)
    lines.push(`  Changed this round: ${formatMoves(after, before) || 'nothing'}`);
  const pending = state.delayed.map((d) => `${d.note} (in ${d.dueRound - state.round} round(s))`);
  if (pending.length > 0) lines.push(`  Pending: ${pending.join('; ')}`);
  return lines;
}

export function formatEnding(session: GameSession): string[] {
  const read = endingAsRead(session.state, session.index);
  if (!read) return [];
  const last = session.state.history.at(-1) as Indicators;
  return [
    `== Ending: ${read.ending.title} ==`,
    `  ${read.summary}`,
    `  ${read.explanation}`,
    `  Final indicators (hidden ones revealed): ${formatIndicators(last)}`,
  ];
}

export type Chooser = (
  session: GameSession,
  decision: string,
  open: string[],
) => Promise<string> | string;

/** Plays a session to its end, asking `choose` at each decision, printing each round as it closes. */
export async function playOut(
  session: GameSession,
  choose: Chooser,
  out: (line: string) => void,
): Promise<void> {
  while (session.phase !== 'ended') {
    if (session.phase === 'deciding') {
      const decision = session.state.pending[0] as string;
      session.choose(
        decision,
        await choose(session, decision, availableOptions(session.state, session.index, decision)),
      );
      continue;
    }
    const round = session.state.round;
    session.next();
    formatRound(session, round).forEach((line) => out(line));
  }
  formatEnding(session).forEach((line) => out(line));
}
