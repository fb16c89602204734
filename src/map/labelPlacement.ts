// Map labels that never collide: candidates are placed most important first, each at the first of
// its spots that stays on the panel and clear of everything already placed; a label with no free
// spot is left out (the description still names every place). A label may also wait for a zoom
// level, so the least important appear only once there is room for them. Pure geometry.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Align = 'left' | 'right' | 'center';

export interface Spot {
  /** The text's anchor: its left, right or centre edge, at its vertical middle. */
  x: number;
  y: number;
  align: Align;
}

export interface LabelCandidate {
  id: string;
  text: string;
  /** Higher first. */
  priority: number;
  /** Shown only from this zoom on (1: always). */
  minZoom: number;
  width: number;
  height: number;
  spots: readonly Spot[];
}

export interface PlacedLabel {
  candidate: LabelCandidate;
  spot: Spot;
  box: Box;
}

/** Something labels keep clear of; `upTo`: only labels of lower priority give way to it. */
export interface Obstacle {
  box: Box;
  upTo?: number;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function labelBox(spot: Spot, width: number, height: number, pad = 2): Box {
  const x0 =
    spot.align === 'left' ? spot.x : spot.align === 'right' ? spot.x - width : spot.x - width / 2;
  return { x0: x0 - pad, y0: spot.y - height / 2, x1: x0 + width + pad, y1: spot.y + height / 2 };
}

/**
 * `obstacles`: what labels must not cover (place dots, other layers' text). Ties in priority keep
 * the candidates' order, so the same map always labels the same way.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  zoom: number,
  size: { width: number; height: number },
  obstacles: readonly Obstacle[] = [],
): PlacedLabel[] {
  const taken: Obstacle[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const order = candidates
    .map((candidate, i) => ({ candidate, i }))
    .filter(({ candidate }) => zoom >= candidate.minZoom)
    .sort((a, b) => b.candidate.priority - a.candidate.priority || a.i - b.i);
  for (const { candidate } of order) {
    for (const spot of candidate.spots) {
      const box = labelBox(spot, candidate.width, candidate.height);
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= size.width && box.y1 <= size.height;
      const blocked = taken.some(
        (t) => candidate.priority < (t.upTo ?? Infinity) && overlaps(t.box, box),
      );
      if (!inside || blocked) continue;
      taken.push({ box });
      placed.push({ candidate, spot, box });
      break;
    }
  }
  return placed;
}
