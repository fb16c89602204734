// The map's public entry: mounts the Phaser map, its key and its description into a container.
// Phaser and the geography load here, on demand, never before the first screen.
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { MapKey } from './mapKey.ts';
import type { MapModel } from './mapModel.ts';
import { MODEL_KEY } from './mapSetup.ts';
import { loadRegion } from './regionData.ts';

export interface MapHandle {
  /** Shows the consequences in this model; new things animate in (unless reduced motion). */
  update(model: MapModel): void;
  /** Refits the map after its container changed size (it also follows window resizes itself). */
  resize(): void;
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
  const [{ createMapGame }, region] = await Promise.all([
    import('./mapGame.ts'),
    loadRegion(scenario),
  ]);
  const root = document.createElement('div');
  root.className = 'map';
  root.style.cssText = 'display:flex;flex-direction:column;height:100%;min-height:0';
  const stage = document.createElement('div');
  stage.className = 'map-stage';
  // The picture is described in words below; the canvas itself is decoration to assistive tech.
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = 'flex:1 1 auto;min-height:10rem;position:relative;overflow:hidden';
  const mapKey = new MapKey(scenario);
  root.append(stage, mapKey.key, mapKey.description);
  container.append(root);

  const game = createMapGame(
    stage,
    {
      scenario,
      region,
      countryId: options.countryId ?? scenario.countries[0]?.id ?? '',
      reducedMotion: options.reducedMotion,
    },
    options.renderer,
  );
  const refit = () => {
    // A wide, low panel puts the key beside the map, leaving the map its full height.
    const side = root.clientWidth > 2.4 * root.clientHeight && root.clientWidth > 640;
    root.style.flexDirection = side ? 'row' : 'column';
    mapKey.key.style.flexDirection = side ? 'column' : 'row';
    mapKey.key.style.flexWrap = side ? 'nowrap' : 'wrap';
    mapKey.key.style.flex = side ? '0 0 17rem' : '0 0 auto';
    mapKey.key.style.overflowY = side ? 'auto' : 'visible';
    mapKey.key.style.margin = side ? '0 0 0 0.75rem' : '0.4rem 0 0';
    if (game.scale.getParentBounds()) game.scale.refresh();
  };
  const observer = new ResizeObserver(refit);
  observer.observe(root);
  let destroyed = false;

  return {
    update(model) {
      if (destroyed) return;
      mapKey.update(model);
      game.registry.set(MODEL_KEY, model);
    },
    resize: refit,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
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
      observer.observe(root);
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
    destroy: () => {
      if (released) return;
      released = true;
      map.park();
      parked = { key, map };
    },
  };
}
