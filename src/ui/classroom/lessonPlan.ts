// How a 45-minute lesson divides between the brief, the game, the students' debrief and the class
// discussion. The debrief and discussion are where students learn, so together they keep a floor;
// the game gets its own length (the lesson cut's measured minutes, where there is one) only when
// that still fits.
export const LESSON_MINUTES = 45;
const MIN_AFTER_PLAY = 15;
const BRIEF = { min: 5, max: 8 };
/** Reading one's own debrief and answering the two or three chosen questions. */
const DEBRIEF = 7;

export interface LessonTiming {
  brief: number;
  play: number;
  debrief: number;
  discussion: number;
  /** True when the game needs longer than the lesson can give it. */
  shortened: boolean;
}

export function lessonTiming(playMinutes: number, total = LESSON_MINUTES): LessonTiming {
  const room = total - MIN_AFTER_PLAY - playMinutes;
  const brief = Math.min(BRIEF.max, Math.max(BRIEF.min, room));
  const play = Math.max(0, Math.min(playMinutes, total - MIN_AFTER_PLAY - brief));
  const afterPlay = total - brief - play;
  return {
    brief,
    play,
    debrief: DEBRIEF,
    discussion: afterPlay - DEBRIEF,
    shortened: play < playMinutes,
  };
}
