// Plays the interface cues, event stings and a quiet regional ambient bed through Howler. Sound only
// doubles what the screen shows; it stays silent until the first gesture and is a no-op (never an
// error) wherever audio cannot play.
import { Howl, Howler } from 'howler';
import { CUES, overlap, type Ambient, type Cue } from './cues.ts';
import {
  createSoundSettingsStore,
  type SettingsStorage,
  type SoundSettings,
} from './soundSettings.ts';
import { whenIdle } from '../ui/whenIdle.ts';

export type { Ambient, Cue } from './cues.ts';
export type { SoundSettings } from './soundSettings.ts';

export type SoundUrls = Record<Cue | Ambient, string[]>;

export interface SoundBoard {
  readonly muted: boolean;
  readonly volume: number;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
  play(cue: Cue): void;
  /** Cross-fades to the region's bed; null fades to silence. Remembered until audio unlocks. */
  setAmbient(region: Ambient | null): void;
  /**
   * Call from the first pointerdown or keydown; later calls do nothing. Sound starts when the
   * page is next idle, not inside the gesture: making the audio context holds the page for a
   * moment (over half a second on a slow laptop), and the click it came with is answered first.
   */
  unlock(): void;
  subscribe(listener: (settings: SoundSettings) => void): () => void;
}

// The beds are mixed well under the cues (files already 8 dB quieter) so they never mask speech
// from a screen reader or a teacher.
const AMBIENT_LEVEL = 0.5;
const FADE_MS = 1800;

interface Bed {
  howl: Howl;
  id?: number;
  /** Wanted audible: false while fading out, so a finished fade knows whether to pause. */
  on: boolean;
}

function audioContextAvailable(): boolean {
  return (
    typeof window !== 'undefined' && ('AudioContext' in window || 'webkitAudioContext' in window)
  );
}

export function createSoundBoard(options: {
  storage: SettingsStorage | null;
  urls: SoundUrls;
}): SoundBoard {
  const store = createSoundSettingsStore(options.storage);
  let working = audioContextAvailable();
  let unlocked = false;
  /** The audio context exists: until then no sound is made (making one would hold the page). */
  let ready = false;
  let wantedAmbient: Ambient | null = null;
  let lastCue: { cue: Cue; at: number; howl: Howl; id: number } | null = null;
  const cues = new Map<Cue, Howl>();
  const beds = new Map<Ambient, Bed>();

  // Howler reports problems through events, but a browser may still throw (a closed context, a
  // denied autoplay): one failure turns sound off for the page instead of breaking the game.
  const guarded = (action: () => void) => {
    try {
      action();
    } catch {
      working = false;
    }
  };
  const safely = (action: () => void) => {
    if (working && ready) guarded(action);
  };
  const howl = (name: Cue | Ambient, loop: boolean) =>
    new Howl({ src: options.urls[name], loop, volume: loop ? 0 : 1, preload: true, html5: false });
  const bedVolume = (bed: Bed) => (bed.id === undefined ? 0 : Number(bed.howl.volume(bed.id)));
  const hiddenPage = () => typeof document !== 'undefined' && document.hidden;
  const applySettings = () => {
    Howler.volume(store.settings.volume);
    // A hidden tab goes quiet, so a forgotten game does not play on behind the lesson.
    Howler.mute(store.settings.muted || hiddenPage());
  };

  // Each bed is one looping sound, resumed rather than restarted, so a quick back-and-forth
  // between regions never stacks two copies of a loop.
  const fadeBeds = () => {
    for (const [name, bed] of beds) {
      if (name === wantedAmbient || !bed.on) continue;
      bed.on = false;
      bed.howl.fade(bedVolume(bed), 0, FADE_MS, bed.id);
      bed.howl.once(
        'fade',
        () => {
          if (!bed.on) bed.howl.pause(bed.id);
        },
        bed.id,
      );
    }
    if (!wantedAmbient) return;
    let bed = beds.get(wantedAmbient);
    if (!bed) beds.set(wantedAmbient, (bed = { howl: howl(wantedAmbient, true), on: false }));
    if (bed.on) return;
    bed.on = true;
    bed.id = bed.id === undefined ? bed.howl.play() : bed.howl.play(bed.id);
    bed.howl.fade(bedVolume(bed), AMBIENT_LEVEL, FADE_MS, bed.id);
  };

  store.subscribe(() => safely(applySettings));

  return {
    get muted() {
      return store.settings.muted;
    },
    get volume() {
      return store.settings.volume;
    },
    setMuted: (muted) => store.setMuted(muted),
    setVolume: (volume) => store.setVolume(volume),
    subscribe: (listener) => store.subscribe(listener),

    play(cue) {
      safely(() => {
        if (store.settings.muted) return;
        const now = performance.now();
        const decision = overlap(lastCue, cue, now);
        if (decision === 'skip') return;
        if (decision === 'replace') lastCue?.howl.stop(lastCue.id);
        let sound = cues.get(cue);
        if (!sound) cues.set(cue, (sound = howl(cue, false)));
        lastCue = { cue, at: now, howl: sound, id: sound.play() };
      });
    },

    setAmbient(region) {
      if (region === wantedAmbient) return;
      wantedAmbient = region;
      safely(fadeBeds);
    },

    unlock() {
      if (unlocked || !working) return;
      unlocked = true;
      // Chromium and Firefox let a context made after a gesture play at once; Safari starts it at
      // the next tap, through Howler's own unlock (it listens once its first sound exists).
      whenIdle(() => {
        ready = true;
        safely(() => {
          applySettings(); // Howler makes its context on first use
          if (Howler.ctx?.state === 'suspended') void Howler.ctx.resume().catch(() => undefined);
          for (const cue of CUES) cues.set(cue, howl(cue, false));
          document.addEventListener('visibilitychange', () => safely(applySettings));
          fadeBeds();
        });
      });
    },
  };
}
