// One entry per student and scenario: a student who downloads twice (or hands in mid-game, then at
// the end) counts once, with their latest file. Reports without a name cannot be matched, so each
// counts. Pure: no DOM.
import type { LoadedReport } from './classReport.ts';

export interface Replaced {
  student: string;
  /** How many older files of this student the latest one replaced. */
  count: number;
}

/** Names match whatever the case and spacing: "ana  " and "Ana" are one student. */
const who = (r: LoadedReport) => r.report.student.trim().replace(/\s+/g, ' ').toLowerCase();

/** The latest report of each named student per scenario (by `created`; a tie goes to the later loaded). */
export function latestPerStudent(reports: readonly LoadedReport[]): {
  kept: LoadedReport[];
  replaced: Replaced[];
} {
  const latest = new Map<string, LoadedReport>();
  const older = new Map<string, number>();
  reports.forEach((r, i) => {
    const key = who(r) ? `${r.report.scenario.id}\n${who(r)}` : `#${i}`;
    const held = latest.get(key);
    if (held) older.set(key, (older.get(key) ?? 0) + 1);
    if (!held || Date.parse(r.report.created) >= Date.parse(held.report.created))
      latest.set(key, r);
  });
  const kept = reports.filter((r) => [...latest.values()].includes(r));
  const replaced = [...older.entries()].map(([key, count]) => ({
    student: (latest.get(key) as LoadedReport).report.student.trim(),
    count,
  }));
  return { kept, replaced };
}
