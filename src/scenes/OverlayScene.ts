// What the deals put on the map, above the static geography: lines and arcs (a canvas texture
// redrawn only when something changes), badges at places, and data flowing as moving dots.
import { Scene, Scenes, type GameObjects, type Textures } from 'phaser';
import { BadgeLayer } from '../map/badgeLayer.ts';
import { drawOverlay } from '../map/drawOverlay.ts';
import { FlowLayer } from '../map/flowLayer.ts';
import { layoutMap, type MapLayout } from '../map/layout.ts';
import type { MapView } from '../map/view.ts';
import type { MapModel } from '../map/mapModel.ts';
import { MODEL_KEY, VIEW_KEY, type MapSetup } from '../map/mapSetup.ts';

const TEXTURE = 'overlay';
/** How long a new line takes to reach its end. */
const GROW_MS = 900;

export class OverlayScene extends Scene {
  private setup!: MapSetup;
  private view: MapView | null = null;
  private model: MapModel | null = null;
  private layout: MapLayout | null = null;
  private texture: Textures.CanvasTexture | null = null;
  private image: GameObjects.Image | null = null;
  private badges!: BadgeLayer;
  private flows!: FlowLayer;
  /** How far each line has grown in (0-1), by key; a line missing here is new. */
  private readonly grown = new Map<string, number>();
  private linesDirty = false;
  private shown = false;

  constructor() {
    super('OverlayScene');
  }

  init(setup: MapSetup): void {
    this.setup = setup;
    this.view = (this.registry.get(VIEW_KEY) as MapView | null) ?? null;
    this.model = (this.registry.get(MODEL_KEY) as MapModel | null) ?? null;
  }

  create(): void {
    this.badges = new BadgeLayer(this, this.setup.reducedMotion);
    this.flows = new FlowLayer(this, this.setup.reducedMotion);
    this.registry.events.on(`changedata-${VIEW_KEY}`, this.onView, this);
    this.registry.events.on(`changedata-${MODEL_KEY}`, this.onModel, this);
    this.events.once(Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.rebuild();
  }

  override update(_time: number, delta: number): void {
    this.flows.step(delta);
    if (this.linesDirty) this.drawLines();
  }

  private onView(_parent: unknown, view: MapView): void {
    this.view = view;
    this.rebuild();
  }

  private onModel(_parent: unknown, model: MapModel | null): void {
    this.model = model;
    this.rebuild();
  }

  private rebuild(): void {
    const { view, model } = this;
    if (!view || !model) return;
    this.layout = layoutMap(view, model);
    // Nothing grows in on the first picture (a restored game), only what changes after it.
    const animate = this.shown && !this.setup.reducedMotion;
    this.growNewLines(this.layout, animate);
    this.fitTexture(view);
    this.drawLines();
    this.badges.sync(this.layout.icons, animate);
    this.flows.sync(this.layout);
    this.shown = true;
  }

  private growNewLines(layout: MapLayout, animate: boolean): void {
    const keys = [
      ...layout.ports.map((p) => `port:${p.place.id}`),
      ...layout.lines.map((l) => `line:${l.key}`),
    ];
    for (const key of [...this.grown.keys()]) if (!keys.includes(key)) this.grown.delete(key);
    for (const key of keys) {
      if (this.grown.has(key)) continue;
      this.grown.set(key, animate ? 0 : 1);
      if (!animate) continue;
      this.tweens.addCounter({
        from: 0,
        to: 1,
        duration: GROW_MS,
        ease: 'Sine.easeInOut',
        onUpdate: (tween) => {
          this.grown.set(key, tween.getValue() ?? 1);
          this.linesDirty = true;
        },
      });
    }
  }

  private fitTexture(view: MapView): void {
    if (!this.texture) {
      const canvas = document.createElement('canvas');
      canvas.width = view.width;
      canvas.height = view.height;
      this.texture = this.textures.addCanvas(TEXTURE, canvas);
      this.image = this.texture ? this.add.image(0, 0, TEXTURE).setOrigin(0, 0) : null;
    } else if (this.texture.width !== view.width || this.texture.height !== view.height) {
      this.texture.setSize(view.width, view.height);
      this.image?.setTexture(TEXTURE);
    }
  }

  private drawLines(): void {
    if (!this.texture || !this.layout) return;
    drawOverlay(this.texture.getContext(), this.layout, (key) => this.grown.get(key) ?? 1);
    this.texture.refresh();
    this.linesDirty = false;
  }

  private shutdown(): void {
    this.registry.events.off(`changedata-${VIEW_KEY}`, this.onView, this);
    this.registry.events.off(`changedata-${MODEL_KEY}`, this.onModel, this);
    this.badges.destroy();
    this.flows.clear();
    this.textures.remove(TEXTURE);
    this.texture = null;
    this.image = null;
  }
}
