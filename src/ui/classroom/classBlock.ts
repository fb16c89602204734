// One scenario's block in the class view, in one of three views: full (every table), compact (the
// answers fold, the page takes the screen's width and the splits sit side by side: 30 students in
// about four screens at 1080p) and projector (the endings and the splits alone, large, for the discussion).
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import type { ClassSummary, LoadedReport } from './classReport.ts';
import { answersBlock, countTable, rangesTable } from './classSections.ts';
import { studentsTable } from './classStudents.ts';

export type ClassViewMode = 'full' | 'compact' | 'projector';

export interface BlockActions {
  onCsv: () => void;
  onRemove: (source: LoadedReport) => void;
}

export function summaryBlock(
  summary: ClassSummary,
  view: ClassViewMode,
  actions: BlockActions,
): HTMLElement {
  const [headingId, endingsId, rangesId, studentsId] = [
    'group',
    'endings',
    'ranges',
    'students',
  ].map((p) => uid(`class-${p}`)) as [string, string, string, string];
  const splits = h(
    'div',
    { class: 'splits' },
    ...summary.decisions.map((d) =>
      countTable(
        t('classDecisionCaption', { label: d.label, n: d.total, total: summary.students.length }),
        t('classOption'),
        d.options,
      ),
    ),
  );
  const details =
    view === 'projector'
      ? []
      : [
          h('h3', { id: rangesId }, t('classRanges')),
          rangesTable(summary, rangesId),
          h('h3', {}, t('classAnswers')),
          ...answersBlock(summary, view === 'compact'),
          h('h3', { id: studentsId }, t('classStudents')),
          studentsTable(summary, studentsId, actions.onRemove),
        ];
  return h(
    'section',
    { class: `class-group view-${view}`, attrs: { 'aria-labelledby': headingId } },
    h(
      'h2',
      { id: headingId },
      t('classGroup', { title: summary.title, n: summary.students.length }),
    ),
    summary.replaced.length > 0
      ? h(
          'ul',
          { class: 'replaced' },
          ...summary.replaced.map((r) =>
            h('li', {}, t('clReplaced', { n: r.count, student: r.student })),
          ),
        )
      : null,
    view === 'projector'
      ? null
      : h(
          'div',
          { class: 'actions screen-only' },
          h(
            'button',
            {
              attrs: {
                type: 'button',
                'aria-label': t('downloadCsvFor', { title: summary.title }),
              },
              on: { click: actions.onCsv },
            },
            t('downloadCsv'),
          ),
        ),
    h('h3', { id: endingsId }, t('classEndings')),
    countTable(`#${endingsId}`, t('classEnding'), summary.endings),
    h('h3', {}, t('classDecisions')),
    splits,
    ...details,
  );
}
