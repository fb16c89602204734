// The static map: sea, countries and places, drawn once into a canvas texture and redrawn only
// when the panel changes size (software WebGL cannot afford to redraw coastlines every frame).
import { Scale, Scene, Scenes, type GameObjects, type Textures } from 'phaser';
import { drawGeography } from '../map/drawGeography.ts';
import { makeView, type MapView } from '../map/view.ts';
import type { MapModel } from '../map/mapModel.ts';
import { MODEL_KEY, VIEW_KEY, type MapSetup } from '../map/mapSetup.ts';

const TEXTURE = 'geography';

export class MapScene extends Scene {
  private setup!: MapSetup;
  private texture: Textures.CanvasTexture | null = null;
  private image: GameObjects.Image | null = null;
  private countryId = '';

  constructor() {
    super('MapScene');
  }

  init(setup: MapSetup): void {
    this.setup = setup;
    const model = this.registry.get(MODEL_KEY) as MapModel | null;
    this.countryId = model?.countryId ?? setup.countryId;
  }

  create(): void {
    this.redraw();
    this.scale.on(Scale.Events.RESIZE, this.redraw, this);
    this.registry.events.on(`changedata-${MODEL_KEY}`, this.onModel, this);
    this.events.once(Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.scene.launch('OverlayScene', this.setup);
  }

  private onModel(_parent: unknown, model: MapModel | null): void {
    // Only a different country changes the static map (a scenario played as another country).
    if (model && model.countryId !== this.countryId) {
      this.countryId = model.countryId;
      this.redraw();
    }
  }

  private redraw(): void {
    const width = Math.max(1, Math.round(this.scale.width));
    const height = Math.max(1, Math.round(this.scale.height));
    const { region, scenario } = this.setup;
    const bounds = scenario.map?.bounds ?? [
      [-180, -60],
      [180, 75],
    ];
    const view: MapView = makeView(region, bounds, width, height);
    if (!this.texture) {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      this.texture = this.textures.addCanvas(TEXTURE, canvas);
    } else {
      this.texture.setSize(width, height);
    }
    if (!this.texture) return;
    drawGeography(this.texture.getContext(), view, region, scenario, this.countryId);
    this.texture.refresh();
    if (!this.image) this.image = this.add.image(0, 0, TEXTURE).setOrigin(0, 0);
    else this.image.setTexture(TEXTURE);
    this.registry.set(VIEW_KEY, view);
  }

  private shutdown(): void {
    this.scale.off(Scale.Events.RESIZE, this.redraw, this);
    this.registry.events.off(`changedata-${MODEL_KEY}`, this.onModel, this);
    this.textures.remove(TEXTURE);
    this.texture = null;
    this.image = null;
  }
}
