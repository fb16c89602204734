// The class at a glance, from the students' report files: endings, the split at each decision,
// where the indicators ended, everyone's answers, and the same as CSV. Pure: no DOM.
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { t } from '../messages.ts';
import type { StudentReport } from './reportFormat.ts';
import { latestPerStudent, type Replaced } from './latest.ts';

export { parseReportFile, type ParsedFile, type StudentReport } from './reportFormat.ts';
export { summaryCsv } from './csv.ts';

/** What the class view knows of a scenario in this build: it lists the options nobody took. */
export interface Outline {
  decisions: { id: string; title: string; options: { id: string; label: string }[] }[];
  endings: { id: string; title: string }[];
  questions: string[];
}

export interface LoadedReport {
  file: string;
  report: StudentReport;
}

export interface Count {
  id: string;
  label: string;
  count: number;
  /** count / the students it is out of (0 when there are none). */
  share: number;
}

/** One decision, whatever the round it came up in: one table per decision, not per round. */
export interface DecisionSplit {
  key: string;
  round: number;
  label: string;
  /** How many students faced this decision. */
  total: number;
  options: Count[];
}

export interface Range {
  id: IndicatorId;
  label: string;
  min: number;
  median: number;
  max: number;
}

export interface StudentRow {
  name: string;
  file: string;
  /** The loaded file this row comes from, so the class view can remove it. */
  source: LoadedReport;
  /** Handed in before the game ended. */
  unfinished: boolean;
  country: string;
  ending: string;
  /** Option label by decision key; absent where the student never faced the decision. */
  choices: Record<string, string>;
  final: Partial<Record<IndicatorId, number>>;
  /** Answer by question text: a Map, since a question may be named anything, "toString" too. */
  answers: ReadonlyMap<string, string>;
}

export interface ClassSummary {
  scenarioId: string;
  title: string;
  students: StudentRow[];
  /** Students whose older files the latest replaced (one entry per student and scenario). */
  replaced: Replaced[];
  endings: Count[];
  decisions: DecisionSplit[];
  ranges: Range[];
  questions: string[];
}

export function outlineOf(scenario: ScenarioData): Outline {
  return {
    decisions: scenario.decisions.map((d) => ({
      id: d.id,
      title: d.title,
      options: d.options.map((o) => ({ id: o.id, label: o.label })),
    })),
    endings: scenario.endings.map((e) => ({ id: e.id, title: e.title })),
    questions: scenario.questions.map((q) => q.text),
  };
}

/** Reports split by scenario, in the order the scenarios first appear. */
export function groupByScenario(reports: readonly LoadedReport[]): LoadedReport[][] {
  const groups = new Map<string, LoadedReport[]>();
  for (const r of reports) {
    const id = r.report.scenario.id;
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  return [...groups.values()];
}

/** The same report loaded twice (a file dropped again) must not count twice. */
export function sameReport(a: StudentReport, b: StudentReport): boolean {
  return a.created === b.created && a.seed === b.seed && a.student === b.student;
}

function counts(
  known: readonly { id: string; label: string }[],
  picked: readonly { id: string; label: string }[],
): Count[] {
  const rows = new Map(known.map((k) => [k.id, { ...k, count: 0, share: 0 }]));
  for (const p of picked) {
    const row = rows.get(p.id) ?? { ...p, count: 0, share: 0 };
    row.count += 1;
    rows.set(p.id, row);
  }
  return [...rows.values()].map((r) => ({
    ...r,
    share: picked.length ? r.count / picked.length : 0,
  }));
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** An unfinished game's "ending" in the counts and the student list. */
const endingOf = (r: StudentReport) =>
  r.status === 'unfinished'
    ? { id: '', label: t('clUnfinishedEnding') }
    : { id: r.ending.id, label: r.ending.title };

/**
 * One scenario's reports summed up, each student once (their latest file); `outline` (when the
 * scenario is in this build) fills in zeros.
 */
export function summarise(loaded: readonly LoadedReport[], outline?: Outline): ClassSummary {
  const { kept: reports, replaced } = latestPerStudent(loaded);
  const first = reports[0]?.report;
  let anonymous = 0;
  const students: StudentRow[] = reports.map((source) => ({
    name: source.report.student || t('anonymousStudent', { n: (anonymous += 1) }),
    file: source.file,
    source,
    unfinished: source.report.status === 'unfinished',
    country: source.report.country.name,
    ending: endingOf(source.report).label,
    choices: Object.fromEntries(source.report.choices.map((c) => [c.decision.id, c.option.label])),
    final: source.report.history[source.report.history.length - 1] ?? {},
    answers: new Map(source.report.answers.map((a) => [a.question, a.answer])),
  }));

  const endings = counts(
    (outline?.endings ?? []).map((e) => ({ id: e.id, label: e.title })),
    reports.map(({ report }) => endingOf(report)),
  );

  // Keyed by decision: a decision that comes up in several rounds is one table, each student's
  // last choice in it counted once; it is labelled with every round it came up in.
  const points = new Map<
    string,
    { round: number; order: number; rounds: string[]; title: string }
  >();
  const picks = new Map<string, { id: string; label: string }[]>();
  const order = (id: string) => outline?.decisions.findIndex((d) => d.id === id) ?? -1;
  for (const { report } of reports) {
    const last = new Map(report.choices.map((c) => [c.decision.id, c]));
    for (const c of report.choices) {
      const point = points.get(c.decision.id) ?? {
        round: c.round,
        order: order(c.decision.id),
        rounds: [],
        title: c.decision.title,
      };
      point.round = Math.min(point.round, c.round);
      if (!point.rounds.includes(c.roundLabel)) point.rounds.push(c.roundLabel);
      points.set(c.decision.id, point);
    }
    for (const [id, c] of last)
      picks.set(id, [...(picks.get(id) ?? []), { id: c.option.id, label: c.option.label }]);
  }
  const decisions: DecisionSplit[] = [...points.entries()]
    .sort(([, a], [, b]) => a.round - b.round || a.order - b.order)
    .map(([key, p]) => {
      const picked = picks.get(key) ?? [];
      const known = outline?.decisions.find((d) => d.id === key)?.options ?? [];
      return {
        key,
        round: p.round,
        label: `${p.rounds.join(', ')}: ${p.title}`,
        total: picked.length,
        options: counts(known, picked),
      };
    });

  const ranges: Range[] = INDICATOR_IDS.flatMap((id) => {
    const values = students
      .map((s) => s.final[id])
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
    if (values.length === 0) return [];
    const [min, max] = [values[0] as number, values[values.length - 1] as number];
    return [{ id, label: INDICATORS[id].label, min, median: median(values), max }];
  });

  // The questions the class was asked: a class link narrows them to the teacher's choice, so a
  // question no report holds is left out. The scenario's order first, then any it no longer has.
  const asked = new Set(reports.flatMap(({ report }) => report.answers.map((a) => a.question)));
  const questions = (outline?.questions ?? []).filter((q) => asked.has(q));
  for (const q of asked) if (!questions.includes(q)) questions.push(q);

  return {
    scenarioId: first?.scenario.id ?? '',
    title: first?.scenario.title ?? '',
    students,
    replaced,
    endings,
    decisions,
    ranges,
    questions,
  };
}
