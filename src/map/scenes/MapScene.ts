// The map itself: sea, countries, places and the coverage on the player's country, drawn with the
// Canvas 2D API into textures at the screen's pixel density. They are redrawn when the panel
// changes size, the camera settles or coverage changes, never every frame (software WebGL cannot
// afford to redraw coastlines 60 times a second); while a gesture goes on the camera stretches them.
import { Scale, Scene, Scenes, type GameObjects, type Textures } from 'phaser';
import { clampCamera, homeCamera, viewThrough, type CameraState } from '../camera.ts';
import type { CoverageSpot } from '../coverage.ts';
import { coverageKey, drawCoverage } from '../drawCoverage.ts';
import { drawGeography, homeShape } from '../drawGeography.ts';
import type { Obstacle } from '../labelPlacement.ts';
import { portTexts } from '../drawOverlay.ts';
import { layoutMap } from '../layout.ts';
import type { MapModel } from '../mapModel.ts';
import { ICON_SIZE } from '../palette.ts';
import { CAMERA_KEY, MODEL_KEY, PREVIEW_EVENT, VIEW_KEY, type MapSetup } from '../mapSetup.ts';
import { makeView, type MapView } from '../view.ts';
import { previewCamera, restCamera } from './cameraSync.ts';

interface Layer {
  texture: Textures.CanvasTexture;
  image: GameObjects.Image;
}

