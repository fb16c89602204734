// Feature badges drawn with the Canvas 2D API: the partner's shape and colour, the kind's glyph
// inside, and the status in the fill (hollow while planned or under way, solid when working, a
// warning mark when compromised, grey when ended). Used on the map and in its key alike.
import type { Partner } from '../sim/scenario/scenario.schema.ts';
import type { FeatureKind } from './mapModel.ts';
import { ICON_SIZE, PARTNER_STYLES, THEME, type BadgeShape } from './palette.ts';
import type { FeatureStatus } from './stages.ts';

type Ctx = CanvasRenderingContext2D;

export function shapePath(ctx: Ctx, shape: BadgeShape, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  const polygon = (sides: number, start: number, radius: number) => {
    for (let i = 0; i < sides; i++) {
      const a = start + (i * 2 * Math.PI) / sides;
      ctx.lineTo(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
    }
    ctx.closePath();
  };
  if (shape === 'circle') ctx.arc(cx, cy, r, 0, 2 * Math.PI);
  else if (shape === 'diamond') polygon(4, -Math.PI / 2, r * 1.18);
  else if (shape === 'square') polygon(4, -Math.PI / 4, r * 1.2);
  else if (shape === 'triangle') polygon(3, -Math.PI / 2, r * 1.3);
  else polygon(6, 0, r * 1.08);
}

function glyph(ctx: Ctx, kind: FeatureKind, cx: number, cy: number, s: number): void {
  ctx.beginPath();
  switch (kind) {
    case 'towers': // a mast with its legs and two waves
      ctx.moveTo(cx, cy - s * 0.55);
      ctx.lineTo(cx - s * 0.3, cy + s * 0.6);
      ctx.moveTo(cx, cy - s * 0.55);
      ctx.lineTo(cx + s * 0.3, cy + s * 0.6);
      ctx.moveTo(cx - s * 0.15, cy + s * 0.05);
      ctx.lineTo(cx + s * 0.15, cy + s * 0.05);
      ctx.moveTo(cx - s * 0.45, cy - s * 0.75);
      ctx.quadraticCurveTo(cx - s * 0.65, cy - s * 0.5, cx - s * 0.45, cy - s * 0.25);
      ctx.moveTo(cx + s * 0.45, cy - s * 0.75);
      ctx.quadraticCurveTo(cx + s * 0.65, cy - s * 0.5, cx + s * 0.45, cy - s * 0.25);
      break;
    case 'cable': // a wave of the sea over a line
      ctx.moveTo(cx - s * 0.6, cy - s * 0.15);
      ctx.bezierCurveTo(cx - s * 0.3, cy - s * 0.6, cx, cy + s * 0.3, cx + s * 0.6, cy - s * 0.15);
      ctx.moveTo(cx - s * 0.6, cy + s * 0.35);
      ctx.lineTo(cx + s * 0.6, cy + s * 0.35);
      break;
    case 'cameras': // a camera body and its lens
      ctx.rect(cx - s * 0.55, cy - s * 0.3, s * 0.75, s * 0.55);
      ctx.moveTo(cx + s * 0.2, cy - s * 0.05);
      ctx.lineTo(cx + s * 0.6, cy - s * 0.3);
      ctx.lineTo(cx + s * 0.6, cy + s * 0.25);
      ctx.closePath();
      break;
    case 'cert': // a shield
      ctx.moveTo(cx, cy - s * 0.6);
      ctx.lineTo(cx + s * 0.5, cy - s * 0.4);
      ctx.quadraticCurveTo(cx + s * 0.45, cy + s * 0.3, cx, cy + s * 0.6);
      ctx.quadraticCurveTo(cx - s * 0.45, cy + s * 0.3, cx - s * 0.5, cy - s * 0.4);
      ctx.closePath();
      break;
    case 'network': // three linked nodes
      ctx.moveTo(cx, cy - s * 0.45);
      ctx.lineTo(cx - s * 0.45, cy + s * 0.35);
      ctx.lineTo(cx + s * 0.45, cy + s * 0.35);
      ctx.closePath();
      for (const [x, y] of [
        [0, -0.45],
        [-0.45, 0.35],
        [0.45, 0.35],
      ] as const) {
        ctx.moveTo(cx + x * s + s * 0.14, cy + y * s);
        ctx.arc(cx + x * s, cy + y * s, s * 0.14, 0, 2 * Math.PI);
      }
      break;
    case 'security': // a five-pointed star
    case 'police': // a six-pointed star
      {
        const points = kind === 'security' ? 5 : 6;
        for (let i = 0; i < points * 2; i++) {
          const r = i % 2 === 0 ? s * 0.62 : s * 0.28;
          const a = -Math.PI / 2 + (i * Math.PI) / points;
          ctx.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        ctx.closePath();
      }
      break;
    case 'policy': // a page of text
      ctx.rect(cx - s * 0.4, cy - s * 0.55, s * 0.8, s * 1.1);
      for (const y of [-0.25, 0.05, 0.35]) {
        ctx.moveTo(cx - s * 0.22, cy + y * s);
        ctx.lineTo(cx + s * 0.22, cy + y * s);
      }
      break;
  }
  ctx.stroke();
}

/** Draws one badge centred on (cx, cy). */
export function drawBadge(
  ctx: Ctx,
  kind: FeatureKind,
  partner: Partner,
  status: FeatureStatus,
  cx: number,
  cy: number,
  size = ICON_SIZE,
): void {
  const style = PARTNER_STYLES[partner];
  const colour = status === 'ended' ? THEME.ended : style.colour;
  const solid = status === 'active' || status === 'compromised' || status === 'ended';
  const r = size / 2 - 2;
  ctx.save();
  shapePath(ctx, style.shape, cx, cy, r);
  ctx.fillStyle = solid ? colour : '#ffffff';
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = colour;
  ctx.setLineDash(status === 'planned' ? [3, 2] : []);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.lineWidth = 1.6;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = solid ? '#ffffff' : colour;
  glyph(ctx, kind, cx, cy + (style.shape === 'triangle' ? r * 0.2 : 0), r * 0.95);
  if (status === 'compromised') {
    // A warning mark on the corner: the shape stays readable and the alarm needs no colour.
    const wx = cx + r * 0.85;
    const wy = cy - r * 0.85;
    ctx.beginPath();
    ctx.arc(wx, wy, 6, 0, 2 * Math.PI);
    ctx.fillStyle = THEME.alarm;
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(wx - 1, wy - 4, 2, 5);
    ctx.fillRect(wx - 1, wy + 2, 2, 2);
  }
  ctx.restore();
}

/** A badge on its own small canvas (`resolution` canvas pixels a CSS pixel), for a Phaser texture or the key. */
export function badgeCanvas(
  kind: FeatureKind,
  partner: Partner,
  status: FeatureStatus,
  resolution = 1,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const side = ICON_SIZE + 12;
  canvas.width = canvas.height = Math.ceil(side * resolution);
  const ctx = canvas.getContext('2d');
  if (ctx) {
    // Drawn at the screen's pixel density, so the badge stays sharp on a high-DPI display.
    ctx.scale(resolution, resolution);
    drawBadge(ctx, kind, partner, status, side / 2, side / 2);
  }
  return canvas;
}
