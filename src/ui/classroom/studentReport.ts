// The student's report, in the debrief or handed in mid-game (handIn.ts): answers to the discussion
// questions (kept in this browser so a reload loses nothing), an optional name, and two ways to hand
// it in: print (reportSheet.ts) or file.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { GameState } from '../../sim/state.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import { downloadText, fileSlug } from '../files/download.ts';
import { askedScenario } from './askedQuestions.ts';
import { buildReport, type StudentReport } from './reportFormat.ts';
import { gameOf, readDraft, writeDraft } from './reportDraft.ts';
import { printReportSheet } from './reportSheet.ts';
import './print.css';

function field(
  label: string,
  value: string,
  multiline: boolean,
  onInput: (value: string) => void,
): HTMLElement {
  const id = uid('report-field');
  const input = multiline
    ? h('textarea', { id, attrs: { rows: '4', maxlength: '20000' } })
    : h('input', { id, attrs: { type: 'text', autocomplete: 'off', maxlength: '200' } });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return h(
    'div',
    { class: multiline ? 'report-field' : 'report-field report-name' },
    h('label', { attrs: { for: id } }, label),
    input,
  );
}

/** Saves a report as a file on this computer, named for its scenario and student; the file name. */
export function downloadReport(report: StudentReport): string {
  const file = `digital-silk-road-report-${report.scenario.id}-${fileSlug(report.student, 'student')}.json`;
  downloadText(file, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  return file;
}

export function studentReport(full: ScenarioData, state: GameState): HTMLElement | null {
  // Only the questions the teacher chose, when the class link chose some: on screen, paper and file.
  const scenario = askedScenario(full);
  if (scenario.questions.length === 0) return null;
  const draft = readDraft(scenario.id, gameOf(state));
  const save = () => writeDraft(scenario.id, draft);
  const status = h('p', { class: 'report-status screen-only', attrs: { role: 'status' } });
  const titleId = uid('report-title');

  const report = () => buildReport(scenario, state, draft.student, draft.answers, new Date());
  const download = () => {
    status.textContent = t('reportDownloaded', { file: downloadReport(report()) });
  };

  return h(
    'section',
    { class: 'student-report', attrs: { 'aria-labelledby': titleId } },
    h('h3', { id: titleId }, t('reportTitle')),
    h('p', {}, t(state.ending ? 'reportIntro' : 'clHandInIntro')),
    field(t('reportName'), draft.student, false, (v) => {
      draft.student = v;
      save();
    }),
    h(
      'ol',
      { class: 'report-answers' },
      ...scenario.questions.map((q, i) =>
        h(
          'li',
          {},
          field(
            t('reportQuestion', { n: i + 1, text: q.text }),
            draft.answers[i] ?? '',
            true,
            (v) => {
              draft.answers[i] = v;
              save();
            },
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { attrs: { type: 'button' }, on: { click: () => printReportSheet(report()) } },
        t('printReport'),
      ),
      h(
        'button',
        { class: 'primary', attrs: { type: 'button' }, on: { click: download } },
        t('downloadReport'),
      ),
    ),
    status,
  );
}
