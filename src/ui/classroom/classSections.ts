// The class summary on screen: tables a screen reader can walk (every number in text, the bars
// only echo it), one block per scenario.
import { INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import type { ClassSummary, Count } from './classReport.ts';

const pct = (share: number) => Math.round(share * 100);
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Scores out of 100 need no unit; percentages and shares of GDP do. */
function withUnit(id: IndicatorId, label: string): string {
  const unit = INDICATORS[id].unit;
  return unit === '/100' ? label : `${label} (${unit})`;
}

function headRow(...names: string[]): HTMLElement {
  return h('thead', {}, h('tr', {}, ...names.map((n) => h('th', { attrs: { scope: 'col' } }, n))));
}

/** The count and share in words, with a bar whose width repeats the share for a quick look. */
function countCell(c: Count): HTMLElement {
  const bar = h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } });
  bar.style.width = `${pct(c.share)}%`;
  return h(
    'td',
    { class: 'count' },
    h('span', { class: 'bar-track', attrs: { 'aria-hidden': 'true' } }, bar),
    h('span', {}, t('classCountShare', { count: c.count, pct: pct(c.share) })),
  );
}

/** A table named by its caption, or by the heading just above it (`#id`) so it is not said twice. */
function named(name: string): { attrs: Record<string, string>; caption: HTMLElement | null } {
  return name.startsWith('#')
    ? { attrs: { 'aria-labelledby': name.slice(1) }, caption: null }
    : { attrs: {}, caption: h('caption', {}, name) };
}

function countTable(name: string, column: string, rows: readonly Count[]): HTMLElement {
  const { attrs, caption } = named(name);
  return h(
    'table',
    { class: 'class-table split', attrs },
    caption,
    headRow(column, t('classCount')),
    h(
      'tbody',
      {},
      ...rows.map((r) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, r.label), countCell(r))),
    ),
  );
}

function studentsTable(summary: ClassSummary, labelledBy: string): HTMLElement {
  return h(
    'table',
    { class: 'class-table', attrs: { 'aria-labelledby': labelledBy } },
    headRow(t('classStudent'), t('classCountry'), t('classEnding'), t('classFile')),
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
        ),
      ),
    ),
  );
}

function rangesTable(summary: ClassSummary, labelledBy: string): HTMLElement {
  return h(
    'table',
    { class: 'class-table', attrs: { 'aria-labelledby': labelledBy } },
    headRow(t('classIndicator'), t('classLowest'), t('classMedian'), t('classHighest')),
    h(
      'tbody',
      {},
      ...summary.ranges.map((r) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, withUnit(r.id, r.label)),
          h('td', {}, String(round1(r.min))),
          h('td', {}, String(round1(r.median))),
          h('td', {}, String(round1(r.max))),
        ),
      ),
    ),
  );
}

function answersBlock(summary: ClassSummary): HTMLElement[] {
  return summary.questions.map((question) =>
    h(
      'table',
      { class: 'class-table answers' },
      h('caption', {}, question),
      headRow(t('classStudent'), t('classAnswer')),
      h(
        'tbody',
        {},
        ...summary.students.map((s) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, s.name),
            h('td', { class: 'answer' }, s.answers.get(question)?.trim() || t('reportNoAnswer')),
          ),
        ),
      ),
    ),
  );
}

/** One scenario's block; `onCsv` downloads its spreadsheet. */
export function summaryBlock(summary: ClassSummary, onCsv: () => void): HTMLElement {
  const [headingId, endingsId, rangesId, studentsId] = [
    'group',
    'endings',
    'ranges',
    'students',
  ].map((p) => uid(`class-${p}`)) as [string, string, string, string];
  return h(
    'section',
    { class: 'class-group', attrs: { 'aria-labelledby': headingId } },
    h(
      'h2',
      { id: headingId },
      t('classGroup', { title: summary.title, n: summary.students.length }),
    ),
    h(
      'div',
      { class: 'actions screen-only' },
      h(
        'button',
        {
          attrs: {
            type: 'button',
            'aria-label': t('downloadCsvFor', { title: summary.title }),
          },
          on: { click: onCsv },
        },
        t('downloadCsv'),
      ),
    ),
    h('h3', { id: endingsId }, t('classEndings')),
    countTable(`#${endingsId}`, t('classEnding'), summary.endings),
    h('h3', {}, t('classDecisions')),
    ...summary.decisions.map((d) =>
      countTable(
        t('classDecisionCaption', {
          label: d.label,
          n: d.total,
          total: summary.students.length,
        }),
        t('classOption'),
        d.options,
      ),
    ),
    h('h3', { id: rangesId }, t('classRanges')),
    rangesTable(summary, rangesId),
    h('h3', {}, t('classAnswers')),
    ...answersBlock(summary),
    h('h3', { id: studentsId }, t('classStudents')),
    studentsTable(summary, studentsId),
  );
}
