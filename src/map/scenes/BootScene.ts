// The map's first scene: makes the small textures every later scene shares (data dots, pulse
// rings) at the screen's pixel density, then starts the map. The map loads no files: geography
// arrives with the chunk and everything else is drawn, so there is nothing to preload.
import { Scene } from 'phaser';
import type { MapSetup } from '../mapSetup.ts';
import type { Partner } from '../../sim/scenario/scenario.schema.ts';
import { PARTNER_STYLES, THEME } from '../palette.ts';

export const DOT_DATA = 'dot:data';
/** The data dots in the colour of the partner whose links added the exposure. */
export const dotData = (partner: Partner): string => `${DOT_DATA}:${partner}`;
export const DOT_HIDDEN = 'dot:hidden';
export const RING = 'ring';
/** The ring texture's radius in CSS pixels (scaled up by tweens). */
export const RING_RADIUS = 16;

export class BootScene extends Scene {
  private setup!: MapSetup;

  constructor() {
    super('BootScene');
  }

  init(setup: MapSetup): void {
    this.setup = setup;
  }

  create(): void {
    const r = this.setup.resolution;
    for (const [partner, style] of Object.entries(PARTNER_STYLES) as [
      Partner,
      { colour: string },
    ][]) {
      this.canvasTexture(dotData(partner), 12, r, (ctx) => {
        ctx.lineWidth = 2;
        ctx.strokeStyle = '#ffffff';
        ctx.fillStyle = style.colour;
        ctx.beginPath();
        ctx.arc(6, 6, 4, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.fill();
      });
    }
    // A hollow square, so the hidden flow differs from the visible one by shape too.
    this.canvasTexture(DOT_HIDDEN, 12, r, (ctx) => {
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#ffffff';
      ctx.strokeRect(2, 2, 8, 8);
      ctx.strokeStyle = THEME.alarm;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(2.5, 2.5, 7, 7);
    });
    const side = 2 * RING_RADIUS + 6;
    this.canvasTexture(RING, side, r, (ctx) => {
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#ffffff';
      ctx.beginPath();
      ctx.arc(side / 2, side / 2, RING_RADIUS, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.lineWidth = 2;
      ctx.strokeStyle = THEME.text;
      ctx.stroke();
    });
    this.scene.start('MapScene', this.setup);
  }

  private canvasTexture(
    key: string,
    side: number,
    resolution: number,
    draw: (ctx: CanvasRenderingContext2D) => void,
  ): void {
    if (this.textures.exists(key)) return;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = Math.ceil(side * resolution);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.scale(resolution, resolution);
    draw(ctx);
    this.textures.addCanvas(key, canvas);
  }
}
