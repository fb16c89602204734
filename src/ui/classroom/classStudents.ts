// The class list: one row per student (their latest file) and a button to remove that file. Each
// student's choices are in the CSV; on screen the splits show them for the class.
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import type { ClassSummary, LoadedReport } from './classReport.ts';
import { headRow } from './classSections.ts';

export function studentsTable(
  summary: ClassSummary,
  labelledBy: string,
  onRemove: (source: LoadedReport) => void,
): HTMLElement {
  return h(
    'table',
    { class: 'class-table students', attrs: { 'aria-labelledby': labelledBy } },
    headRow(t('classStudent'), t('classCountry'), t('classEnding'), t('classFile'), t('clRemove')),
    h(
      'tbody',
      {},
      ...summary.students.map((s) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, s.name),
          h('td', {}, s.country),
          h('td', {}, s.ending),
          h('td', { class: 'file-name' }, s.file),
          h(
            'td',
            {},
            h(
              'button',
              {
                attrs: {
                  type: 'button',
                  'aria-label': t('clRemoveFile', { student: s.name, file: s.file }),
                },
                on: { click: () => onRemove(s.source) },
              },
              t('clRemove'),
            ),
          ),
        ),
      ),
    ),
  );
}
