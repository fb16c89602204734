// How a 45-minute lesson divides between the brief, the game and the debrief. The debrief is where
// students learn, so it keeps a floor; the game gets its own length only when that still fits.
export const LESSON_MINUTES = 45;
const MIN_DEBRIEF = 15;
const BRIEF = { min: 5, max: 8 };

export interface LessonTiming {
  brief: number;
  play: number;
  debrief: number;
  /** True when the game needs longer than the lesson can give it. */
  shortened: boolean;
}

export function lessonTiming(scenarioMinutes: number, total = LESSON_MINUTES): LessonTiming {
  const room = total - MIN_DEBRIEF - scenarioMinutes;
  const brief = Math.min(BRIEF.max, Math.max(BRIEF.min, room));
  const play = Math.max(0, Math.min(scenarioMinutes, total - MIN_DEBRIEF - brief));
  return { brief, play, debrief: total - brief - play, shortened: play < scenarioMinutes };
}
