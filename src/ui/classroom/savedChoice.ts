// A class link opened where a game of its scenario is already saved, as on a shared classroom
// computer: the student chooses, the link never continues someone else's game in silence. Starting
// new is the default, and it hands the saved game's report in first (a file, with the answers
// written so far), so no student's work is lost without asking.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { GameState } from '../../sim/state.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import { askedScenario } from './askedQuestions.ts';
import { buildReport } from './reportFormat.ts';
import { forgetDraft, gameOf, readDraft } from './reportDraft.ts';
import { downloadReport } from './studentReport.ts';

export interface SavedGame {
  /** The scenario as the saved game is played (its length). */
  scenario: ScenarioData;
  state: GameState;
}

export interface SavedChoice {
  element: HTMLElement;
  /** The control that takes focus first: starting a new game. */
  first: HTMLElement;
}

/**
 * Downloads the saved game's report (marked unfinished if it is), with the questions of the link it
 * was started from (`startedFrom`: its query, or '' for none), then forgets its draft answers so
 * the next student's report starts blank. Returns the file name.
 */
export function handInSaved(saved: SavedGame, startedFrom: string): string {
  const scenario = askedScenario(saved.scenario, startedFrom);
  const draft = readDraft(scenario.id, gameOf(saved.state));
  const report = buildReport(scenario, saved.state, draft.student, draft.answers, new Date());
  const file = downloadReport(report);
  forgetDraft(scenario.id);
  return file;
}

export function savedChoice(
  saved: SavedGame,
  fromThisLink: boolean,
  actions: { continueGame: () => void; startNew: () => void },
): SavedChoice {
  const { scenario, state } = saved;
  const name = readDraft(scenario.id, gameOf(state)).student.trim();
  const country = scenario.countries.find((c) => c.id === state.countryId)?.name ?? '';
  const rounds = scenario.rounds.length;
  const where = state.ending
    ? t('lkSavedFinished', { country })
    : t('lkSavedRound', { country, round: Math.min(state.round, rounds), rounds });
  const titleId = uid('saved-title');
  const aboutId = uid('saved-about');
  const button = (label: string, run: () => void, primary = false) =>
    h(
      'button',
      {
        class: primary ? 'primary' : undefined,
        attrs: { type: 'button', 'aria-describedby': aboutId },
        on: { click: run },
      },
      label,
    );
  const first = button(t('lkSavedNew'), actions.startNew, true);
  const element = h(
    'section',
    { class: 'saved-choice', attrs: { 'aria-labelledby': titleId } },
    h(
      'h1',
      { id: titleId, attrs: { tabindex: '-1' } },
      t('lkSavedTitle', { title: scenario.title }),
    ),
    h(
      'div',
      { id: aboutId },
      h('p', {}, name ? t('lkSavedNamed', { name, where }) : t('lkSavedUnnamed', { where })),
      fromThisLink ? null : h('p', {}, t('lkSavedOtherLink')),
      h('p', {}, t('lkSavedNewNote')),
    ),
    h(
      'div',
      { class: 'actions' },
      first,
      button(name ? t('lkContinueNamed', { name }) : t('lkContinueUnnamed'), actions.continueGame),
    ),
  );
  return { element, first };
}
