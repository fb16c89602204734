// The whole workshop under one storage key, written after every change: each team's inputs (the
// game is rebuilt from them with the shared seed), the timer and where the facilitator was.
// A stored workshop that cannot be read is reported with a reason and kept until discarded.
import { z } from 'zod';
import type { PlayerInput } from '../../sim/state.ts';
import { t } from '../messages.ts';
import { MAX_SEED } from '../../sim/rng.ts';
import { MAX_TEAMS, MAX_TEAM_NAME, MAX_TIMER_MINUTES, MIN_TEAMS } from './plan.ts';
import type { TimerSnapshot } from './timer.ts';

export const WORKSHOP_KEY = 'dsr:workshop';
const MAX_BYTES = 5 * 1024 * 1024;

export type Screen = 'round' | 'report' | 'hotwash';

export interface SavedTeam {
  name: string;
  countryId: string;
  inputs: PlayerInput[];
}

export interface SavedWorkshop {
  format: 'dsr-workshop/1';
  scenarioId: string;
  seed: number;
  teams: SavedTeam[];
  timer: TimerSnapshot;
  view: { screen: Screen; team: number };
}

const Input = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('choose'), decision: z.string(), option: z.string() }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('inject'), event: z.string() }),
  z.strictObject({
    type: z.literal('customInject'),
    title: z.string().max(200),
    text: z.string().max(4000),
    changes: z.record(z.string(), z.number()),
  }),
]);

const Saved = z.strictObject({
  format: z.literal('dsr-workshop/1'),
  scenarioId: z.string().min(1),
  seed: z.int().min(0).max(MAX_SEED),
  teams: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(MAX_TEAM_NAME),
        countryId: z.string().min(1),
        inputs: z.array(Input).max(5000),
      }),
    )
    .min(MIN_TEAMS)
    .max(MAX_TEAMS),
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

export class WorkshopStoreError extends Error {
  override name = 'WorkshopStoreError';
}

export function serialiseWorkshop(workshop: SavedWorkshop): string {
  return JSON.stringify(workshop);
}

/** Reads a stored workshop, or throws a WorkshopStoreError that says in words what is wrong. */
export function parseWorkshop(text: string): SavedWorkshop {
  if (text.length > MAX_BYTES) throw new WorkshopStoreError(t('wsStoreTooLarge'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WorkshopStoreError(t('wsStoreNotJson'));
  }
  const parsed = Saved.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.map(String).join('.') || '(top level)';
    throw new WorkshopStoreError(
      t('wsStoreOtherVersion', { where, message: first?.message ?? 'invalid' }),
    );
  }
  const saved = parsed.data as SavedWorkshop;
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
