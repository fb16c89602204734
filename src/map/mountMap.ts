// The map's public entry: mounts the Phaser map, its key and its description into a container.
// Phaser and the geography load here, on demand, never before the first screen.
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { centreOn } from './camera.ts';
import { CameraControls } from './cameraControls.ts';
import { MapKey } from './mapKey.ts';
import type { MapModel } from './mapModel.ts';
import {
  CAMERA_KEY,
  MODEL_KEY,
  PREVIEW_EVENT,
  SPOTLIGHT_EVENT,
  SPOTS_KEY,
  VIEW_KEY,
  type SiteSpot,
} from './mapSetup.ts';
import type { MapView } from './view.ts';
import { SiteList } from './siteList.ts';
import { loadRegion } from './regionData.ts';

/** How far a spotlight zooms in on its place, at least. */
const SPOTLIGHT_ZOOM = 2;

export interface MapHandle {
  /** Shows the consequences in this model; new things animate in (unless reduced motion). */
  update(model: MapModel): void;
  /** Refits the map after its container changed size (it also follows window resizes itself). */
  resize(): void;
  /**
   * Draws the eye to a place for a major event: the camera moves to it and a ring pulses there
   * (with reduced motion the view jumps and the ring stands still). Unknown places are ignored.
   */
  spotlight(placeId: string): void;
  /** Stops the game loop and removes everything mountMap added. */
  destroy(): void;
}

export interface MountOptions {
  reducedMotion: boolean;
  /** The country drawn as the player's until the first model arrives (default: the first). */
  countryId?: string;
  /** 'auto' (default): WebGL on a GPU, Canvas where WebGL would run in software. */
  renderer?: 'auto' | 'webgl' | 'canvas';
}

