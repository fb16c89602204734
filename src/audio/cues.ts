// The cues and ambient beds, which bed goes with a scenario's region, and which of two
// near-simultaneous cues wins. Pure (no Howler, no simulation), so tested in Node.

export const CUES = ['click', 'choose', 'round', 'event', 'alert', 'ending'] as const;
export type Cue = (typeof CUES)[number];

export const AMBIENTS = ['pacific', 'steppe'] as const;
export type Ambient = (typeof AMBIENTS)[number];

/** Maps a scenario's free-text `region` to its ambient bed; null (silence) for anything else. */
export function ambientForRegion(region: string | null | undefined): Ambient | null {
  const text = (region ?? '').toLowerCase();
  if (/pacific|oceania|melanesia|solomon/.test(text)) return 'pacific';
  if (/central asia|steppe|kazakh|kyrgyz|tajik|turkmen|uzbek/.test(text)) return 'steppe';
  return null;
}

const PRIORITY: Record<Cue, number> = {
  click: 0,
  choose: 1,
  round: 2,
  event: 3,
  alert: 4,
  ending: 5,
};

/** Cues this close together are one moment (a click that ends a round): only the weightiest plays. */
export const SAME_MOMENT_MS = 150;

export type Overlap = 'play' | 'skip' | 'replace';

/** Whether `next` should play beside, be dropped for, or cut off the cue that started just before. */
export function overlap(
  previous: { cue: Cue; at: number } | null,
  next: Cue,
  now: number,
): Overlap {
  if (!previous || now - previous.at > SAME_MOMENT_MS) return 'play';
  return PRIORITY[next] > PRIORITY[previous.cue] ? 'replace' : 'skip';
}
