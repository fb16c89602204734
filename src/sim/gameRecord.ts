// One finished game as a plain record for researchers and authors (`sim batch --json --games`):
// what was chosen, what happened, and the ending in the words the player read.
import { endingAsRead } from './endings.ts';
import type { Indicators } from './indicators.ts';
import { findOption, type ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState } from './state.ts';

export interface GameRecord {
  seed: number;
  country: string;
  choices: { round: number; decision: string; option: string; label: string }[];
  /** Events and injects in the order they happened; hidden ones (told only in the debrief) marked. */
  events: { round: number; id: string; title: string; text: string; hidden?: true }[];
  /** `text`: the summary and the explanation as the debrief shows them, as two paragraphs. */
  ending: { id: string; title: string; text: string } | null;
  indicators: Indicators;
}

export function gameRecord(state: GameState, index: ScenarioIndex): GameRecord {
  const read = endingAsRead(state, index);
  return {
    seed: state.seed,
    country: state.countryId,
    choices: state.choices.map((c) => ({
      ...c,
      label: findOption(index, c.decision, c.option)?.label ?? c.option,
    })),
    events: state.log.flatMap((e) =>
      e.origin.event !== undefined && (e.kind === 'event' || e.kind === 'inject')
        ? [
            {
              round: e.round,
              id: e.origin.event,
              title: index.events.get(e.origin.event)?.title ?? e.origin.event,
              text: e.text ?? '',
              ...(e.hidden ? { hidden: true as const } : {}),
            },
          ]
        : [],
    ),
    ending: read
      ? {
          id: read.ending.id,
          title: read.ending.title,
          text: `${read.summary}\n\n${read.explanation}`,
        }
      : null,
    indicators: { ...state.indicators },
  };
}
