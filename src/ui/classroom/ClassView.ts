// The class view at #/class: the teacher loads the students' report files (chosen or dropped) and
// sees the class at a glance. Reports live in this page's memory only; nothing is stored or sent.
import type { Mode, ModeContext } from '../../app/modes.ts';
import { h, replaceChildren, uid } from '../dom.ts';
import { t } from '../messages.ts';
import {
  groupByScenario,
  outlineOf,
  parseReportFile,
  sameReport,
  summarise,
  summaryCsv,
  type LoadedReport,
  type Outline,
} from './classReport.ts';
import { summaryBlock, type ClassViewMode } from './classBlock.ts';
import { viewPicker } from './classMode.ts';
import { CSV_TYPE, spreadsheetFile } from '../files/csv.ts';
import { downloadText, fileSlug } from '../files/download.ts';
import { acceptDrops, jsonFileInput } from '../files/fileDrop.ts';
import { MAX_REPORT_BYTES } from './reportFormat.ts';
import './print.css';
import './classView.css';

interface Skipped {
  file: string;
  reason: string;
}

export function classView(ctx: ModeContext): Mode {
  const reports: LoadedReport[] = [];
  const skipped: Skipped[] = [];
  // The scenario as this build knows it lists options and endings nobody chose; null if unknown.
  const outlines = new Map<string, Outline | null>();
  const results = h('div', { class: 'class-results' });
  let view: ClassViewMode = 'full';
  let alive = true;

  async function learn(id: string): Promise<void> {
    if (outlines.has(id)) return;
    outlines.set(id, null);
    if (!ctx.cards.some((c) => c.id === id)) return;
    try {
      outlines.set(id, outlineOf(await ctx.loadScenario(id)));
    } catch {
      // The reports alone still give every count; only the options nobody chose go unlisted.
    }
  }

  async function read(file: File): Promise<Skipped | LoadedReport> {
    if (file.size > MAX_REPORT_BYTES) return { file: file.name, reason: t('reportTooLarge') };
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { file: file.name, reason: t('reportUnreadable') };
    }
    const parsed = parseReportFile(file.name, text);
    if (!parsed.ok) return { file: parsed.name, reason: parsed.reason };
    if (reports.some((r) => sameReport(r.report, parsed.report)))
      return { file: file.name, reason: t('classDuplicate') };
    return { file: file.name, report: parsed.report };
  }

  async function add(files: readonly File[]): Promise<void> {
    let loaded = 0;
    const refused: Skipped[] = [];
    // One at a time, so that the same report twice in one batch is caught as a duplicate.
    for (const file of files) {
      const result = await read(file);
      if ('report' in result) {
        reports.push(result);
        loaded += 1;
      } else refused.push(result);
    }
    skipped.push(...refused);
    await Promise.all(reports.map((r) => learn(r.report.scenario.id)));
    if (!alive) return;
    render();
    const said = [t('classLoaded', { n: loaded })];
    if (refused.length > 0)
      said.push(
        t('classSkippedSay', { n: refused.length, names: refused.map((r) => r.file).join(', ') }),
      );
    ctx.announcer.say(said.join(' '));
  }

  function render(): void {
    const groups = groupByScenario(reports).map((group) => {
      const id = group[0]?.report.scenario.id ?? '';
      const summary = summarise(group, outlines.get(id) ?? undefined);
      const csv = () =>
        downloadText(
          `class-report-${fileSlug(id, 'scenario')}.csv`,
          spreadsheetFile(summaryCsv(summary)),
          CSV_TYPE,
        );
      return summaryBlock(summary, view, { onCsv: csv, onRemove: remove });
    });
    replaceChildren(
      results,
      skipped.length > 0 ? skippedList() : null,
      ...(groups.length > 0 ? groups : [h('p', {}, t('classEmpty'))]),
    );
  }

  function remove(source: LoadedReport): void {
    const at = reports.indexOf(source);
    if (at >= 0) reports.splice(at, 1);
    render();
    // The button pressed is gone; the page's heading is a stable place to carry on from.
    element.querySelector<HTMLElement>('#class-title')?.focus();
    ctx.announcer.say(t('clRemoved', { file: source.file }));
  }

  function skippedList(): HTMLElement {
    const headingId = uid('skipped');
    return h(
      'section',
      { class: 'skipped', attrs: { 'aria-labelledby': headingId } },
      h(
        'h2',
        { id: headingId },
        h('span', { attrs: { 'aria-hidden': 'true' } }, '⚠ '),
        t('classSkipped'),
      ),
      h(
        'ul',
        {},
        ...skipped.map((s) =>
          h('li', {}, h('strong', { class: 'file-name' }, s.file), `: ${s.reason}`),
        ),
      ),
    );
  }

  const inputId = uid('report-files');
  const take = (files: File[]) => void add(files);
  const drop = acceptDrops(
    h(
      'div',
      { class: 'drop-zone' },
      h('label', { attrs: { for: inputId } }, t('classChoose')),
      jsonFileInput(inputId, take, true),
      h('p', {}, t('classDrop')),
    ),
    take,
  );
  const clear = () => {
    reports.length = 0;
    skipped.length = 0;
    render();
    ctx.announcer.say(t('classCleared'));
  };

  const addId = uid('class-add');
  const element = h(
    'section',
    { class: 'class-view classroom', attrs: { 'aria-labelledby': 'class-title' } },
    h('h1', { id: 'class-title', attrs: { tabindex: '-1' } }, t('classTitle')),
    h('p', { class: 'tagline' }, t('classIntro')),
    h(
      'section',
      { class: 'class-add screen-only', attrs: { 'aria-labelledby': addId } },
      h('h2', { id: addId }, t('classAdd')),
      drop,
      h(
        'div',
        { class: 'actions' },
        h('button', { attrs: { type: 'button' }, on: { click: clear } }, t('classClear')),
        h('button', { attrs: { type: 'button' }, on: { click: ctx.home } }, t('backToTitle')),
      ),
    ),
    viewPicker(view, (mode) => {
      view = mode;
      element.classList.toggle('projecting', mode === 'projector');
      render();
    }),
    results,
  );
  render();
  return {
    element,
    destroy() {
      alive = false;
    },
  };
}
