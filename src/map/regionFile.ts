// The committed form of a region's outlines (assets/maps/*.json) and its index: rings as short
// strings rather than arrays of numbers, so the files stay a few KB and diff in whole lines.
import { DETAIL, MARGIN, type Region } from './geography.ts';
import type { Bounds, Box } from './projection.ts';

/** The committed form (assets/maps/*.json): rings as short strings, so the files stay small. */
export interface RegionFile {
  format: 'dsr-map/1';
  source: string;
  bounds: Bounds;
  centre: number;
  box: [number, number, number, number];
  quantum: number;
  countries: { id: string; name: string; rings: string[] }[];
}

/** One line of assets/maps/index.json: enough to tell whether a file covers some bounds. */
export interface RegionIndexEntry {
  id: string;
  centre: number;
  box: [number, number, number, number];
}

// Rings are stored as integer steps of `quantum` from the box corner, each point as the difference
// from the one before, in the polyline encoding (5-bit groups as printable characters).
function encodeNumber(value: number, out: string[]): void {
  let n = value < 0 ? ~(value << 1) : value << 1;
  while (n >= 0x20) {
    out.push(String.fromCharCode((0x20 | (n & 0x1f)) + 63));
    n >>>= 5;
  }
  out.push(String.fromCharCode(n + 63));
}

export function encodeRing(ring: number[], box: Box, quantum: number): string {
  const out: string[] = [];
  let px = 0;
  let py = 0;
  for (let i = 0; i < ring.length; i += 2) {
    const x = Math.round(((ring[i] as number) - box.x0) / quantum);
    const y = Math.round(((ring[i + 1] as number) - box.y0) / quantum);
    if (i > 0 && x === px && y === py) continue;
    encodeNumber(x - px, out);
    encodeNumber(y - py, out);
    px = x;
    py = y;
  }
  return out.join('');
}

export function decodeRing(text: string, box: Box, quantum: number): number[] {
  const ring: number[] = [];
  let index = 0;
  let x = 0;
  let y = 0;
  const next = () => {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = text.charCodeAt(index++) - 63;
      result |= (byte & 0x1f) << shift;
      shift += 5;
    } while (byte >= 0x20);
    return result & 1 ? ~(result >>> 1) : result >>> 1;
  };
  while (index < text.length) {
    x += next();
    y += next();
    ring.push(box.x0 + x * quantum, box.y0 + y * quantum);
  }
  return ring;
}

export function toRegionFile(region: Region, bounds: Bounds, source: string): RegionFile {
  const round = (v: number) => Number(v.toPrecision(10));
  const box = {
    x0: round(region.box.x0),
    y0: round(region.box.y0),
    x1: round(region.box.x1),
    y1: round(region.box.y1),
  };
  // Half the simplification tolerance: rounding never moves a point further than simplifying may.
  const quantum = Number(((box.x1 - box.x0) / (DETAIL * (1 + 2 * MARGIN)) / 2).toPrecision(6));
  return {
    format: 'dsr-map/1',
    source,
    bounds,
    centre: round(region.centre),
    box: [box.x0, box.y0, box.x1, box.y1],
    quantum,
    countries: region.countries.map((c) => ({
      id: c.id,
      name: c.name,
      rings: c.rings.map((r) => encodeRing(r, box, quantum)),
    })),
  };
}

export function fromRegionFile(file: RegionFile): Region {
  const [x0, y0, x1, y1] = file.box;
  const box = { x0, y0, x1, y1 };
  return {
    centre: file.centre,
    box,
    countries: file.countries.map((c) => ({
      id: c.id,
      name: c.name,
      rings: c.rings.map((r) => decodeRing(r, box, file.quantum)),
    })),
  };
}
