// The class as a spreadsheet: one row per student, with each decision's choice, the final
// indicators and the answers (quoting and formula defusing in ../files/csv.ts).
import { INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import { t } from '../messages.ts';
import { csvRows } from '../files/csv.ts';
import type { ClassSummary } from './classReport.ts';

export function summaryCsv(summary: ClassSummary): string {
  const indicators = summary.ranges.map((r) => r.id);
  const header = [
    t('csvStudent'),
    t('csvCountry'),
    t('csvEnding'),
    ...summary.decisions.map((d) => d.label),
    ...indicators.map((id: IndicatorId) => t('csvFinal', { indicator: INDICATORS[id].label })),
    ...summary.questions,
  ];
  const rows = summary.students.map((s) => [
    s.name,
    s.country,
    s.ending,
    ...summary.decisions.map((d) => s.choices[d.key] ?? ''),
    ...indicators.map((id) => s.final[id]),
    ...summary.questions.map((q) => s.answers.get(q) ?? ''),
  ]);
  return csvRows([header, ...rows]);
}
