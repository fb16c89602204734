// The projection fitted to the map panel: lon/lat and projected coordinates to screen pixels,
// and the gentle curves that arcs follow. Pure geometry, no drawing.
import type { Region } from './geography.ts';
import {
  boundsBox,
  fitBox,
  projectPoint,
  regionProjection,
  type Bounds,
  type Fit,
} from './projection.ts';

export interface Point {
  x: number;
  y: number;
}

export interface MapView {
  width: number;
  height: number;
  fit: Fit;
  /** How far the camera has zoomed in on the fitted map (1: the whole map). */
  zoom: number;
  project(lon: number, lat: number): Point;
  /** Planar (already projected) coordinates to screen. */
  toScreen(x: number, y: number): Point;
}

export function makeView(region: Region, bounds: Bounds, width: number, height: number): MapView {
  const projection = regionProjection(region.centre);
  const fit = fitBox(boundsBox(projection, bounds), width, height, 12);
  const toScreen = (x: number, y: number) => ({
    x: x * fit.scale + fit.tx,
    y: y * fit.scale + fit.ty,
  });
  return {
    width,
    height,
    fit,
    zoom: 1,
    toScreen,
    project: (lon, lat) => {
      const [x, y] = projectPoint(projection, lon, lat);
      return toScreen(x, y);
    },
  };
}

/** Points along a gentle curve from `a` to `b`, bent sideways by `bend` of its length. */
export function curve(a: Point, b: Point, bend: number, steps = 24): Point[] {
  const mx = (a.x + b.x) / 2 - (b.y - a.y) * bend;
  const my = (a.y + b.y) / 2 + (b.x - a.x) * bend;
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push({
      x: u * u * a.x + 2 * u * t * mx + t * t * b.x,
      y: u * u * a.y + 2 * u * t * my + t * t * b.y,
    });
  }
  return points;
}
