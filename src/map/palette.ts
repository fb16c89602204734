// The map's look: each partner has a colour, a badge shape, a line pattern and a name, so colour is
// never the only way to tell them apart. Colours are from the Okabe-Ito set (safe for colour-blind
// readers), darkened where white glyphs sit on them.
import type { Partner } from '../sim/scenario/scenario.schema.ts';

export type BadgeShape = 'diamond' | 'square' | 'circle' | 'triangle' | 'hexagon';

export interface PartnerStyle {
  colour: string;
  shape: BadgeShape;
  /** Canvas line dash for cables and ties: solid, dashed, dotted... */
  dash: number[];
  /** Angle of the hatching on a partner's own land, in degrees: a pattern as well as a hue. */
  hatch: number;
}

export const PARTNER_STYLES: Readonly<Record<Partner, PartnerStyle>> = {
  china: { colour: '#c14f00', shape: 'diamond', dash: [], hatch: 45 },
  russia: { colour: '#7a3b8f', shape: 'square', dash: [2, 4], hatch: -45 },
  west: { colour: '#0060a0', shape: 'circle', dash: [12, 6], hatch: 0 },
  regional: { colour: '#007a5a', shape: 'triangle', dash: [12, 4, 2, 4], hatch: 90 },
  domestic: { colour: '#7a5c12', shape: 'hexagon', dash: [6, 3], hatch: 30 },
};

export const THEME = {
  sea: '#dce9ee',
  seaGrid: 'rgba(40, 80, 100, 0.08)',
  land: '#efe8d8',
  landEdge: '#b3a88e',
  home: '#fff3c4',
  homeEdge: '#4a4233',
  text: '#1d1b16',
  muted: '#4a463c',
  halo: 'rgba(255, 255, 255, 0.85)',
  ended: '#8a8a8a',
  alarm: '#1d1b16',
  font: "system-ui, -apple-system, 'Segoe UI', sans-serif",
} as const;

/** Badge size in CSS pixels: large enough for the glyph inside to read at 1024x768. */
export const ICON_SIZE = 26;
