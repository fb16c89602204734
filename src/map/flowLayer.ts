// Data exposure as dots moving toward the partner whose links added most of it moving along the line to its capital (part of the lazily
// loaded map chunk). Denser dots mean more exposure. With reduced motion the dots stand still,
// evenly spaced, so the density still reads.
import type { GameObjects, Scene } from 'phaser';
import type { MapLayout } from './layout.ts';
import { curve, type Point } from './view.ts';
import { DOT_HIDDEN, dotData } from './scenes/BootScene.ts';

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
    private readonly resolution: number,
  ) {}

  sync(layout: MapLayout): void {
    this.clear();
    if (!layout.capital) return;
    for (const port of layout.ports) {
      if (!port.data) continue;
      const visible = curve(layout.capital, port.point, 0);
      this.addDots(visible, 2 + Math.round(port.data.intensity * 14), dotData(port.data.partner));
      if (port.data.visibility !== undefined) {
        const hidden = curve(layout.capital, port.point, 0.06);
        this.addDots(hidden, 2 + Math.round((port.data.visibility / 100) * 14), DOT_HIDDEN);
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
      dot.image
        .setPosition(p.x, p.y)
        .setDepth(FLOW_DEPTH)
        .setScale(1 / this.resolution);
      this.dots.push(dot);
    }
  }
}
