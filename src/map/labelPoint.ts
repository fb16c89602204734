// Where a country's name fits inside its outline: the point of a coarse grid that lies deepest
// inside the visible part of the country (a light "pole of inaccessibility"), with room for the
// text's width. A bounding-box centre would put Russia's name in Kazakhstan.
import type { Point } from './view.ts';

type Ring = readonly number[];

/** Even-odd test of one ring (flat x, y pairs). */
export function ringContains(ring: Ring, x: number, y: number): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const xi = ring[i] as number;
    const yi = ring[i + 1] as number;
    const xj = ring[j] as number;
    const yj = ring[j + 1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** Inside the shape when inside an odd number of its rings (so holes count as outside). */
function inside(rings: readonly Ring[], x: number, y: number): boolean {
  return rings.filter((ring) => ringContains(ring, x, y)).length % 2 === 1;
}

function edgeDistance(rings: readonly Ring[], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const ax = ring[j] as number;
      const ay = ring[j + 1] as number;
      const dx = (ring[i] as number) - ax;
      const dy = (ring[i + 1] as number) - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  }
  return best;
}

/**
 * `rings` in screen pixels. Returns null when no spot on the canvas holds a label `textWidth`
 * wide with `clearance` pixels of the country around its centre.
 */
export function labelPoint(
  rings: readonly Ring[],
  width: number,
  height: number,
  textWidth: number,
  clearance = 7,
): Point | null {
  const half = textWidth / 2 + 2;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      x0 = Math.min(x0, ring[i] as number);
      x1 = Math.max(x1, ring[i] as number);
      y0 = Math.min(y0, ring[i + 1] as number);
      y1 = Math.max(y1, ring[i + 1] as number);
    }
  }
  x0 = Math.max(x0, half + 2);
  x1 = Math.min(x1, width - half - 2);
  y0 = Math.max(y0, 10);
  y1 = Math.min(y1, height - 10);
  if (x1 - x0 < 0 || y1 - y0 < clearance) return null;
  const step = Math.max(6, Math.sqrt(((x1 - x0) * (y1 - y0)) / 300));
  let best: { p: Point; d: number } | null = null;
  for (let y = y0 + step / 2; y <= y1; y += step) {
    for (let x = x0 + step / 2; x <= x1; x += step) {
      if (!inside(rings, x, y) || !inside(rings, x - half, y) || !inside(rings, x + half, y))
        continue;
      const d = edgeDistance(rings, x, y);
      if (d >= clearance && d > (best?.d ?? 0)) best = { p: { x, y }, d };
    }
  }
  return best?.p ?? null;
}