export class MapScene extends Scene {
  private setup!: MapSetup;
  private geography: Layer | null = null;
  private coverage: Layer | null = null;
  private countryId = '';
  /** Null until the first model's coverage is drawn (a restored game shows it at once). */
  private coverageDrawn: string | null = null;
  private geographyDrawn = '';
  private shownCoverage: CoverageSpot[] = [];
  private readonly coverageTween = { t: 1 };
  private view: MapView | null = null;
  private drawn: CameraState | null = null;

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
    this.registry.events.on(`changedata-${CAMERA_KEY}`, this.redraw, this);
    this.game.events.on(PREVIEW_EVENT, this.onPreview, this);
    this.events.once(Scenes.Events.SHUTDOWN, this.shutdown, this);
    this.scene.launch('OverlayScene', this.setup);
    this.scene.launch('YearTurnScene', this.setup);
  }

  /** The panel in CSS pixels (the canvas itself is `resolution` times larger). */
  private size(): { width: number; height: number } {
    const r = this.setup.resolution;
    return {
      width: Math.max(1, Math.round(this.scale.width / r)),
      height: Math.max(1, Math.round(this.scale.height / r)),
    };
  }

  private onModel(_parent: unknown, model: MapModel | null): void {
    // A different country changes the whole map (a scenario played as another country); new
    // ports only move the names out of their labels' way.
    if (model && model.countryId !== this.countryId) {
      this.countryId = model.countryId;
      this.redraw();
      return;
    }
    this.paintGeography();
    this.drawCoverage();
  }

  /** Where the overlay writes port labels and puts badges: the map's own names keep clear. */
  private portAreas(view: MapView, ctx: CanvasRenderingContext2D): Obstacle[] {
    const model = this.registry.get(MODEL_KEY) as MapModel | null;
    if (!model) return [];
    const layout = layoutMap(view, model);
    const reserved = this.setup.reserved?.() ?? [];
    const texts = portTexts(ctx, layout, view, reserved);
    // Badges too, except over the capital's name (the badges sit beside it, not on it).
    const half = ICON_SIZE / 2;
    const badges = layout.icons.map((i) => ({
      box: { x0: i.x - half, y0: i.y - half, x1: i.x + half, y1: i.y + half },
      upTo: 100,
    }));
    // The zoom buttons: no name goes under them, however important.
    const controls = reserved.map((box) => ({ box }));
    return [...controls, ...texts.flatMap((t) => (t ? [{ box: t.box }] : [])), ...badges];
  }

  private paintGeography(): void {
    if (!this.geography || !this.view) return;
    const ctx = this.geography.texture.getContext();
    const avoid = this.portAreas(this.view, ctx);
    const key = JSON.stringify([this.countryId, avoid, this.view.fit]);
    if (key === this.geographyDrawn) return;
    this.geographyDrawn = key;
    const { region, scenario, resolution } = this.setup;
    ctx.setTransform(resolution, 0, 0, resolution, 0, 0);
    drawGeography(ctx, this.view, region, scenario, this.countryId, avoid);
    this.geography.texture.refresh();
  }

  private onPreview(wanted: CameraState): void {
    if (!this.drawn) return;
    const { width, height } = this.size();
    previewCamera(this.cameras.main, this.setup.resolution, this.drawn, wanted, width, height);
  }

  private layer(key: string, width: number, height: number, existing: Layer | null): Layer | null {
    const r = this.setup.resolution;
    const w = Math.ceil(width * r);
    const h = Math.ceil(height * r);
    if (existing) {
      if (existing.texture.width !== w || existing.texture.height !== h) {
        existing.texture.setSize(w, h);
        existing.image.setTexture(key);
      }
      return existing;
    }
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const texture = this.textures.addCanvas(key, canvas);
    if (!texture) return null;
    const image = this.add
      .image(0, 0, key)
      .setOrigin(0, 0)
      .setScale(1 / r);
    return { texture, image };
  }

  private redraw(): void {
    const { width, height } = this.size();
    const { region, scenario } = this.setup;
    const bounds = scenario.map?.bounds ?? [
      [-180, -60],
      [180, 75],
    ];
    const cam = clampCamera(
      (this.registry.get(CAMERA_KEY) as CameraState | null) ?? homeCamera(width, height),
      width,
      height,
    );
    const view = viewThrough(makeView(region, bounds, width, height), cam);
    this.geography = this.layer('geography', width, height, this.geography);
    this.coverage = this.layer('coverage', width, height, this.coverage);
    if (!this.geography) return;
    this.view = view;
    this.drawn = cam;
    this.geographyDrawn = '';
    this.paintGeography();
    // A new view draws the coverage as it stands, with no spreading.
    this.paintCoverage();
    this.drawCoverage();
    restCamera(this.cameras.main, this.setup.resolution);
    this.registry.set(VIEW_KEY, view);
  }

  /**
   * Coverage on the home country, redrawn only when a site's coverage changed. New reach spreads
   * out from the site over a second (at once with reduced motion, or on a new view).
   */
  private drawCoverage(): void {
    const model = this.registry.get(MODEL_KEY) as MapModel | null;
    if (!this.coverage || !this.view || !model) return;
    const key = coverageKey(model);
    if (key === this.coverageDrawn) return;
    const spread = this.coverageDrawn !== null && !this.setup.reducedMotion;
    this.coverageDrawn = key;
    const before = new Map(this.shownCoverage.map((c) => [c.place.id, c.strength]));
    const paint = (t: number) => {
      this.shownCoverage = model.coverage.map((c) => {
        const from = before.get(c.place.id) ?? 0;
        return { ...c, strength: from + (c.strength - from) * t };
      });
      this.paintCoverage();
    };
    this.tweens.killTweensOf(this.coverageTween);
    if (!spread) return paint(1);
    this.coverageTween.t = 0;
    this.tweens.add({
      targets: this.coverageTween,
      t: 1,
      duration: 1000,
      ease: 'Sine.easeOut',
      onUpdate: () => paint(this.coverageTween.t),
    });
  }

  private paintCoverage(): void {
    if (!this.coverage || !this.view) return;
    const ctx = this.coverage.texture.getContext();
    ctx.setTransform(this.setup.resolution, 0, 0, this.setup.resolution, 0, 0);
    const { scenario, region } = this.setup;
    const home = homeShape(region, scenario, this.countryId);
    drawCoverage(ctx, this.view, home, this.shownCoverage);
    this.coverage.texture.refresh();
    // An empty full-panel layer would still be copied every frame: leave it out until needed.
    this.coverage.image.setVisible(this.shownCoverage.some((c) => c.strength > 0));
  }

  private shutdown(): void {
    this.scale.off(Scale.Events.RESIZE, this.redraw, this);
    this.registry.events.off(`changedata-${MODEL_KEY}`, this.onModel, this);
    this.registry.events.off(`changedata-${CAMERA_KEY}`, this.redraw, this);
    this.game.events.off(PREVIEW_EVENT, this.onPreview, this);
    this.textures.remove('geography');
    this.textures.remove('coverage');
    this.geography = null;
    this.coverage = null;
  }
}
