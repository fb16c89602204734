// The one projection the map uses: Mercator centred on the scenario's region. The build script
// stores geography already projected with it, so the browser only scales and shifts.
import { geoMercator, type GeoProjection } from 'd3-geo';

export type LonLat = readonly [number, number];
/** [[west, south], [east, north]] in degrees, as a scenario's `map.bounds` gives them. */
export type Bounds = readonly [LonLat, LonLat];

/** A rectangle in projected units (y grows downwards, as on screen). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The longitude half-way across the bounds, also when they cross the 180th meridian. */
export function centreLongitude(bounds: Bounds): number {
  const [[west], [east]] = bounds;
  const span = (((east - west) % 360) + 360) % 360;
  const centre = west + span / 2;
  return centre > 180 ? centre - 360 : centre;
}

/**
 * Rotating the centre to 0 keeps the antimeridian cut on the far side of the world, so a Pacific
 * region never splits. No resampling: edges are short, and stored geometry must stay exact.
 */
export function regionProjection(centre: number): GeoProjection {
  return geoMercator().rotate([-centre, 0]).scale(1).translate([0, 0]).precision(0);
}

export function projectPoint(
  projection: GeoProjection,
  lon: number,
  lat: number,
): [number, number] {
  const clamped = Math.max(-85, Math.min(85, lat));
  return projection([lon, clamped]) ?? [0, 0];
}

export function boundsBox(projection: GeoProjection, bounds: Bounds): Box {
  const [[west, south], [east, north]] = bounds;
  const [x0, y0] = projectPoint(projection, west, north);
  const [x1, y1] = projectPoint(projection, east, south);
  return { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
}

/** The box grown by `factor` of its width and height on every side. */
export function growBox(box: Box, factor: number): Box {
  const dx = (box.x1 - box.x0) * factor;
  const dy = (box.y1 - box.y0) * factor;
  return { x0: box.x0 - dx, y0: box.y0 - dy, x1: box.x1 + dx, y1: box.y1 + dy };
}

export function containsBox(outer: Box, inner: Box): boolean {
  const eps = 1e-9;
  return (
    inner.x0 >= outer.x0 - eps &&
    inner.y0 >= outer.y0 - eps &&
    inner.x1 <= outer.x1 + eps &&
    inner.y1 <= outer.y1 + eps
  );
}

/** Scale and shift that fit `box` inside a width x height screen, centred, keeping its shape. */
export interface Fit {
  scale: number;
  tx: number;
  ty: number;
}

export function fitBox(box: Box, width: number, height: number, margin: number): Fit {
  const w = Math.max(1, width - 2 * margin);
  const h = Math.max(1, height - 2 * margin);
  const scale = Math.min(w / (box.x1 - box.x0), h / (box.y1 - box.y0));
  const tx = width / 2 - ((box.x0 + box.x1) / 2) * scale;
  const ty = height / 2 - ((box.y0 + box.y1) / 2) * scale;
  return { scale, tx, ty };
}
