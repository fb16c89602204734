// A scenario's lesson cut: the key decisions only, for a game that fits a 45-minute lesson beside
// the brief, the debrief and the discussion. The rules, events, endings and sources stay the same;
// lessonCut.ts derives the playable cut, lessonReferences.ts checks it.
import { z } from 'zod';
import { Id, Text } from './primitives.schema.ts';

export const Lesson = z.strictObject({
  /** Estimated minutes to the ending, measured by scripts/benchWords.ts (--lesson). */
  minutes: z.int().min(5).max(60),
  /** For the teacher: what the cut keeps and why (which lessons its decisions carry). */
  about: Text(600),
  /** The decisions that stay, by id; every other decision does not appear in the cut. */
  decisions: z.array(Id).min(1).max(100),
});

export type LessonData = z.infer<typeof Lesson>;
