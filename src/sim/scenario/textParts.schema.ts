// A text the game shows (an ending's summary, an event's text, an election's outcome) is either a
// plain string or a list of parts, each shown only when its condition holds in this game. A part
// also says what it asserts about the game (`claims`, by default its `when`), so the truth check
// can prove that no shown sentence is false of the game it is shown in.
import { z } from 'zod';
import { Condition, type ConditionData } from './conditions.schema.ts';
import { Text } from './primitives.schema.ts';

export interface TextPartData {
  text: string;
  /** Shown only when this holds; always shown without it. */
  when?: ConditionData;
  /** What the sentence asserts about this game; defaults to `when`. */
  claims?: ConditionData;
}

/** A plain string (always shown whole) or parts composed when the text is shown. */
export type TextValue = string | TextPartData[];

export const MAX_TEXT_PARTS = 20;

export const TextPart = (max: number) =>
  z.strictObject({ text: Text(max), when: Condition.optional(), claims: Condition.optional() });

/**
 * A text as a string or as parts. Each part is bounded like the plain text it stands for. The loader
 * reports a broken list by the part and field at fault (see unwrapUnion in load.ts).
 */
export const PartedText = (max = 2000): z.ZodType<TextValue> =>
  z.union([Text(max), z.array(TextPart(max)).min(1).max(MAX_TEXT_PARTS)]);
