// The whole workshop under one storage key, written after every change, in the game's own save
// format (src/sim/save.ts): the shared seed and each team's moves (the games are rebuilt from
// them), with the timer and where the facilitator was. Older workshops pass through the same
// migration table as games. One that cannot be read is reported with a reason and kept.
import { z } from 'zod';
import { parseSave, SAVE_FORMAT, type WorkshopSave } from '../../sim/save.ts';
import { t } from '../messages.ts';
import { MAX_TEAMS, MAX_TEAM_NAME, MAX_TIMER_MINUTES, MIN_TEAMS } from './plan.ts';
import type { TimerSnapshot } from './timer.ts';

export const WORKSHOP_KEY = 'dsr:workshop';

export type Screen = 'round' | 'report' | 'hotwash';

export type SavedWorkshop = Omit<WorkshopSave, 'format' | 'kind' | 'facilitator'> & Facilitator;

const FacilitatorSchema = z.strictObject({
  timer: z.strictObject({
    minutes: z.int().min(1).max(MAX_TIMER_MINUTES).nullable(),
    remainingMs: z.number().min(0),
  }),
  view: z.strictObject({
    screen: z.enum(['round', 'report', 'hotwash']),
    team: z
      .int()
      .min(0)
      .max(MAX_TEAMS - 1),
  }),
});

interface Facilitator {
  timer: TimerSnapshot;
  view: { screen: Screen; team: number };
}

/** What a workshop adds to the shared save format: its limits and the facilitator's console. */
const WorkshopParts = z.looseObject({
  teams: z
    .array(z.looseObject({ name: z.string().max(MAX_TEAM_NAME) }))
    .min(MIN_TEAMS)
    .max(MAX_TEAMS),
  facilitator: FacilitatorSchema,
});

export class WorkshopStoreError extends Error {
  override name = 'WorkshopStoreError';
}

export function serialiseWorkshop({ timer, view, ...workshop }: SavedWorkshop): string {
  const save: WorkshopSave = {
    format: SAVE_FORMAT,
    kind: 'workshop',
    ...workshop,
    facilitator: { timer, view },
  };
  return JSON.stringify(save);
}

/** Reads a stored workshop, or throws a WorkshopStoreError that says in words what is wrong. */
export function parseWorkshop(text: string): SavedWorkshop {
  let save;
  try {
    save = parseSave(text);
  } catch (error) {
    throw new WorkshopStoreError((error as Error).message);
  }
  if (save.kind !== 'workshop') throw new WorkshopStoreError(t('wsStoreNotWorkshop'));
  const parts = WorkshopParts.safeParse(save);
  if (!parts.success) {
    const first = parts.error.issues[0];
    const where = first?.path.map(String).join('.') || '(top level)';
    throw new WorkshopStoreError(
      t('wsStoreOtherVersion', { where, message: first?.message ?? 'invalid' }),
    );
  }
  const { scenarioId, contentHash, seed, teams } = save;
  const saved = {
    scenarioId,
    contentHash,
    seed,
    teams,
    ...(parts.data.facilitator as Facilitator),
  };
  if (saved.view.team >= saved.teams.length) throw new WorkshopStoreError(t('wsStoreNoSuchTeam'));
  return saved;
}

export type StoredWorkshop =
  | { kind: 'none' }
  | { kind: 'saved'; workshop: SavedWorkshop; text: string }
  | { kind: 'damaged'; reason: string; text: string };

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class WorkshopStore {
  constructor(private readonly storage: KeyValueStore | null) {}

  get available(): boolean {
    return this.storage !== null;
  }

  read(): StoredWorkshop {
    let text: string | null = null;
    try {
      text = this.storage?.getItem(WORKSHOP_KEY) ?? null;
    } catch {
      return { kind: 'none' };
    }
    if (text === null) return { kind: 'none' };
    try {
      return { kind: 'saved', workshop: parseWorkshop(text), text };
    } catch (error) {
      return { kind: 'damaged', reason: (error as Error).message, text };
    }
  }

  /** False when the browser refused (storage full or switched off): the workshop goes on. */
  write(workshop: SavedWorkshop): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(WORKSHOP_KEY, serialiseWorkshop(workshop));
      return true;
    } catch {
      return false;
    }
  }

  discard(): void {
    try {
      this.storage?.removeItem(WORKSHOP_KEY);
    } catch {
      // Nothing more can be done about storage that refuses even a removal.
    }
  }
}
