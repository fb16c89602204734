// The student's report as it is being written: name and answers, kept in this browser per scenario
// so that a reload loses nothing, and tied to the game they belong to.
import type { GameState } from '../../sim/state.ts';

export interface Draft {
  /**
   * Which game the answers belong to (dice, country, choices): a game that has gone on since keeps
   * them, another student's later game at this computer starts blank.
   */
  game: string;
  student: string;
  answers: string[];
}

const draftKey = (scenarioId: string) => `dsr:report:${scenarioId}`;
export const gameOf = (state: GameState) =>
  `${[state.seed, state.countryId, ...state.choices.map((c) => c.option)].join('|')}|`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage disabled: the answers live as long as the page.
  }
}

export function readDraft(scenarioId: string, game: string): Draft {
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

export function writeDraft(scenarioId: string, draft: Draft): void {
  try {
    storage()?.setItem(draftKey(scenarioId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the answers stay on the page until it closes.
  }
}

/** Forgets the draft: the next student's game at this computer starts with a blank report. */
export function forgetDraft(scenarioId: string): void {
  try {
    storage()?.removeItem(draftKey(scenarioId));
  } catch {
    // Storage disabled: there is no draft to forget.
  }
}
