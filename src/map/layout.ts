// Where things go on screen: badges clustered above their places, and "ports" where lines to
// far-off places (Beijing, Sydney) leave the edge of the map. Pure geometry, no drawing.
import type { PlaceData } from '../sim/scenario/scenario.schema.ts';
import type { DataFlow, MapArc, MapFeature, MapModel } from './mapModel.ts';
import { placeBadges, type IconSpot, type Rect } from './badgePlacement.ts';
import type { MapView, Point } from './view.ts';

export type { IconSpot } from './badgePlacement.ts';

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface Port {
  place: PlaceData;
  point: Point;
  /** Null when the place is on the map; otherwise the edge the port sits on. */
  side: Side | null;
  finance?: MapArc;
  influence?: MapArc;
  data?: DataFlow;
}

export interface LinkLine {
  /** Stable while the line exists, so a redraw knows which lines are new. */
  key: string;
  feature: MapFeature;
  from: Point;
  to: Point;
}

export interface MapLayout {
  icons: IconSpot[];
  lines: LinkLine[];
  ports: Port[];
  capital: Point | null;
}

/** How far inside the canvas edge ports sit, leaving room for their arrow. */
const EDGE = 18;
/** Minimum distance between two ports on the same edge, so their labels do not overlap. */
const GAP: Record<Side, number> = { left: 44, right: 44, top: 120, bottom: 120 };

function edgePoint(view: MapView, from: Point, to: Point): { point: Point; side: Side } | null {
  const x0 = EDGE;
  const y0 = EDGE;
  const x1 = view.width - EDGE;
  const y1 = view.height - EDGE;
  // A place anywhere on the canvas is shown where it is (the geography layer has its name).
  if (to.x >= 4 && to.x <= view.width - 4 && to.y >= 4 && to.y <= view.height - 4) return null;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const hits: { t: number; side: Side }[] = [];
  if (dx < 0) hits.push({ t: (x0 - from.x) / dx, side: 'left' });
  if (dx > 0) hits.push({ t: (x1 - from.x) / dx, side: 'right' });
  if (dy < 0) hits.push({ t: (y0 - from.y) / dy, side: 'top' });
  if (dy > 0) hits.push({ t: (y1 - from.y) / dy, side: 'bottom' });
  const hit = hits.filter((h) => h.t >= 0).sort((a, b) => a.t - b.t)[0];
  if (!hit) return null;
  const x = Math.max(x0, Math.min(x1, from.x + dx * hit.t));
  const y = Math.max(y0, Math.min(y1, from.y + dy * hit.t));
  return { point: { x, y }, side: hit.side };
}

/** Pushes ports on one edge apart, keeping their order along it. */
function spreadPorts(ports: Port[], view: MapView): void {
  for (const side of ['left', 'right', 'top', 'bottom'] as const) {
    const along = side === 'left' || side === 'right' ? 'y' : 'x';
    const max = (along === 'y' ? view.height : view.width) - EDGE;
    const row = ports
      .filter((p) => p.side === side)
      .sort((a, b) => a.point[along] - b.point[along]);
    for (let i = 1; i < row.length; i++) {
      const prev = (row[i - 1] as Port).point[along];
      const here = row[i] as Port;
      here.point[along] = Math.max(here.point[along], prev + GAP[side]);
    }
    for (let i = row.length - 1; i >= 0; i--) {
      const next = i === row.length - 1 ? max + GAP[side] : (row[i + 1] as Port).point[along];
      const here = row[i] as Port;
      here.point[along] = Math.max(EDGE, Math.min(here.point[along], next - GAP[side]));
    }
  }
}

function portsFor(view: MapView, model: MapModel, origin: Point): Map<string, Port> {
  const ports = new Map<string, Port>();
  const portOf = (place: PlaceData) => {
    let port = ports.get(place.id);
    if (!port) {
      const at = view.project(place.lon, place.lat);
      const edge = edgePoint(view, origin, at);
      port = { place, point: edge?.point ?? at, side: edge?.side ?? null };
      ports.set(place.id, port);
    }
    return port;
  };
  for (const feature of model.features) if (feature.link) portOf(feature.link);
  for (const arc of model.finance) portOf(arc.to).finance = arc;
  for (const arc of model.influence) portOf(arc.to).influence = arc;
  if (model.dataFlow) portOf(model.dataFlow.to).data = model.dataFlow;
  spreadPorts([...ports.values()], view);
  return ports;
}

/** Roughly where a port's label will be drawn (beside its arrow), kept clear of badges. */
export function portLabelArea(port: Port): Rect {
  const { x, y } = port.point;
  const w = 7 * (port.place.name.length + 40);
  if (port.side === 'top') return { x0: x - w, y0: 0, x1: x + w, y1: y + 30 };
  if (port.side === 'bottom') return { x0: x - w, y0: y - 30, x1: x + w, y1: y + 20 };
  if (port.side === 'left') return { x0: 0, y0: y - 24, x1: x + w, y1: y + 24 };
  if (port.side === 'right') return { x0: x - w, y0: y - 24, x1: x + 20, y1: y + 24 };
  // On the map: the figures go under the place's own name, which stays free.
  return { x0: x - 4, y0: y + 10, x1: x + w, y1: y + 34 };
}

export function layoutMap(view: MapView, model: MapModel): MapLayout {
  const capital = model.capital ? view.project(model.capital.lon, model.capital.lat) : null;
  const origin = capital ?? { x: view.width / 2, y: view.height / 2 };
  const ports = portsFor(view, model, origin);
  const lines: LinkLine[] = [];
  for (const feature of model.features) {
    const [first, ...rest] = feature.sites;
    if (!first) continue;
    const at = (p: PlaceData) => view.project(p.lon, p.lat);
    const port = feature.link ? ports.get(feature.link.id) : undefined;
    const key = (a: PlaceData, b: PlaceData) => `${feature.id}:${a.id}>${b.id}`;
    if (port) lines.push({ key: key(first, port.place), feature, from: at(first), to: port.point });
    // A cable lands once and runs on to the other sites; ties lead from each site.
    for (const other of rest) {
      if (feature.kind === 'cable') {
        lines.push({ key: key(first, other), feature, from: at(first), to: at(other) });
      } else if (port) {
        lines.push({ key: key(other, port.place), feature, from: at(other), to: port.point });
      }
    }
  }
  const all = [...ports.values()];
  const icons = placeBadges(view, model.features, all.map(portLabelArea));
  return { icons, lines, ports: all, capital };
}
