// The class at a glance, from the students' report files: endings, the split at each decision,
// where the indicators ended, everyone's answers, and the same as CSV. Pure: no DOM.
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { t } from '../messages.ts';
import type { StudentReport } from './reportFormat.ts';

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

export interface DecisionSplit {
  key: string;
  round: number;
  label: string;
  /** How many students faced this decision in this round. */
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

const keyOf = (round: number, decision: string) => `${round}:${decision}`;

/** One scenario's reports summed up; `outline` (when the scenario is in this build) fills in zeros. */
export function summarise(reports: readonly LoadedReport[], outline?: Outline): ClassSummary {
  const first = reports[0]?.report;
  let anonymous = 0;
  const students: StudentRow[] = reports.map(({ file, report }) => ({
    name: report.student || t('anonymousStudent', { n: (anonymous += 1) }),
    file,
    country: report.country.name,
    ending: report.ending.title,
    choices: Object.fromEntries(
      report.choices.map((c) => [keyOf(c.round, c.decision.id), c.option.label]),
    ),
    final: report.history[report.history.length - 1] ?? {},
    answers: new Map(report.answers.map((a) => [a.question, a.answer])),
  }));

  const endings = counts(
    (outline?.endings ?? []).map((e) => ({ id: e.id, label: e.title })),
    reports.map(({ report: r }) => ({ id: r.ending.id, label: r.ending.title })),
  );

  const points = new Map<string, { round: number; order: number; label: string; id: string }>();
  const picks = new Map<string, { id: string; label: string }[]>();
  const order = (id: string) => outline?.decisions.findIndex((d) => d.id === id) ?? -1;
  for (const { report } of reports) {
    for (const c of report.choices) {
      const key = keyOf(c.round, c.decision.id);
      if (!points.has(key))
        points.set(key, {
          round: c.round,
          order: order(c.decision.id),
          label: `${c.roundLabel}: ${c.decision.title}`,
          id: c.decision.id,
        });
      picks.set(key, [...(picks.get(key) ?? []), { id: c.option.id, label: c.option.label }]);
    }
  }
  const decisions: DecisionSplit[] = [...points.entries()]
    .sort(([, a], [, b]) => a.round - b.round || a.order - b.order)
    .map(([key, p]) => {
      const picked = picks.get(key) ?? [];
      const known = outline?.decisions.find((d) => d.id === p.id)?.options ?? [];
      return {
        key,
        round: p.round,
        label: p.label,
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

  const questions = [...(outline?.questions ?? [])];
  for (const { report } of reports)
    for (const a of report.answers) if (!questions.includes(a.question)) questions.push(a.question);

  return {
    scenarioId: first?.scenario.id ?? '',
    title: first?.scenario.title ?? '',
    students,
    endings,
    decisions,
    ranges,
    questions,
  };
}
