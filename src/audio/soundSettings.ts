// The player's sound settings (mute, master volume) and the one localStorage entry that remembers
// them. Pure logic with no Howler and no DOM, so it runs and is tested in Node.

export interface SoundSettings {
  readonly muted: boolean;
  /** Master volume, 0..1. */
  readonly volume: number;
}

export const SOUND_SETTINGS_KEY = 'dsr.sound';

// Moderate by default: a classroom of laptops should not start loud.
export const DEFAULT_SOUND_SETTINGS: SoundSettings = { muted: false, volume: 0.6 };

/** The part of Storage the settings need, so tests can pass a plain fake. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function clampVolume(value: number, fallback = DEFAULT_SOUND_SETTINGS.volume): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.min(1, Math.max(0, value));
}

/** Reads stored text field by field; anything broken falls back to the default, silently. */
export function parseSoundSettings(text: string | null): SoundSettings {
  let raw: unknown;
  try {
    raw = text === null ? null : JSON.parse(text);
  } catch {
    return DEFAULT_SOUND_SETTINGS;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_SOUND_SETTINGS;
  const { muted, volume } = raw as Record<string, unknown>;
  return {
    muted: typeof muted === 'boolean' ? muted : DEFAULT_SOUND_SETTINGS.muted,
    volume: typeof volume === 'number' ? clampVolume(volume) : DEFAULT_SOUND_SETTINGS.volume,
  };
}

// Storage can throw (private browsing, a sandboxed frame, a full quota): sound settings are never
// worth an error, so they just stop being remembered.
export function readSoundSettings(storage: SettingsStorage | null): SoundSettings {
  try {
    return parseSoundSettings(storage?.getItem(SOUND_SETTINGS_KEY) ?? null);
  } catch {
    return DEFAULT_SOUND_SETTINGS;
  }
}

/** The page's localStorage, or null where merely touching it throws (a sandboxed frame). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function writeSoundSettings(storage: SettingsStorage | null, settings: SoundSettings): void {
  try {
    storage?.setItem(
      SOUND_SETTINGS_KEY,
      JSON.stringify({ muted: settings.muted, volume: settings.volume }),
    );
  } catch {
    // Not remembered this time; the setting still applies to this page.
  }
}

export interface SoundSettingsStore {
  readonly settings: SoundSettings;
  setMuted(muted: boolean): void;
  /** Clamped to 0..1; a non-number is ignored. */
  setVolume(volume: number): void;
  subscribe(listener: (settings: SoundSettings) => void): () => void;
}

export function createSoundSettingsStore(storage: SettingsStorage | null): SoundSettingsStore {
  let settings = readSoundSettings(storage);
  const listeners = new Set<(settings: SoundSettings) => void>();
  const update = (next: SoundSettings) => {
    if (next.muted === settings.muted && next.volume === settings.volume) return;
    settings = next;
    writeSoundSettings(storage, settings);
    for (const listener of [...listeners]) listener(settings);
  };
  return {
    get settings() {
      return settings;
    },
    setMuted: (muted) => update({ ...settings, muted: Boolean(muted) }),
    setVolume: (volume) => update({ ...settings, volume: clampVolume(volume, settings.volume) }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
