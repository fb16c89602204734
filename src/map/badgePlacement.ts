// Where feature badges go: places that sit close together on screen (a capital and the islands
// around it) share one cluster, each feature gets one badge per cluster, and the cluster's badges
// form a small grid beside it, on whichever side has room and does not cover another grid.
import type { MapFeature } from './mapModel.ts';
import { ICON_SIZE } from './palette.ts';
import type { MapView, Point } from './view.ts';

export interface IconSpot {
  /** Feature and cluster: stable while the badge exists. */
  key: string;
  feature: MapFeature;
  x: number;
  y: number;
}

interface Cluster {
  id: string;
  points: Point[];
  features: MapFeature[];
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Places closer than this (in pixels) share their badges. */
const CLUSTER_RADIUS = 56;
const STEP = ICON_SIZE + 4;
const PER_ROW = 4;

function centre(points: readonly Point[]): Point {
  const n = points.length || 1;
  return {
    x: points.reduce((s, p) => s + p.x, 0) / n,
    y: points.reduce((s, p) => s + p.y, 0) / n,
  };
}

function clusters(view: MapView, features: readonly MapFeature[]): Cluster[] {
  const found: Cluster[] = [];
  const bySite = new Map<string, Cluster>();
  for (const feature of features) {
    for (const site of feature.sites) {
      let cluster = bySite.get(site.id);
      if (!cluster) {
        const at = view.project(site.lon, site.lat);
        cluster = found.find(
          (c) => Math.hypot(centre(c.points).x - at.x, centre(c.points).y - at.y) < CLUSTER_RADIUS,
        );
        if (cluster) cluster.points.push(at);
        else found.push((cluster = { id: site.id, points: [at], features: [] }));
        bySite.set(site.id, cluster);
      }
      if (!cluster.features.includes(feature)) cluster.features.push(feature);
    }
  }
  return found;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The grid's rectangle: above the places, else below (under their names), right, left. */
function gridRect(view: MapView, cluster: Cluster, taken: readonly Rect[]): Rect {
  const cols = Math.min(PER_ROW, cluster.features.length);
  const w = cols * STEP;
  const h = Math.ceil(cluster.features.length / PER_ROW) * STEP;
  const xs = cluster.points.map((p) => p.x);
  const ys = cluster.points.map((p) => p.y);
  const c = centre(cluster.points);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const at = (x: number, y: number): Rect => ({
    x0: x - w / 2,
    y0: y - h / 2,
    x1: x + w / 2,
    y1: y + h / 2,
  });
  const candidates = [
    at(c.x, y0 - 10 - h / 2),
    at(c.x, y1 + 26 + h / 2),
    at(x1 + 14 + w / 2, c.y),
    at(x0 - 14 - w / 2, c.y),
  ];
  const inside = (r: Rect) =>
    r.x0 >= 2 && r.y0 >= 2 && r.x1 <= view.width - 2 && r.y1 <= view.height - 2;
  const free = candidates.find((r) => inside(r) && !taken.some((t) => overlaps(t, r)));
  if (free) return free;
  const fallback = candidates.find(inside) ?? (candidates[0] as Rect);
  const dx = Math.max(2 - fallback.x0, Math.min(0, view.width - 2 - fallback.x1));
  const dy = Math.max(2 - fallback.y0, Math.min(0, view.height - 2 - fallback.y1));
  return { x0: fallback.x0 + dx, y0: fallback.y0 + dy, x1: fallback.x1 + dx, y1: fallback.y1 + dy };
}

/** `keepClear`: areas the badges should not cover (the labels of the ports). */
export function placeBadges(
  view: MapView,
  features: readonly MapFeature[],
  keepClear: readonly Rect[] = [],
): IconSpot[] {
  const spots: IconSpot[] = [];
  const taken: Rect[] = [...keepClear];
  // The biggest clusters choose their side first.
  const ordered = clusters(view, features).sort((a, b) => b.features.length - a.features.length);
  for (const cluster of ordered) {
    const rect = gridRect(view, cluster, taken);
    taken.push(rect);
    const n = cluster.features.length;
    cluster.features.forEach((feature, i) => {
      const row = Math.floor(i / PER_ROW);
      const inRow = Math.min(PER_ROW, n - row * PER_ROW);
      const mid = (rect.x0 + rect.x1) / 2;
      spots.push({
        key: `${feature.id}@${cluster.id}`,
        feature,
        x: mid + ((i % PER_ROW) - (inRow - 1) / 2) * STEP,
        y: rect.y0 + STEP / 2 + row * STEP,
      });
    });
  }
  return spots;
}
