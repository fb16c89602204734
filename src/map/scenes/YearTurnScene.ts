// The year turning between rounds: the new year stands large across the map for a moment, so a
// class sees time pass on the stage itself. With reduced motion it appears and leaves without
// fading. The page says the same in words (the round's heading), so this adds no information.
import { Scene, Scenes, type GameObjects } from 'phaser';
import type { MapModel } from '../mapModel.ts';
import { MODEL_KEY, type MapSetup } from '../mapSetup.ts';
import { THEME } from '../palette.ts';

const SHOW_MS = 1600;
const FADE_MS = 300;

export class YearTurnScene extends Scene {
  private setup!: MapSetup;
  private round = 0;
  private banner: GameObjects.Text | null = null;

  constructor() {
    super('YearTurnScene');
  }

  init(setup: MapSetup): void {
    this.setup = setup;
    this.round = (this.registry.get(MODEL_KEY) as MapModel | null)?.round ?? 0;
  }

  create(): void {
    this.cameras.main.setOrigin(0, 0).setZoom(this.setup.resolution);
    this.registry.events.on(`changedata-${MODEL_KEY}`, this.onModel, this);
    this.events.once(Scenes.Events.SHUTDOWN, this.shutdown, this);
  }

  private onModel(_parent: unknown, model: MapModel | null): void {
    if (!model) return;
    // Only a round that moves forward turns the year; a new game or a rewind just resets it.
    const turned = this.round > 0 && model.round === this.round + 1;
    this.round = model.round;
    if (turned) this.show(model.roundLabel);
  }

  private show(label: string): void {
    this.banner?.destroy();
    const r = this.setup.resolution;
    const width = this.scale.width / r;
    const height = this.scale.height / r;
    const size = Math.round(Math.max(28, Math.min(72, height / 5)));
    const banner = this.add
      .text(width / 2, height / 2, label, {
        fontFamily: THEME.font,
        fontSize: `${size}px`,
        fontStyle: 'bold',
        color: THEME.text,
        stroke: '#ffffff',
        strokeThickness: Math.round(size / 6),
        resolution: r,
      })
      .setOrigin(0.5, 0.5);
    this.banner = banner;
    const leave = () => {
      if (this.banner === banner) this.banner = null;
      banner.destroy();
    };
    if (this.setup.reducedMotion) {
      this.time.delayedCall(SHOW_MS, leave);
      return;
    }
    this.tweens.chain({
      targets: banner,
      tweens: [
        { alpha: { from: 0, to: 1 }, scale: { from: 0.8, to: 1 }, duration: FADE_MS },
        { alpha: 0, duration: FADE_MS, delay: SHOW_MS - 2 * FADE_MS },
      ],
      onComplete: leave,
    });
  }

  private shutdown(): void {
    this.registry.events.off(`changedata-${MODEL_KEY}`, this.onModel, this);
    this.banner?.destroy();
    this.banner = null;
  }
}
