// The student report file (dsr-report/1): what a student hands in, built from a game finished or not
// (`status`; reports from before it existed were all finished), and the checks a file must pass
// before the class view trusts it. Pure: no DOM, no clock.
import { z } from 'zod';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { GameState } from '../../sim/state.ts';
import { t } from '../messages.ts';

export const REPORT_FORMAT = 'dsr-report/1';
/** A report is a few kilobytes; anything far larger is not one, and is not worth reading. */
export const MAX_REPORT_BYTES = 1024 * 1024;

// Limits on lengths and counts keep a hostile file from exhausting the teacher's browser.
const Str = (max: number) => z.string().max(max);
const Titled = z.object({ id: Str(100), title: Str(400) });

const Report = z.object({
  format: z.literal(REPORT_FORMAT),
  scenario: Titled,
  country: z.object({ id: Str(100), name: Str(400) }),
  seed: z.number(),
  ending: Titled,
  /** Handed in mid-game: the choices so far, no ending. Absent in older files, all finished. */
  status: z.enum(['finished', 'unfinished']).default('finished'),
  choices: z
    .array(
      z.object({
        round: z.int().min(1).max(100),
        roundLabel: Str(40),
        decision: Titled,
        option: z.object({ id: Str(100), label: Str(400) }),
      }),
    )
    .max(200),
  history: z
    .array(z.record(Str(40), z.number()))
    .min(1)
    .max(101),
  answers: z.array(z.object({ question: Str(2000), answer: Str(20000) })).max(30),
  student: Str(200),
  created: z.iso.datetime(),
});

export type StudentReport = z.infer<typeof Report>;

/** The report of a game so far (finished or not); `created` comes from the caller so this stays pure. */
export function buildReport(
  scenario: ScenarioData,
  state: GameState,
  student: string,
  answers: readonly string[],
  created: Date,
): StudentReport {
  const ending = scenario.endings.find((e) => e.id === state.ending);
  const country = scenario.countries.find((c) => c.id === state.countryId);
  return {
    format: REPORT_FORMAT,
    scenario: { id: scenario.id, title: scenario.title },
    country: { id: state.countryId, name: country?.name ?? state.countryId },
    seed: state.seed,
    ending: { id: state.ending ?? '', title: ending?.title ?? '' },
    status: state.ending ? 'finished' : 'unfinished',
    choices: state.choices.map((c) => {
      const decision = scenario.decisions.find((d) => d.id === c.decision);
      const option = decision?.options.find((o) => o.id === c.option);
      return {
        round: c.round,
        roundLabel: scenario.rounds[c.round - 1]?.label ?? String(c.round),
        decision: { id: c.decision, title: decision?.title ?? c.decision },
        option: { id: c.option, label: option?.label ?? c.option },
      };
    }),
    history: state.history.map((h) => ({ ...h })),
    answers: scenario.questions.map((q, i) => ({ question: q.text, answer: answers[i] ?? '' })),
    student: student.trim(),
    created: created.toISOString(),
  };
}

export type ParsedFile =
  { ok: true; name: string; report: StudentReport } | { ok: false; name: string; reason: string };

/** Reads one file's text; a file that is not a sound report comes back with the reason in words. */
export function parseReportFile(name: string, text: string): ParsedFile {
  const fail = (reason: string): ParsedFile => ({ ok: false, name, reason });
  if (text.length > MAX_REPORT_BYTES) return fail(t('reportTooLarge'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(t('reportNotJson'));
  }
  const format =
    typeof json === 'object' && json !== null && 'format' in json
      ? String((json as { format: unknown }).format)
      : null;
  // A saved game (of any version) dropped by mistake: say what it is.
  if (format?.startsWith('dsr-save/'))
    return fail(t('reportIsSave', { download: t('downloadReport') }));
  if (format?.startsWith('dsr-report/') && format !== REPORT_FORMAT)
    return fail(t('reportOtherVersion', { format }));
  if (format !== REPORT_FORMAT) return fail(t('reportForeign'));
  const parsed = Report.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.map(String).join('.') || 'the top level';
    return fail(t('reportDamaged', { where, message: first?.message ?? 'invalid' }));
  }
  return { ok: true, name, report: parsed.data };
}
