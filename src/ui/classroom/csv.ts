// The class as a spreadsheet: one row per student. Quoted as RFC 4180 says, so answers with commas,
// quotes and line breaks stay in their cell, and defused so a typed "=..." never runs as a formula.
import { INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import { t } from '../messages.ts';
import type { ClassSummary } from './classReport.ts';

/** One cell. Numbers go in as they are; text is quoted when it needs to be. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // Spreadsheets run a cell that starts with = + - @ as a formula: a student's answer must not.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRows(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

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
    ...summary.questions.map((q) => s.answers[q] ?? ''),
  ]);
  return csvRows([header, ...rows]);
}
