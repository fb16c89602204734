// The student's report, in the debrief or handed in mid-game (handIn.ts): answers to the discussion
// questions (kept in this browser so a reload loses nothing), an optional name, and two ways to hand
// it in: print (reportSheet.ts) or file.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { GameState } from '../../sim/state.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import { downloadText, fileSlug } from '../files/download.ts';
import { askedScenario } from './askedQuestions.ts';
import { buildReport } from './reportFormat.ts';
import { printReportSheet } from './reportSheet.ts';
import './print.css';

interface Draft {
  /**
   * Which game the answers belong to (dice, country, choices): a game that has gone on since keeps
   * them, another student's later game at this computer starts blank.
   */
  game: string;
  student: string;
  answers: string[];
}

const draftKey = (scenarioId: string) => `dsr:report:${scenarioId}`;
const gameOf = (state: GameState) =>
  `${[state.seed, state.countryId, ...state.choices.map((c) => c.option)].join('|')}|`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage disabled: the answers live as long as the page.
  }
}

function readDraft(scenarioId: string, game: string): Draft {
  const blank: Draft = { game, student: '', answers: [] };
  try {
    const raw = storage()?.getItem(draftKey(scenarioId));
    const draft = raw ? (JSON.parse(raw) as Partial<Draft>) : null;
    if (!draft || typeof draft.game !== 'string' || !game.startsWith(draft.game)) return blank;
    return {
      game,
      student: typeof draft.student === 'string' ? draft.student : '',
      answers: Array.isArray(draft.answers)
        ? draft.answers.map((a) => (typeof a === 'string' ? a : ''))
        : [],
    };
  } catch {
    return blank; // A damaged draft is not worth failing the debrief over.
  }
}

function writeDraft(scenarioId: string, draft: Draft): void {
  try {
    storage()?.setItem(draftKey(scenarioId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the answers stay on the page until it closes.
  }
}

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
    const file = `digital-silk-road-report-${scenario.id}-${fileSlug(draft.student, 'student')}.json`;
    downloadText(file, `${JSON.stringify(report(), null, 2)}\n`, 'application/json');
    status.textContent = t('reportDownloaded', { file });
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
