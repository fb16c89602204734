// Consequences where they happen: a ring pulsing out from a site when something lands there or the
// game points at it, and a breach flashing across the network. With reduced motion nothing moves:
// a spotlit site keeps a still ring for a while, and the breach shows as the badges' warning marks.
import type { GameObjects, Scene } from 'phaser';
import { RING, RING_RADIUS } from './scenes/BootScene.ts';
import type { Point } from './view.ts';

export const EFFECT_DEPTH = 5;
/** How long a still spotlight ring stays (reduced motion). */
const STILL_MS = 4000;

export class EffectsLayer {
  private readonly live = new Set<GameObjects.Image>();
  /** 0-1: how strongly the network flashes now (drawn by the overlay). */
  flash = 0;

  constructor(
    private readonly scene: Scene,
    private readonly reducedMotion: boolean,
    private readonly resolution: number,
    private readonly onFlash: () => void,
  ) {}

  /** A ring spreading out from `at`, `times` times; a still ring with reduced motion. */
  pulse(at: Point, times = 1, still = false): void {
    const ring = this.scene.add.image(at.x, at.y, RING).setDepth(EFFECT_DEPTH);
    const base = 1 / this.resolution;
    this.live.add(ring);
    const done = () => {
      this.live.delete(ring);
      ring.destroy();
    };
    if (this.reducedMotion) {
      if (!still) return done();
      ring.setScale(base * 1.4);
      this.scene.time.delayedCall(STILL_MS, done);
      return;
    }
    this.scene.tweens.add({
      targets: ring,
      scale: { from: base * 0.6, to: base * (3 + 24 / RING_RADIUS) },
      alpha: { from: 1, to: 0 },
      duration: 1100,
      repeat: times - 1,
      ease: 'Cubic.easeOut',
      onComplete: done,
    });
  }

  /** The whole network flashes three times: a breach is everywhere the network reaches. */
  breach(): void {
    if (this.reducedMotion) return;
    this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: 260,
      yoyo: true,
      repeat: 2,
      onUpdate: (tween) => {
        this.flash = tween.getValue() ?? 0;
        this.onFlash();
      },
      onComplete: () => {
        this.flash = 0;
        this.onFlash();
      },
    });
  }

  clear(): void {
    for (const ring of this.live) {
      this.scene.tweens.killTweensOf(ring);
      ring.destroy();
    }
    this.live.clear();
    this.flash = 0;
  }
}
