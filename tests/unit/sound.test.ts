// Sound settings and cue choice, in Node without Howler playing anything: what is remembered, what
// a broken stored value falls back to, and which sting a round report gets.
import { describe, expect, it } from 'vitest';
import { ambientForRegion, overlap, SAME_MOMENT_MS } from '../../src/audio/cues.ts';
import { reportCue } from '../../src/audio/reportCue.ts';
import { createSoundBoard, type SoundUrls } from '../../src/audio/SoundBoard.ts';
import {
  browserStorage,
  clampVolume,
  createSoundSettingsStore,
  DEFAULT_SOUND_SETTINGS,
  parseSoundSettings,
  readSoundSettings,
  SOUND_SETTINGS_KEY,
  type SettingsStorage,
} from '../../src/audio/soundSettings.ts';
import type { LogEntry } from '../../src/sim/state.ts';

function memoryStorage(initial: Record<string, string> = {}): SettingsStorage & {
  data: Map<string, string>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

const brokenStorage: SettingsStorage = {
  getItem: () => {
    throw new Error('SecurityError: storage is disabled');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('sound settings', () => {
  it('start moderate and unmuted when nothing is stored', () => {
    expect(DEFAULT_SOUND_SETTINGS).toEqual({ muted: false, volume: 0.6 });
    expect(readSoundSettings(memoryStorage())).toEqual(DEFAULT_SOUND_SETTINGS);
    expect(readSoundSettings(null)).toEqual(DEFAULT_SOUND_SETTINGS);
    expect(browserStorage()).toBeNull(); // Node: no window, so no storage and no error
  });

  it('are remembered under one key and survive a new store', () => {
    const storage = memoryStorage();
    const first = createSoundSettingsStore(storage);
    first.setMuted(true);
    first.setVolume(0.25);

    expect([...storage.data.keys()]).toEqual([SOUND_SETTINGS_KEY]);
    expect(JSON.parse(storage.data.get(SOUND_SETTINGS_KEY) as string)).toEqual({
      muted: true,
      volume: 0.25,
    });
    expect(createSoundSettingsStore(storage).settings).toEqual({ muted: true, volume: 0.25 });
  });

  it.each([
    ['not JSON', '{muted: tru'],
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[true, 0.3]'],
    ['an empty string', ''],
  ])('fall back to the defaults when the stored value is %s', (_, text) => {
    const storage = memoryStorage({ [SOUND_SETTINGS_KEY]: text });
    expect(createSoundSettingsStore(storage).settings).toEqual(DEFAULT_SOUND_SETTINGS);
  });

  it('keep each valid field and replace each broken one', () => {
    expect(parseSoundSettings('{"muted":true,"volume":"loud"}')).toEqual({
      muted: true,
      volume: 0.6,
    });
    expect(parseSoundSettings('{"muted":"yes","volume":0.3}')).toEqual({
      muted: false,
      volume: 0.3,
    });
    expect(parseSoundSettings('{"volume":7}')).toEqual({ muted: false, volume: 1 });
  });

  it('clamp the volume to 0..1 and ignore a value that is not a number', () => {
    expect(clampVolume(1.7)).toBe(1);
    expect(clampVolume(-0.2)).toBe(0);
    expect(clampVolume(Number.NaN)).toBe(0.6);
    const store = createSoundSettingsStore(memoryStorage());
    store.setVolume(0.4);
    store.setVolume(Number.NaN);
    expect(store.settings.volume).toBe(0.4);
    store.setVolume(3);
    expect(store.settings.volume).toBe(1);
  });

  it('never throw when storage refuses to read or write', () => {
    const store = createSoundSettingsStore(brokenStorage);
    expect(store.settings).toEqual(DEFAULT_SOUND_SETTINGS);
    expect(() => store.setMuted(true)).not.toThrow();
    expect(store.settings.muted).toBe(true);
  });

  it('tell subscribers about real changes only, until they unsubscribe', () => {
    const store = createSoundSettingsStore(memoryStorage());
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(s));
    store.setVolume(0.6); // unchanged
    store.setMuted(true);
    unsubscribe();
    store.setMuted(false);
    expect(seen).toEqual([{ muted: true, volume: 0.6 }]);
  });
});

describe('the sound board without audio (Node has no AudioContext)', () => {
  const urls = Object.fromEntries(
    ['click', 'choose', 'round', 'event', 'alert', 'ending', 'pacific', 'steppe'].map((n) => [
      n,
      [`${n}.ogg`],
    ]),
  ) as SoundUrls;

  it('does nothing, throws nothing, and still remembers the settings', () => {
    const storage = memoryStorage();
    const board = createSoundBoard({ storage, urls });
    expect(() => {
      board.unlock();
      board.unlock();
      board.play('alert');
      board.setAmbient('pacific');
      board.setAmbient(null);
      board.setVolume(0.3);
      board.setMuted(true);
    }).not.toThrow();
    const again = createSoundBoard({ storage, urls });
    expect([again.muted, again.volume]).toEqual([true, 0.3]);
  });
});

describe('cue choice', () => {
  const entry = (kind: LogEntry['kind'], changes: LogEntry['changes'], hidden = false) =>
    ({ round: 1, kind, title: kind, origin: {}, changes, notes: [], hidden }) as LogEntry;

  it('gives a report without events no sting', () => {
    expect(reportCue([])).toBeNull();
    expect(reportCue([entry('decision', { budget: -5 })])).toBeNull();
  });

  it('gives an event with good or mixed news the event sting, bad news the alert', () => {
    expect(reportCue([entry('event', { alignWest: 6 })])).toBe('event');
    expect(reportCue([entry('event', { budget: 2, alignWest: 2 })])).toBe('event');
    expect(reportCue([entry('event', { regimeStability: -10, publicTrust: -4 })])).toBe('alert');
  });

  it('counts the harmful deal stage an event set off (debt distress arrives that way)', () => {
    expect(reportCue([entry('event', {}), entry('stage', { publicTrust: -2 })])).toBe('alert');
  });

  it('never lets a hidden change or a hidden entry sound the alert', () => {
    expect(reportCue([entry('event', { prcVisibility: 6 })])).toBe('event');
    expect(reportCue([entry('event', {}), entry('event', { budget: -9 }, true)])).toBe('event');
  });

  it('maps scenario regions to ambient beds', () => {
    expect(ambientForRegion('Pacific')).toBe('pacific');
    expect(ambientForRegion('Central Asia')).toBe('steppe');
    expect(ambientForRegion('Europe')).toBeNull();
  });

  it('lets only the weightiest of near-simultaneous cues play', () => {
    const click = { cue: 'click' as const, at: 1000 };
    expect(overlap(null, 'click', 0)).toBe('play');
    expect(overlap(click, 'round', 1000 + SAME_MOMENT_MS - 1)).toBe('replace');
    expect(overlap({ cue: 'alert', at: 1000 }, 'click', 1010)).toBe('skip');
    expect(overlap(click, 'click', 1000 + SAME_MOMENT_MS + 1)).toBe('play');
  });
});
