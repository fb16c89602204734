// Composes the texts the player reads from their parts: a part appears only when its condition
// holds in this game, so an ending or event never narrates a choice the player did not make.
// A text is composed once, when it is shown (an event as it fires, before its own effects; an
// election as it is decided; an ending at the end), and the log keeps the composed words.
import { holds } from './conditions.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { TextPartData, TextValue } from './scenario/textParts.schema.ts';
import type { GameState, LogEntry, UntruePart } from './state.ts';

/** The indices of the parts shown in this state (a plain string is one part, always shown). */
export function shownParts(value: TextValue, state: GameState, index: ScenarioIndex): number[] {
  if (typeof value === 'string') return [0];
  return value.flatMap((part, i) => (holds(part.when, state, index) ? [i] : []));
}

function partText(value: TextValue, i: number): string {
  return typeof value === 'string' ? value : (value[i] as TextPartData).text;
}

/** The text as the player reads it in this state: the shown parts joined with a space. */
export function composeText(value: TextValue, state: GameState, index: ScenarioIndex): string {
  return shownParts(value, state, index)
    .map((i) => partText(value, i))
    .join(' ');
}

/** What a part asserts about the game: its `claims`, or else the condition that shows it. */
export function claimOf(part: TextPartData) {
  return part.claims ?? part.when;
}

export interface ShownText {
  text: string;
  /** Shown parts whose claim was false when shown: an authoring error the truth check reports. */
  untrue: number[];
}

/** Composes a text and notes any shown part that asserts something false of this game. */
export function showText(value: TextValue, state: GameState, index: ScenarioIndex): ShownText {
  const shown = shownParts(value, state, index);
  const untrue =
    typeof value === 'string'
      ? []
      : shown.filter((i) => !holds(claimOf(value[i] as TextPartData), state, index));
  return { text: shown.map((i) => partText(value, i)).join(' '), untrue };
}

/** A text before any game: the parts shown unconditionally (for previews such as the inject list). */
export function unconditionalText(value: TextValue): string {
  if (typeof value === 'string') return value;
  return value
    .filter((part) => part.when === undefined)
    .map((part) => part.text)
    .join(' ');
}

/** A text composed for the log: the words shown and, only if any, the parts that were untrue. */
export function logText(
  value: TextValue,
  state: GameState,
  index: ScenarioIndex,
  field: UntruePart['field'] = 'text',
): Pick<LogEntry, 'text' | 'untrue'> {
  const { text, untrue } = showText(value, state, index);
  return untrue.length > 0 ? { text, untrue: untrue.map((part) => ({ field, part })) } : { text };
}
