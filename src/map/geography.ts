// Country outlines for one region, projected, clipped and simplified: at build time by
// scripts/buildMapData.ts, or in the browser from the coarse world atlas when no file was built.
// The committed file format is in regionFile.ts.
import { geoArea, geoStream, type GeoPermissibleObjects } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import {
  boundsBox,
  centreLongitude,
  growBox,
  regionProjection,
  type Bounds,
  type Box,
} from './projection.ts';

export interface CountryShape {
  id: string;
  name: string;
  /** Closed rings as flat [x, y, x, y, ...] in projected units; holes are filled even-odd. */
  rings: number[][];
}

export interface Region {
  centre: number;
  /** The projected area the outlines were clipped to: the scenario's bounds and a margin. */
  box: Box;
  countries: CountryShape[];
}

export interface AtlasCountry {
  id: string;
  name: string;
  geometry: Geometry;
}

/** How far beyond the bounds outlines are kept, so a wide or tall map panel has no bare edges. */
export const MARGIN = 0.6;
/** Detail kept: a point every 1/2000 of the bounds' width, under a pixel on any screen we target. */
export const DETAIL = 2000;

/** Receives the projected, clipped stream of one country and keeps the polygon rings. */
class RingSink {
  rings: number[][] = [];
  private ring: number[] | null = null;
  private inPolygon = false;
  point(x: number, y: number): void {
    this.ring?.push(x, y);
  }
  lineStart(): void {
    this.ring = this.inPolygon ? [] : null;
  }
  lineEnd(): void {
    if (this.ring && this.ring.length >= 6) this.rings.push(this.ring);
    this.ring = null;
  }
  polygonStart(): void {
    this.inPolygon = true;
  }
  polygonEnd(): void {
    this.inPolygon = false;
  }
  sphere(): void {}
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas-Peucker on a closed ring (flat coordinates), iterative so long coasts cannot overflow. */
export function simplifyRing(ring: number[], tolerance: number): number[] {
  const n = ring.length / 2;
  if (n <= 4) return ring;
  const keep = new Uint8Array(n + 1);
  keep[0] = keep[n] = 1;
  const at = (i: number) => (i === n ? 0 : i) * 2;
  const stack: [number, number][] = [[0, n]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(
        ring[at(i)] as number,
        ring[at(i) + 1] as number,
        ring[at(first)] as number,
        ring[at(first) + 1] as number,
        ring[at(last)] as number,
        ring[at(last) + 1] as number,
      );
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++)
    if (keep[i]) out.push(ring[i * 2] as number, ring[i * 2 + 1] as number);
  return out;
}

function extent(ring: number[]): number {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < ring.length; i += 2) {
    x0 = Math.min(x0, ring[i] as number);
    x1 = Math.max(x1, ring[i] as number);
    y0 = Math.min(y0, ring[i + 1] as number);
    y1 = Math.max(y1, ring[i + 1] as number);
  }
  return Math.max(x1 - x0, y1 - y0);
}

/**
 * Some of the atlas's tiny islands come out wound the wrong way after quantisation, and d3 reads a
 * backwards ring as "the whole globe but this": clipped, it would cover the map. Turn them round.
 */
function rewind(geometry: Geometry): Geometry {
  const fix = (polygon: Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI
      ? polygon.map((ring) => [...ring].reverse())
      : polygon;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  }
  return geometry;
}

/** Projects the countries onto the region's Mercator, clips them to the box and simplifies. */
export function clipRegion(countries: readonly AtlasCountry[], bounds: Bounds): Region {
  const centre = centreLongitude(bounds);
  const projection = regionProjection(centre);
  const inner = boundsBox(projection, bounds);
  const box = growBox(inner, MARGIN);
  projection.clipExtent([
    [box.x0, box.y0],
    [box.x1, box.y1],
  ]);
  const tolerance = (inner.x1 - inner.x0) / DETAIL;
  const shapes: CountryShape[] = [];
  for (const country of countries) {
    const projected: number[][] = [];
    const sink = new RingSink();
    geoStream(rewind(country.geometry) as GeoPermissibleObjects, projection.stream(sink));
    for (const ring of sink.rings) {
      // Islands smaller than a couple of pixels would only add noise and bytes.
      if (extent(ring) < tolerance * 2) continue;
      const simple = simplifyRing(ring, tolerance);
      if (simple.length >= 6) projected.push(simple);
    }
    if (projected.length > 0) shapes.push({ id: country.id, name: country.name, rings: projected });
  }
  return { centre, box, countries: shapes };
}
