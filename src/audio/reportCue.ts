// The sting for a round report, read from the same log entries the report shows. Kept apart from
// the sound board because it reads the simulation's indicators, which load after the first screen.
import { INDICATORS, type IndicatorId } from '../sim/indicators.ts';
import type { LogEntry } from '../sim/state.ts';

// Sound must only double the screen: hidden indicators (revealed in the debrief) never count,
// or an alert would give away what the player is not yet meant to know.
function isBadNews(entry: LogEntry): boolean {
  let better = 0;
  let worse = 0;
  for (const [id, delta] of Object.entries(entry.changes)) {
    const info = INDICATORS[id as IndicatorId];
    if (!info || info.hidden || info.higherIsBetter === null || !delta) continue;
    if (delta > 0 === info.higherIsBetter) better += 1;
    else worse += 1;
  }
  return worse > better;
}

/**
 * The sting for a round report: 'alert' when an event brought bad news, 'event' for any other
 * event, null for a report without events. Events often land through a deal's stage (a breach
 * discovered, debt distress) whose changes sit on the stage entry, so with an event in the report
 * a harmful stage counts too.
 */
export function reportCue(entries: readonly LogEntry[]): 'alert' | 'event' | null {
  const shown = entries.filter((e) => !e.hidden);
  if (!shown.some((e) => e.kind === 'event')) return null;
  const bad = shown.some((e) => (e.kind === 'event' || e.kind === 'stage') && isBadNews(e));
  return bad ? 'alert' : 'event';
}
