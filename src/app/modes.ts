// The game's other modes, reached by address: a teacher's guide, a class view of student
// reports, a facilitator's workshop console and the strategy lab. Each loads only when opened.
import type { ScenarioCard } from 'virtual:scenarios';
import { GAME_LENGTHS, type GameLength } from '../sim/scenario/lessonCut.ts';
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import type { Cue } from '../audio/cues.ts';
import type { Announcer } from '../ui/announcer.ts';

/** What a mode gets from the shell. */
export interface ModeContext {
  cards: readonly ScenarioCard[];
  loadScenario: (id: string) => Promise<ScenarioData>;
  announcer: Announcer;
  /** The browser's storage (null when disabled), for modes that save their own sessions. */
  storage: Storage | null;
  /** Plays a cue through the page's one sound board (its mute and volume apply). */
  play: (cue: Cue) => void;
  /** Back to the scenarios. */
  home: () => void;
}

export interface Mode {
  readonly element: HTMLElement;
  destroy(): void;
}

export const MODES = {
  teacher: () => import('../ui/classroom/TeacherGuide.ts').then((m) => m.teacherGuide),
  class: () => import('../ui/classroom/ClassView.ts').then((m) => m.classView),
  workshop: () => import('../ui/workshop/WorkshopConsole.ts').then((m) => m.workshopConsole),
  rooms: () => import('../ui/rooms/RoomsMode.ts').then((m) => m.roomsMode),
  lab: () => import('../ui/lab/LabMode.ts').then((m) => m.labMode),
} as const;

export type ModeName = keyof typeof MODES;

/** A class link (`?scenario=...`, from the teacher's guide) starts the student's game straight in. */
export { isClassLink } from '../ui/classroom/classLink.ts';
export const joinClass = () => import('../ui/classroom/classJoin.ts').then((m) => m.joinClass);

export function modeFromHash(hash: string): ModeName | null {
  const name = hash.replace(/^#\/?/, '');
  // Own keys only: `in` would also find Object.prototype's, so #/constructor opened a blank page.
  return Object.hasOwn(MODES, name) ? (name as ModeName) : null;
}

/**
 * The game length the address asks for (`?length=lesson` or `?length=full`), null when it names
 * none, or `{ ignored }` with what it gave when that is not a length (the page says so).
 */
export function lengthFromAddress(search: string): GameLength | null | { ignored: string } {
  const given = new URLSearchParams(search).get('length');
  if (given === null) return null;
  return (GAME_LENGTHS as readonly string[]).includes(given)
    ? (given as GameLength)
    : { ignored: given.slice(0, 40) };
}
