// The lines over the map, drawn with the Canvas 2D API (it has dashes; Phaser's Graphics has
// none): debt and alignment arcs to partner capitals, cables and ties, and the labelled ports
// where lines leave the map. Redrawn only when the model changes or a line is growing in.
import type { LinkLine, MapLayout, Port } from './layout.ts';
import { curve, type Point } from './view.ts';
import { PARTNER_NAMES } from './labels.ts';
import { ICON_SIZE, PARTNER_STYLES, THEME } from './palette.ts';
import { haloText } from './drawGeography.ts';
import type { Box } from './labelPlacement.ts';

type Ctx = CanvasRenderingContext2D;

/** Sideways bend of the debt and alignment arcs, opposite ways so the two never overlap. */
export const FINANCE_BEND = 0.16;
export const INFLUENCE_BEND = -0.16;

function polyline(ctx: Ctx, points: readonly Point[], upTo = 1): void {
  const last = Math.max(1, Math.round((points.length - 1) * upTo));
  ctx.beginPath();
  points
    .slice(0, last + 1)
    .forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  ctx.stroke();
}

function drawCorridors(ctx: Ctx, capital: Point, port: Port, grow: number): void {
  ctx.lineCap = 'round';
  if (port.finance) {
    const { colour } = PARTNER_STYLES[port.finance.partner];
    ctx.globalAlpha = 0.4;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2 + 9 * port.finance.weight;
    ctx.setLineDash([]);
    polyline(ctx, curve(capital, port.point, FINANCE_BEND), grow);
  }
  if (port.influence) {
    const { colour } = PARTNER_STYLES[port.influence.partner];
    ctx.globalAlpha = 0.9;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5 + 3.5 * port.influence.weight;
    ctx.setLineDash([0.1, 4 + 4 * port.influence.weight]);
    polyline(ctx, curve(capital, port.point, INFLUENCE_BEND), grow);
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

function drawLink(ctx: Ctx, line: LinkLine, grow: number): void {
  const { feature } = line;
  const style = PARTNER_STYLES[feature.partner];
  const points = curve(line.from, line.to, 0, 12);
  const cable = feature.kind === 'cable';
  ctx.lineCap = 'butt';
  ctx.strokeStyle = feature.status === 'ended' ? THEME.ended : style.colour;
  ctx.lineWidth = cable ? 3.5 : 2;
  ctx.setLineDash(feature.status === 'planned' ? [4, 5] : style.dash);
  if (feature.status === 'building') {
    // Under way: the part already laid solid, the rest of the route a thin dashed line.
    ctx.lineWidth = 1.5;
    ctx.setLineDash([3, 4]);
    polyline(ctx, points, grow);
    ctx.lineWidth = cable ? 3.5 : 2;
    ctx.setLineDash(style.dash);
    polyline(ctx, points, Math.min(grow, 0.5));
  } else {
    ctx.globalAlpha = feature.status === 'planned' ? 0.6 : 1;
    polyline(ctx, points, grow);
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  if (feature.status === 'compromised' && grow >= 1) {
    const mid = points[Math.floor(points.length / 2)] as Point;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 5;
    drawCross(ctx, mid);
    ctx.strokeStyle = THEME.alarm;
    ctx.lineWidth = 2.5;
    drawCross(ctx, mid);
  }
}

/** A breach: every line of the network glows wide in the alarm colour for a moment. */
function drawFlash(ctx: Ctx, layout: MapLayout, flash: number): void {
  ctx.save();
  ctx.globalAlpha = 0.7 * flash;
  ctx.strokeStyle = '#d1002a';
  ctx.lineCap = 'round';
  ctx.lineWidth = 10;
  for (const line of layout.lines) polyline(ctx, curve(line.from, line.to, 0, 12));
  ctx.restore();
}

function drawCross(ctx: Ctx, p: Point): void {
  ctx.beginPath();
  ctx.moveTo(p.x - 6, p.y - 6);
  ctx.lineTo(p.x + 6, p.y + 6);
  ctx.moveTo(p.x + 6, p.y - 6);
  ctx.lineTo(p.x - 6, p.y + 6);
  ctx.stroke();
}

/**
 * What a port says: the place and partner, then the figures. A place on the map is already named
 * by the geography layer, so there only the partner and figures are added, under its name.
 */
function portLines(port: Port, stacked: boolean): string[] {
  const partner = port.finance?.partner ?? port.influence?.partner ?? port.data?.partner ?? null;
  const numbers = [
    port.finance ? `loans ${port.finance.value}% of GDP` : null,
    port.influence ? `alignment ${port.influence.value}/100` : null,
    port.data ? `data exposure ${port.data.exposure}/100` : null,
  ].filter((n): n is string => n !== null);
  const hidden =
    port.data?.visibility !== undefined
      ? [`PRC visibility ${port.data.visibility}/100 (hidden in play)`]
      : [];
  const figures = stacked ? numbers : numbers.length > 0 ? [numbers.join(' · ')] : [];
  if (!port.side) {
    if (figures.length === 0) return hidden;
    const who = partner ? `${PARTNER_NAMES[partner]}: ` : '';
    return [`${who}${figures[0]}`, ...figures.slice(1), ...hidden];
  }
  const title = partner ? `${port.place.name} (${PARTNER_NAMES[partner]})` : port.place.name;
  return [title, ...figures, ...hidden];
}

function drawArrow(ctx: Ctx, x: number, y: number, side: NonNullable<Port['side']>): void {
  const angle = { left: Math.PI, right: 0, top: -Math.PI / 2, bottom: Math.PI / 2 }[side];
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.beginPath();
  ctx.moveTo(10, 0);
  ctx.lineTo(-4, -8);
  ctx.lineTo(-4, 8);
  ctx.closePath();
  ctx.fillStyle = THEME.text;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.fill();
  ctx.restore();
}

const LINE_HEIGHT = 15;

interface PortText {
  lines: string[];
  x: number;
  y: number;
  align: CanvasTextAlign;
  box: Box;
}

type Candidate = Pick<PortText, 'x' | 'y' | 'align'>;

function boxOf(c: Candidate, textWidth: number, block: number): Box {
  const x0 = c.align === 'left' ? c.x : c.align === 'right' ? c.x - textWidth : c.x - textWidth / 2;
  return { x0: x0 - 3, y0: c.y - 9, x1: x0 + textWidth + 3, y1: c.y + block + 9 };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where a port's label may go, best first. It takes the first spot clear of `taken` (the marked
 * places, badges and labels already placed), else the one that covers least of them.
 */
function placePort(
  ctx: Ctx,
  port: Port,
  width: number,
  height: number,
  room: number,
  taken: readonly Box[] = [],
  reserved: readonly Box[] = [],
): PortText | null {
  const { x, y } = port.point;
  ctx.font = `600 13px ${THEME.font}`;
  const measure = (ls: string[]) => Math.max(0, ...ls.map((l) => ctx.measureText(l).width));
  const fitsRight = (w: number) => w + 24 < room && x + 14 + w < width - 4;
  const fitsLeft = (w: number) => x - 14 - w > 4;
  let lines = portLines(port, false);
  if (lines.length === 0) return null;
  // Figures on one line where they fit beside the arrow, else one figure a line.
  const wide = measure(lines);
  if (port.side && !fitsRight(wide) && !fitsLeft(wide)) lines = portLines(port, true);
  const textWidth = measure(lines);
  const block = (lines.length - 1) * LINE_HEIGHT;
  const candidates: Candidate[] = [];
  if (port.side === 'top' || port.side === 'bottom') {
    const ty = port.side === 'top' ? y - 4 : y - block + 4;
    if (fitsRight(textWidth)) candidates.push({ align: 'left', x: x + 14, y: ty });
    if (fitsLeft(textWidth)) candidates.push({ align: 'right', x: x - 14, y: ty });
    // Else (or when both sides are taken) stack the label inside the map, clear of the edge.
    const cx = Math.max(textWidth / 2 + 4, Math.min(width - textWidth / 2 - 4, x));
    candidates.push({ align: 'center', x: cx, y: port.side === 'top' ? y + 18 : y - 18 - block });
    // Further in, for when the zoom buttons stand over the edge (small maps).
    const step = block + 2 * LINE_HEIGHT;
    for (const k of [1, 2, 3])
      candidates.push({
        align: 'center',
        x: cx,
        y: port.side === 'top' ? y + 18 + k * step : y - 18 - block - k * step,
      });
  } else if (!port.side) {
    // Under the place's own name, or above the place near the bottom edge.
    const tx = Math.min(x + 7, width - 4 - textWidth);
    const below = { align: 'left' as const, x: tx, y: y + 33 };
    const above = { align: 'left' as const, x: tx, y: y - 14 - block };
    candidates.push(...(y + 33 + block < height - 9 ? [below, above] : [above]));
  } else {
    const left = port.side === 'right';
    const base = {
      align: left ? ('right' as const) : ('left' as const),
      x: left ? x - 14 : x + 14,
    };
    const step = block + 2 * LINE_HEIGHT;
    candidates.push(
      { ...base, y: y - block / 2 },
      { ...base, y: y - block / 2 - step },
      { ...base, y: y - block / 2 + step },
    );
  }
  const clamped = candidates.map((c) => ({
    ...c,
    y: Math.max(9, Math.min(height - 9 - block, c.y)),
  }));
  const cost = (c: Candidate) => {
    const box = boxOf(c, textWidth, block);
    // Covering a map name is a cost; going under the zoom buttons, where nobody can read it, is
    // taken only when every spot does.
    const under = reserved.reduce((sum, r) => sum + overlapArea(box, r), 0);
    return taken.reduce((sum, t) => sum + overlapArea(box, t), 0) + 1000 * under;
  };
  let best = clamped[0] as Candidate;
  let bestCost = cost(best);
  for (const c of clamped.slice(1)) {
    if (bestCost === 0) break;
    const k = cost(c);
    if (k < bestCost) [best, bestCost] = [c, k];
  }
  return { lines, ...best, box: boxOf(best, textWidth, block) };
}

/**
 * A port's label sits beside its arrow, along the edge, so it covers as little of the map as
 * it can; it flips to the other side of the arrow near a corner.
 */
function drawPort(ctx: Ctx, port: Port, text: PortText | null): void {
  if (port.side) drawArrow(ctx, port.point.x, port.point.y, port.side);
  if (!text) return;
  ctx.textAlign = text.align;
  ctx.textBaseline = 'middle';
  text.lines.forEach((line, i) => {
    const title = i === 0 && port.side !== null;
    const font = title ? `600 13px ${THEME.font}` : `12px ${THEME.font}`;
    haloText(ctx, line, text.x, text.y + i * LINE_HEIGHT, font, title ? THEME.text : THEME.muted);
  });
}

/** Free space to the right of a port on the top or bottom edge, up to the next port there. */
function roomRight(port: Port, ports: readonly Port[], width: number): number {
  const next = ports
    .filter((p) => p.side === port.side && p.point.x > port.point.x)
    .reduce((min, p) => Math.min(min, p.point.x), width);
  return next - port.point.x;
}

/**
 * Draws every line of the layout. `grow(key)` is how far (0-1) a line has grown in since it
 * appeared; keys are "port:<place id>" and "line:<line key>".
 */
export function drawOverlay(
  ctx: Ctx,
  layout: MapLayout,
  grow: (key: string) => number,
  size: { width: number; height: number },
  flash = 0,
  reserved: readonly Box[] = [],
): void {
  ctx.clearRect(0, 0, size.width, size.height);
  if (layout.capital) {
    for (const port of layout.ports)
      drawCorridors(ctx, layout.capital, port, grow(`port:${port.place.id}`));
  }
  if (flash > 0) drawFlash(ctx, layout, flash);
  for (const line of layout.lines) drawLink(ctx, line, grow(`line:${line.key}`));
  const texts = portTexts(ctx, layout, size, reserved);
  layout.ports.forEach((port, i) => drawPort(ctx, port, texts[i] ?? null));
}

/** Where each port's label goes (by the layout's port order); measured, so the boxes are exact. */
export function portTexts(
  ctx: Ctx,
  layout: MapLayout,
  size: { width: number; height: number },
  reserved: readonly Box[] = [],
): (PortText | null)[] {
  const { width, height } = size;
  const mark = (p: Point, r: number): Box => ({
    x0: p.x - r,
    y0: p.y - r,
    x1: p.x + r,
    y1: p.y + r,
  });
  // What port labels keep clear of: the controls over the map, the badges, the places lines start
  // from, the capital, and each other (placed in the layout's order).
  const taken: Box[] = [
    ...layout.icons.map((i) => mark(i, ICON_SIZE / 2)),
    ...layout.lines.map((l) => mark(l.from, 6)),
    ...(layout.capital ? [mark(layout.capital, 6)] : []),
  ];
  return layout.ports.map((port) => {
    const room = roomRight(port, layout.ports, width);
    const text = placePort(ctx, port, width, height, room, taken, reserved);
    if (text) taken.push(text.box);
    return text;
  });
}
