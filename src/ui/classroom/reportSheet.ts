// The student's report on paper: the name first, the game in three lines, then only the questions
// and answers, so it fits on at most two sheets (the debrief around it is never printed with it).
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { printAlone } from './printSheet.ts';
import type { StudentReport } from './reportFormat.ts';

export function reportSheet(report: StudentReport): HTMLElement {
  const choices = report.choices.map((c) => `${c.roundLabel}: ${c.option.label}`).join('; ');
  return h(
    'section',
    { class: 'report-sheet', attrs: { 'aria-hidden': 'true' } },
    h(
      'p',
      { class: 'sheet-name' },
      t('reportNamePrinted', { name: report.student || t('reportNoName') }),
    ),
    h('p', {}, t('clSheetGame', { scenario: report.scenario.title, country: report.country.name })),
    h(
      'p',
      {},
      report.status === 'finished'
        ? t('clSheetFinished', { ending: report.ending.title })
        : t('clSheetUnfinished', { n: report.choices.length }),
    ),
    choices ? h('p', { class: 'sheet-choices' }, t('clSheetChoices', { choices })) : null,
    h(
      'ol',
      { class: 'sheet-answers' },
      ...report.answers.map((a) =>
        h(
          'li',
          {},
          h('p', { class: 'sheet-question' }, a.question),
          h('p', { class: 'printed-answer' }, a.answer.trim() || t('reportNoAnswer')),
        ),
      ),
    ),
  );
}

/** Prints the report sheet alone (printSheet.ts). */
export function printReportSheet(report: StudentReport): void {
  printAlone(reportSheet(report));
}
