// What the deals put on the map, above the geography: lines and arcs (a canvas texture redrawn
// only when something changes), badges at places, data flowing as moving dots, and consequences
// landing where they happen (pulses, growing arcs, a breach flashing, the debt band thickening).
import { Scene, Scenes, type GameObjects, type Textures } from 'phaser';
import { BadgeLayer } from '../badgeLayer.ts';
import type { CameraState } from '../camera.ts';
import { drawOverlay } from '../drawOverlay.ts';
import { EffectsLayer } from '../effectsLayer.ts';
import { FlowLayer } from '../flowLayer.ts';
import { layoutMap, type MapLayout } from '../layout.ts';
import type { MapModel } from '../mapModel.ts';
import {
  CAMERA_KEY,
  MODEL_KEY,
  PREVIEW_EVENT,
  SPOTLIGHT_EVENT,
  SPOTS_KEY,
  VIEW_KEY,
  type MapSetup,
  type SiteSpot,
} from '../mapSetup.ts';
import type { MapView } from '../view.ts';
import { previewCamera, restCamera } from './cameraSync.ts';
import { LineGrowth } from './lineGrowth.ts';

const TEXTURE = 'overlay';

export class OverlayScene extends Scene {
  private setup!: MapSetup;
  private view: MapView | null = null;
  private model: MapModel | null = null;
  private layout: MapLayout | null = null;
  private texture: Textures.CanvasTexture | null = null;
  private image: GameObjects.Image | null = null;
  private badges!: BadgeLayer;
  private flows!: FlowLayer;
  private effects!: EffectsLayer;
  private growth!: LineGrowth;
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
    const { reducedMotion, resolution } = this.setup;
    const dirty = () => (this.linesDirty = true);
    this.badges = new BadgeLayer(this, reducedMotion, resolution);
    this.flows = new FlowLayer(this, reducedMotion, resolution);
    this.effects = new EffectsLayer(this, reducedMotion, resolution, dirty);
    this.growth = new LineGrowth(this, dirty);
    restCamera(this.cameras.main, resolution);
    this.registry.events.on(`changedata-${VIEW_KEY}`, this.onView, this);
    this.registry.events.on(`changedata-${MODEL_KEY}`, this.onModel, this);
    this.game.events.on(PREVIEW_EVENT, this.onPreview, this);
    this.game.events.on(SPOTLIGHT_EVENT, this.spotlight, this);
    this.events.once(Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.rebuild(null);
  }

  override update(_time: number, delta: number): void {
    this.flows.step(delta);
    if (this.linesDirty) this.drawLines();
  }

  private onView(_parent: unknown, view: MapView): void {
    this.view = view;
    restCamera(this.cameras.main, this.setup.resolution);
    this.rebuild(null);
  }

  private onModel(_parent: unknown, model: MapModel | null): void {
    const before = this.model;
    this.model = model;
    this.rebuild(before);
  }

  private onPreview(wanted: CameraState): void {
    const drawn = this.registry.get(CAMERA_KEY) as CameraState | null;
    if (!this.view || !drawn) return;
    const { width, height } = this.view;
    previewCamera(this.cameras.main, this.setup.resolution, drawn, wanted, width, height);
  }

  /** `before`: the model shown until now, when this is a new model rather than a new view. */
  private rebuild(before: MapModel | null): void {
    const { view, model } = this;
    if (!view || !model) return;
    this.layout = layoutMap(view, model);
    // Nothing moves on the first picture (a restored game), only what changes after it.
    const animate = this.shown && !this.setup.reducedMotion;
    this.growth.sync(this.layout, before ?? model, model, animate);
    this.fitTexture(view);
    this.drawLines();
    this.badges.sync(this.layout.icons, animate);
    this.flows.sync(this.layout);
    if (before && this.shown) this.landConsequences(before, model);
    this.publishSpots(view, model);
    this.shown = true;
  }

  /** A pulse where something new stands or changed, and a flash when a breach is found. */
  private landConsequences(before: MapModel, model: MapModel): void {
    const old = new Map(before.features.map((f) => [f.id, f.status]));
    for (const feature of model.features) {
      if (old.get(feature.id) === feature.status) continue;
      for (const site of feature.sites) this.pulseAt(site.id, 1, false);
      if (feature.status === 'compromised') this.effects.breach();
    }
  }

  private spotlight(placeId: string): void {
    this.pulseAt(placeId, 3, true);
  }

  private pulseAt(placeId: string, times: number, still: boolean): void {
    const place = this.setup.scenario.map?.places.find((p) => p.id === placeId);
    if (place && this.view)
      this.effects.pulse(this.view.project(place.lon, place.lat), times, still);
  }

  /** Where each site stands on screen, for hovering and tapping through the page. */
  private publishSpots(view: MapView, model: MapModel): void {
    const ids = new Set(model.features.flatMap((f) => f.sites.map((s) => s.id)));
    const spots: SiteSpot[] = (this.setup.scenario.map?.places ?? [])
      .filter((p) => ids.has(p.id))
      .map((p) => ({ placeId: p.id, ...view.project(p.lon, p.lat) }));
    this.registry.set(SPOTS_KEY, spots);
  }

  private fitTexture(view: MapView): void {
    const r = this.setup.resolution;
    const w = Math.ceil(view.width * r);
    const h = Math.ceil(view.height * r);
    if (!this.texture) {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      this.texture = this.textures.addCanvas(TEXTURE, canvas);
      this.image = this.texture
        ? this.add
            .image(0, 0, TEXTURE)
            .setOrigin(0, 0)
            .setScale(1 / r)
        : null;
    } else if (this.texture.width !== w || this.texture.height !== h) {
      this.texture.setSize(w, h);
      this.image?.setTexture(TEXTURE);
    }
  }

  private drawLines(): void {
    if (!this.texture || !this.layout || !this.view) return;
    const ctx = this.texture.getContext();
    const r = this.setup.resolution;
    ctx.setTransform(r, 0, 0, r, 0, 0);
    const shown = this.growth.displayed(this.layout);
    drawOverlay(
      ctx,
      shown,
      (key) => this.growth.grown(key),
      this.view,
      this.effects.flash,
      this.setup.reserved?.() ?? [],
    );
    this.texture.refresh();
    this.linesDirty = false;
  }

  private shutdown(): void {
    this.registry.events.off(`changedata-${VIEW_KEY}`, this.onView, this);
    this.registry.events.off(`changedata-${MODEL_KEY}`, this.onModel, this);
    this.game.events.off(PREVIEW_EVENT, this.onPreview, this);
    this.game.events.off(SPOTLIGHT_EVENT, this.spotlight, this);
    this.badges.destroy();
    this.flows.clear();
    this.effects.clear();
    this.textures.remove(TEXTURE);
    this.texture = null;
    this.image = null;
  }
}
