// Saved games in the browser's localStorage: one slot per scenario, written after every change,
// and a pointer to the game in progress so that a reload resumes it. A save that cannot be read
// is kept (and can be downloaded) rather than overwritten.
import type { GameSave } from '../sim/save.ts';

const SLOT_PREFIX = 'dsr:save:';
const CURRENT = 'dsr:current';

export interface SlotSummary {
  scenarioId: string;
  countryId: string;
  round: number;
}

export class SaveStore {
  constructor(private readonly storage: Storage | null) {}

  write(save: GameSave): boolean {
    try {
      this.storage?.setItem(SLOT_PREFIX + save.scenarioId, JSON.stringify(save));
      this.storage?.setItem(CURRENT, save.scenarioId);
      return true;
    } catch {
      // Storage full or disabled (private mode): the game goes on unsaved.
      return false;
    }
  }

  /** The raw text of a slot, for restoring or for downloading when it is damaged. */
  read(scenarioId: string): string | null {
    try {
      return this.storage?.getItem(SLOT_PREFIX + scenarioId) ?? null;
    } catch {
      return null;
    }
  }

  /** What a slot's save says about itself, or null when it cannot even be read that far. */
  summary(scenarioId: string): SlotSummary | null {
    const text = this.read(scenarioId);
    if (!text) return null;
    try {
      const data = JSON.parse(text) as Partial<SlotSummary>;
      if (typeof data.countryId !== 'string' || typeof data.round !== 'number') return null;
      return { scenarioId, countryId: data.countryId, round: data.round };
    } catch {
      return null;
    }
  }

  has(scenarioId: string): boolean {
    return this.read(scenarioId) !== null;
  }

  current(): string | null {
    try {
      return this.storage?.getItem(CURRENT) ?? null;
    } catch {
      return null;
    }
  }

  /** Leaves the game in progress (it stays saved) so the next visit opens on the title screen. */
  leave(): void {
    try {
      this.storage?.removeItem(CURRENT);
    } catch {
      // Nothing to forget.
    }
  }

  discard(scenarioId: string): void {
    try {
      this.storage?.removeItem(SLOT_PREFIX + scenarioId);
      if (this.current() === scenarioId) this.storage?.removeItem(CURRENT);
    } catch {
      // Nothing to discard.
    }
  }
}
