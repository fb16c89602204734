// Timelines for the debrief: the player's game year by year (hidden events revealed), and what
// really happened, with its sources and the points where sources disagree.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { GameSession } from '../../sim/session.ts';
import type { GameState } from '../../sim/state.ts';
import { h } from '../dom.ts';
import { logTitle } from '../logText.ts';
import { t } from '../messages.ts';
import { describeChanges } from '../panels/RoundReport.ts';
import { sourcesDisclosure } from '../panels/sources.ts';

export function endingOf(session: GameSession, state: GameState) {
  return session.scenario.endings.find((e) => e.id === state.ending);
}

export /** The player's game, year by year: choices, events (hidden ones revealed), elections. */
function playerTimeline(session: GameSession, state: GameState, heading: string): HTMLElement {
  const rounds = session.scenario.rounds.map((round, i) => {
    const entries = state.log.filter(
      (e) =>
        e.round === i + 1 && ['decision', 'event', 'inject', 'election', 'closed'].includes(e.kind),
    );
    return h(
      'li',
      {},
      h('h4', {}, round.label),
      h(
        'ul',
        {},
        ...entries.map((e) =>
          h(
            'li',
            { class: e.hidden ? 'hidden-event' : undefined },
            logTitle(session.index, e),
            e.hidden ? ` (${t('hiddenUntilDebrief')})` : '',
            describeChanges(e, true) ? ` — ${describeChanges(e, true)}` : '',
          ),
        ),
      ),
    );
  });
  const ending = endingOf(session, state);
  return h(
    'section',
    { class: 'timeline' },
    h('h3', {}, heading),
    h('p', {}, t('endedAs', { ending: ending?.title ?? '' })),
    h('ol', {}, ...rounds),
  );
}

/** What really happened, entry by entry, with sources and the points where sources disagree. */
export function historyList(scenario: ScenarioData): HTMLElement {
  return h(
    'ol',
    {},
    ...scenario.history.map((entry) =>
      h(
        'li',
        {},
        h('p', {}, h('strong', {}, `${entry.date}: ${entry.title}. `), entry.text),
        entry.disputed ? h('p', { class: 'disputed' }, entry.disputed) : null,
        sourcesDisclosure(scenario, entry),
      ),
    ),
  );
}

/**
 * The scenario's discussion questions. Teacher views pass `notesLabel` to fold each question's notes
 * under it; the student's pages pass none, so the model answers are not in their page at all.
 */
export function questionList(scenario: ScenarioData, notesLabel?: string): HTMLElement {
  return h(
    'ol',
    {},
    ...scenario.questions.map((q) =>
      h(
        'li',
        {},
        h('p', {}, q.text),
        q.notes && notesLabel
          ? h('details', {}, h('summary', {}, notesLabel), h('p', {}, q.notes))
          : null,
      ),
    ),
  );
}
