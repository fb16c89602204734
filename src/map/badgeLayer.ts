// The feature badges as Phaser images (part of the lazily loaded map chunk): each pops in when its
// deal lands, swaps its look when the status changes, and pulses while under way. With reduced
// motion they simply appear in their final state.
import type { GameObjects, Scene } from 'phaser';
import type { Partner } from '../sim/scenario/scenario.schema.ts';
import { badgeCanvas } from './icons.ts';
import type { IconSpot } from './layout.ts';
import type { FeatureKind } from './mapModel.ts';
import { ICON_SIZE, PARTNER_STYLES } from './palette.ts';
import type { FeatureStatus } from './stages.ts';

interface Badge {
  image: GameObjects.Image;
  pulse: GameObjects.Image | null;
  texture: string;
}

export const BADGE_DEPTH = 3;

export class BadgeLayer {
  private readonly badges = new Map<string, Badge>();

  constructor(
    private readonly scene: Scene,
    private readonly reducedMotion: boolean,
    /** Textures are drawn at this many pixels a CSS pixel and shown scaled back down. */
    private readonly resolution: number,
  ) {}

  private get base(): number {
    return 1 / this.resolution;
  }

  sync(spots: readonly IconSpot[], animate: boolean): void {
    const live = new Set(spots.map((s) => s.key));
    for (const [key, badge] of this.badges) {
      if (!live.has(key)) this.remove(key, badge);
    }
    for (const spot of spots) {
      const { kind, partner, status } = spot.feature;
      const texture = this.badgeTexture(kind, partner, status);
      let badge = this.badges.get(spot.key);
      if (!badge) {
        const image = this.scene.add
          .image(spot.x, spot.y, texture)
          .setDepth(BADGE_DEPTH)
          .setScale(this.base);
        badge = { image, pulse: null, texture };
        this.badges.set(spot.key, badge);
        if (animate) this.popIn(image);
      } else if (badge.texture !== texture) {
        badge.image.setTexture(texture);
        badge.texture = texture;
        if (animate) this.bump(badge.image);
      }
      badge.image.setPosition(spot.x, spot.y);
      this.syncPulse(badge, partner, status === 'building' && !this.reducedMotion, spot);
    }
  }

  destroy(): void {
    for (const [key, badge] of this.badges) this.remove(key, badge);
  }

  private badgeTexture(kind: FeatureKind, partner: Partner, status: FeatureStatus): string {
    const key = `badge:${kind}:${partner}:${status}`;
    if (!this.scene.textures.exists(key)) {
      this.scene.textures.addCanvas(key, badgeCanvas(kind, partner, status, this.resolution));
    }
    return key;
  }

  private pulseTexture(partner: Partner): string {
    const key = `pulse:${partner}`;
    if (!this.scene.textures.exists(key)) {
      const canvas = document.createElement('canvas');
      const side = ICON_SIZE + 8;
      canvas.width = canvas.height = Math.ceil(side * this.resolution);
      const ctx = canvas.getContext('2d');
      if (ctx) {
        ctx.scale(this.resolution, this.resolution);
        ctx.strokeStyle = PARTNER_STYLES[partner].colour;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.arc(side / 2, side / 2, ICON_SIZE / 2, 0, 2 * Math.PI);
        ctx.stroke();
      }
      this.scene.textures.addCanvas(key, canvas);
    }
    return key;
  }

  private syncPulse(badge: Badge, partner: Partner, wanted: boolean, spot: IconSpot): void {
    if (wanted && !badge.pulse) {
      const pulse = this.scene.add.image(spot.x, spot.y, this.pulseTexture(partner));
      pulse.setDepth(BADGE_DEPTH - 1).setScale(this.base);
      this.scene.tweens.add({
        targets: pulse,
        scale: { from: this.base, to: 1.9 * this.base },
        alpha: { from: 0.8, to: 0 },
        duration: 1400,
        repeat: -1,
      });
      badge.pulse = pulse;
    } else if (!wanted && badge.pulse) {
      this.scene.tweens.killTweensOf(badge.pulse);
      badge.pulse.destroy();
      badge.pulse = null;
    }
    badge.pulse?.setPosition(spot.x, spot.y);
  }

  private popIn(image: GameObjects.Image): void {
    image.setScale(0);
    this.scene.tweens.add({
      targets: image,
      scale: this.base,
      duration: 500,
      ease: 'Back.easeOut',
    });
  }

  private bump(image: GameObjects.Image): void {
    const base = this.base;
    this.scene.tweens.add({ targets: image, scale: { from: 1.4 * base, to: base }, duration: 400 });
  }

  private remove(key: string, badge: Badge): void {
    for (const object of [badge.image, badge.pulse]) {
      if (!object) continue;
      this.scene.tweens.killTweensOf(object);
      object.destroy();
    }
    this.badges.delete(key);
  }
}
