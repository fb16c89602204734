// "Hand in my report so far": at any point in a game a student can download or print what has been
// played (marked unfinished), so a lesson that ends before the game does still gets a report. The
// game screen places the button; the report opens in a modal dialog over the game.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { GameState } from '../../sim/state.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import { studentReport } from './studentReport.ts';

/** The button, or null when the scenario has no questions (there is no report to hand in). */
export function handInButton(
  scenario: ScenarioData,
  currentState: () => GameState,
): HTMLElement | null {
  if (scenario.questions.length === 0) return null;
  const titleId = uid('hand-in-title');
  const dialog = h('dialog', { class: 'hand-in', attrs: { 'aria-labelledby': titleId } });
  // Removed when closed, so the page holds one report form at a time.
  dialog.addEventListener('close', () => dialog.remove());
  const open = () => {
    dialog.replaceChildren(
      h('h2', { id: titleId }, t('clHandIn')),
      studentReport(scenario, currentState()) ?? '',
      h('button', { attrs: { type: 'button' }, on: { click: () => dialog.close() } }, t('clClose')),
    );
    document.body.append(dialog);
    dialog.showModal();
  };
  return h('button', { attrs: { type: 'button' }, on: { click: open } }, t('clHandIn'));
}
