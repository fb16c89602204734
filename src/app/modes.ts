// The game's other modes, reached by address: a teacher's guide, a class view of student
// reports, a facilitator's workshop console and the strategy lab. Each loads only when opened.
import type { ScenarioCard } from 'virtual:scenarios';
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import type { Announcer } from '../ui/announcer.ts';

/** What a mode gets from the shell. */
export interface ModeContext {
  cards: readonly ScenarioCard[];
  loadScenario: (id: string) => Promise<ScenarioData>;
  announcer: Announcer;
  /** The browser's storage (null when disabled), for modes that save their own sessions. */
  storage: Storage | null;
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
  lab: () => import('../ui/lab/LabMode.ts').then((m) => m.labMode),
} as const;

export type ModeName = keyof typeof MODES;

export function modeFromHash(hash: string): ModeName | null {
  const name = hash.replace(/^#\/?/, '');
  // Own keys only: `in` would also find Object.prototype's, so #/constructor opened a blank page.
  return Object.hasOwn(MODES, name) ? (name as ModeName) : null;
}