async function createMount(
  container: HTMLElement,
  scenario: ScenarioData,
  options: MountOptions,
): Promise<ParkableMap> {
  const [{ createMapGame, fitCanvas, mapResolution }, region] = await Promise.all([
    import('./mapGame.ts'),
    loadRegion(scenario),
  ]);
  const root = document.createElement('div');
  root.className = 'map';
  // min-width 0 and the stage's size containment: the canvas, drawn at the size it last had, never
  // widens the panel (at 200% zoom it pushed the page sideways), so the map follows its column.
  root.style.cssText = 'display:flex;flex-direction:column;height:100%;min-height:0;min-width:0';
  const stage = document.createElement('div');
  stage.className = 'map-stage';
  // The stage takes focus for the keyboard (arrows pan, + and - zoom, 0 resets); the picture is
  // described in words below it and its sites are buttons, so the canvas itself is hidden.
  stage.tabIndex = 0;
  stage.setAttribute('role', 'group');
  stage.setAttribute('aria-roledescription', 'map');
  stage.setAttribute(
    'aria-label',
    'Map: arrow keys move it, plus and minus zoom, 0 shows the whole map',
  );
  stage.style.cssText =
    'flex:1 1 auto;min-height:10rem;min-width:0;position:relative;overflow:hidden;' +
    'contain:size;touch-action:pan-y';
  const mapKey = new MapKey(scenario);
  const column = document.createElement('div');
  column.className = 'map-main';
  column.style.cssText =
    'display:flex;flex-direction:column;flex:1 1 auto;min-height:0;min-width:0';
  root.append(column, mapKey.key, mapKey.description);
  container.append(root);

  const resolution = mapResolution();
  // Made once the game exists (it needs the game's events); the labels ask for its place later.
  let controls: CameraControls | null = null;
  column.append(stage);
  const game = createMapGame(
    stage,
    {
      scenario,
      region,
      countryId: options.countryId ?? scenario.countries[0]?.id ?? '',
      reducedMotion: options.reducedMotion,
      resolution,
      // The zoom buttons stand over the canvas's corner: labels keep clear of them (and 4 px more).
      reserved: () => {
        const bar = controls?.toolbar.getBoundingClientRect();
        const at = stage.getBoundingClientRect();
        // Under a short map the buttons cover nothing on it.
        if (!bar || bar.width === 0 || !stage.contains(controls?.toolbar ?? null)) return [];
        return [
          {
            x0: bar.left - at.left - 4,
            y0: bar.top - at.top - 4,
            x1: bar.right - at.left + 4,
            y1: bar.bottom - at.top + 4,
          },
        ];
      },
    },
    options.renderer,
  );
  game.canvas.setAttribute('aria-hidden', 'true');
  controls = new CameraControls(
    stage,
    {
      preview: (cam) => game.events.emit(PREVIEW_EVENT, cam),
      commit: (cam) => game.registry.set(CAMERA_KEY, cam),
    },
    options.reducedMotion,
    () => {
      // Zooming in from the whole region should close in on the player's country, not the sea.
      const capital = (game.registry.get(MODEL_KEY) as MapModel | null)?.capital;
      const view = game.registry.get(VIEW_KEY) as MapView | null;
      return capital && view ? view.project(capital.lon, capital.lat) : null;
    },
  );
  const sites = new SiteList(scenario, (placeId) => game.events.emit(SPOTLIGHT_EVENT, placeId));
  stage.append(controls.toolbar, sites.card);
  column.append(sites.list);
  game.registry.events.on(`changedata-${SPOTS_KEY}`, (_: unknown, spots: SiteSpot[] | null) =>
    sites.setSpots(spots),
  );
  const pointAt = (event: PointerEvent) => {
    const box = stage.getBoundingClientRect();
    return sites.pick(event.clientX - box.left, event.clientY - box.top);
  };
  // Hovering a site opens its card; a tap (not the end of a drag) opens or closes it.
  stage.addEventListener('pointermove', (event) => {
    if (event.pointerType !== 'mouse' || event.buttons !== 0) return;
    const id = pointAt(event);
    if (id) sites.show(id);
    else sites.hide();
  });
  stage.addEventListener('pointerup', (event) => {
    if (controls.dragged || (event.target as HTMLElement).closest('button')) return;
    const id = pointAt(event);
    if (id) sites.show(id);
    else sites.hide();
  });
  stage.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') sites.hide();
  });
  const refit = () => {
    // A wide, low panel puts the key beside the map, leaving the map its full height.
    const side = root.clientWidth > 2.4 * root.clientHeight && root.clientWidth > 640;
    root.style.flexDirection = side ? 'row' : 'column';
    mapKey.key.style.flexDirection = side ? 'column' : 'row';
    mapKey.key.style.flexWrap = side ? 'nowrap' : 'wrap';
    mapKey.key.style.flex = side ? '0 0 min(17rem, 35%)' : '0 0 auto';
    mapKey.key.style.overflowY = side ? 'auto' : 'visible';
    mapKey.key.style.margin = side ? '0 0 0 0.75rem' : '0.4rem 0 0';
    controls.fitToolbar();
    const before = [game.scale.width, game.scale.height];
    fitCanvas(game, stage, resolution);
    if (before[0] !== game.scale.width || before[1] !== game.scale.height) controls.forget();
  };
  const observer = new ResizeObserver(refit);
  // The stage too: the sites row below it changes its height without changing the panel's.
  const observe = () => [root, stage].forEach((el) => observer.observe(el));
  observe();
  let destroyed = false;

  return {
    update(model) {
      if (destroyed) return;
      mapKey.update(model);
      sites.update(model);
      game.registry.set(MODEL_KEY, model);
    },
    resize: refit,
    spotlight(placeId) {
      const place = scenario.map?.places.find((p) => p.id === placeId);
      const view = game.registry.get(VIEW_KEY) as MapView | null;
      if (destroyed || !place || !view) return;
      // The place on the current view; the camera's centre is on the whole fitted map.
      const at = view.project(place.lon, place.lat);
      const cam = controls.state;
      const w = stage.clientWidth;
      const h = stage.clientHeight;
      const x = cam.cx + (at.x - w / 2) / cam.zoom;
      const y = cam.cy + (at.y - h / 2) / cam.zoom;
      // The ring goes up once the view has arrived, so it stands where the place is drawn.
      controls.flyTo(centreOn(x, y, Math.max(cam.zoom, SPOTLIGHT_ZOOM), w, h), () =>
        game.events.emit(SPOTLIGHT_EVENT, placeId),
      );
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      controls.destroy();
      game.destroy(true);
      root.remove();
    },
    park() {
      observer.disconnect();
      game.pause();
      root.remove();
    },
    unpark(into: HTMLElement) {
      into.append(root);
      observe();
      game.resume();
      refit();
    },
  };
}

interface ParkableMap extends MapHandle {
  park(): void;
  unpark(into: HTMLElement): void;
}

/**
 * One Phaser game is kept, paused, for the map last shown: a new game screen on the same map
 * (another play-through, a what-if, a resumed save) takes it back instead of building a new one.
 * Phaser does not give back everything a destroyed game held, so building one per play-through
 * made the page grow by megabytes over a lesson.
 */
let parked: { key: string; map: ParkableMap } | null = null;

export async function mountMap(
  container: HTMLElement,
  scenario: ScenarioData,
  options: MountOptions,
): Promise<MapHandle> {
  const key = JSON.stringify([
    scenario.id,
    options.countryId ?? '',
    options.reducedMotion,
    options.renderer ?? 'auto',
  ]);
  let map: ParkableMap;
  if (parked?.key === key) {
    map = parked.map;
    parked = null;
    map.unpark(container);
  } else {
    parked?.map.destroy();
    parked = null;
    map = await createMount(container, scenario, options);
  }
  let released = false;
  return {
    update: (model) => {
      if (!released) map.update(model);
    },
    resize: () => map.resize(),
    spotlight: (placeId) => {
      if (!released) map.spotlight(placeId);
    },
    destroy: () => {
      if (released) return;
      released = true;
      map.park();
      parked = { key, map };
    },
  };
}
