// An after-action report (the JSON the hot wash downloads) read back: it holds the scenario, the
// seed and each team's moves, so the workshop is rebuilt from them through the same checks as a
// saved workshop (store.ts) and shown as its hot wash. A file that is not such a report, or whose
// moves no longer give the endings it records, is refused with a reason in words. No DOM.
import { z } from 'zod';
import { endingAsRead } from '../../sim/endings.ts';
import { MAX_SAVE_BYTES, SAVE_FORMAT } from '../../sim/save.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { t } from '../messages.ts';
import { parseWorkshop, WorkshopStoreError, type SavedWorkshop } from './store.ts';
import { Workshop } from './workshop.ts';

export const REPORT_FORMAT = 'dsr-workshop-report/1';

/** The parts of the report that rebuild the workshop; the rest is read from the replayed games. */
const ReportParts = z.looseObject({
  format: z.literal(REPORT_FORMAT),
  scenario: z.looseObject({ id: z.string().min(1) }),
  seed: z.unknown(),
  teams: z.array(
    z.looseObject({
      name: z.unknown(),
      country: z.looseObject({ id: z.unknown() }),
      ending: z.looseObject({ id: z.string() }).nullable(),
      inputs: z.unknown(),
    }),
  ),
});

export interface LoadedReport {
  saved: SavedWorkshop;
  /** The ending each team's report records, to compare with the replay. */
  endings: (string | null)[];
}

/** Reads a report file's text; throws a WorkshopStoreError that says what is wrong with it. */
export function parseReportFile(text: string): LoadedReport {
  if (text.length > MAX_SAVE_BYTES) throw new WorkshopStoreError(t('wsReportTooLarge'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WorkshopStoreError(t('wsReportNotJson'));
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== REPORT_FORMAT)
    throw new WorkshopStoreError(
      t('wsReportOtherFormat', { format: JSON.stringify(format ?? null) }),
    );
  const parts = ReportParts.safeParse(json);
  if (!parts.success) {
    const first = parts.error.issues[0];
    const where = first?.path.map(String).join('.') || '(top level)';
    throw new WorkshopStoreError(
      t('wsStoreOtherVersion', { where, message: first?.message ?? 'invalid' }),
    );
  }
  const report = parts.data;
  // The same checks as a saved workshop: team limits, names, every move's shape.
  const saved = parseWorkshop(
    JSON.stringify({
      format: SAVE_FORMAT,
      kind: 'workshop',
      scenarioId: report.scenario.id,
      // A report does not record the scenario's content hash: the endings are compared instead.
      contentHash: null,
      seed: report.seed,
      teams: report.teams.map((team) => ({
        name: team.name,
        countryId: team.country.id,
        inputs: team.inputs,
        fingerprint: null,
      })),
      facilitator: {
        timer: { minutes: null, remainingMs: 0 },
        view: { screen: 'hotwash', team: 0 },
      },
    }),
  );
  return { saved, endings: report.teams.map((team) => team.ending?.id ?? null) };
}

/** Replays the report's games; throws when they do not all reach the endings the report records. */
export function replayReport(scenario: ScenarioData, loaded: LoadedReport): Workshop {
  const workshop = Workshop.restore(scenario, loaded.saved);
  const differs = workshop.teams.find((team, i) => {
    const read = endingAsRead(team.session.state, team.session.index);
    return (read?.ending.id ?? null) !== loaded.endings[i] || !read;
  });
  if (differs) {
    workshop.stop();
    throw new WorkshopStoreError(t('wsReportDiffers', { team: differs.name }));
  }
  return workshop;
}
