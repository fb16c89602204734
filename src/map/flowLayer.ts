// Data flowing toward a partner as dots moving along the line to its capital (part of the lazily
// loaded map chunk). Denser dots mean more exposure. With reduced motion the dots stand still,
// evenly spaced, so the density still reads.
import type { GameObjects, Scene } from 'phaser';
import type { MapLayout } from './layout.ts';
import { curve, type Point } from './view.ts';
import { PARTNER_STYLES, THEME } from './palette.ts';

interface Dot {
  image: GameObjects.Image;
  path: Point[];
  lengths: number[];
  t: number;
}

/** Pixels per second: slow enough to follow, fast enough to read as a flow. */
const SPEED = 45;
export const FLOW_DEPTH = 1;

function pathLengths(path: readonly Point[]): number[] {
  const lengths = [0];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as Point;
    const b = path[i] as Point;
    lengths.push((lengths[i - 1] as number) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return lengths;
}

function pointAt(dot: Dot, t: number): Point {
  const total = dot.lengths[dot.lengths.length - 1] as number;
  const target = t * total;
  let i = 1;
  while (i < dot.lengths.length - 1 && (dot.lengths[i] as number) < target) i++;
  const a = dot.path[i - 1] as Point;
  const b = dot.path[i] as Point;
  const la = dot.lengths[i - 1] as number;
  const span = (dot.lengths[i] as number) - la || 1;
  const f = (target - la) / span;
  return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
}

export class FlowLayer {
  private dots: Dot[] = [];

  constructor(
    private readonly scene: Scene,
    private readonly reducedMotion: boolean,
  ) {}

  sync(layout: MapLayout): void {
    this.clear();
    if (!layout.capital) return;
    for (const port of layout.ports) {
      if (!port.data) continue;
      const visible = curve(layout.capital, port.point, 0);
      this.addDots(visible, 2 + Math.round(port.data.intensity * 14), this.dotTexture('data'));
      if (port.data.visibility !== undefined) {
        const hidden = curve(layout.capital, port.point, 0.06);
        this.addDots(
          hidden,
          2 + Math.round((port.data.visibility / 100) * 14),
          this.dotTexture('hidden'),
        );
      }
    }
  }

  step(deltaMs: number): void {
    if (this.reducedMotion) return;
    for (const dot of this.dots) {
      const total = dot.lengths[dot.lengths.length - 1] || 1;
      dot.t = (dot.t + (SPEED * deltaMs) / 1000 / total) % 1;
      const p = pointAt(dot, dot.t);
      // Fade in and out at the ends so dots do not pop.
      dot.image.setPosition(p.x, p.y).setAlpha(Math.min(1, dot.t * 8, (1 - dot.t) * 8));
    }
  }

  clear(): void {
    for (const dot of this.dots) dot.image.destroy();
    this.dots = [];
  }

  private addDots(path: Point[], count: number, texture: string): void {
    const lengths = pathLengths(path);
    for (let i = 0; i < count; i++) {
      const dot: Dot = {
        image: this.scene.add.image(0, 0, texture),
        path,
        lengths,
        t: (i + 0.5) / count,
      };
      const p = pointAt(dot, dot.t);
      dot.image.setPosition(p.x, p.y).setDepth(FLOW_DEPTH);
      this.dots.push(dot);
    }
  }

  private dotTexture(kind: 'data' | 'hidden'): string {
    const key = `dot:${kind}`;
    if (this.scene.textures.exists(key)) return key;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 12;
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#ffffff';
      if (kind === 'data') {
        ctx.fillStyle = PARTNER_STYLES.china.colour;
        ctx.beginPath();
        ctx.arc(6, 6, 4, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.fill();
      } else {
        // A hollow square, so the hidden flow differs from the visible one by shape too.
        ctx.strokeRect(2, 2, 8, 8);
        ctx.strokeStyle = THEME.alarm;
        ctx.lineWidth = 1.5;
        ctx.strokeRect(2.5, 2.5, 7, 7);
      }
    }
    this.scene.textures.addCanvas(key, canvas);
    return key;
  }
}
