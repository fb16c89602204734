// What the map's scenes share, with no Phaser in it: the data each scene starts from, the registry
// keys through which the page sends models and camera moves, and the events between them.
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import type { Region } from './geography.ts';
import type { Box } from './labelPlacement.ts';

export interface MapSetup {
  scenario: ScenarioData;
  region: Region;
  /** The country drawn as the player's until a model names it. */
  countryId: string;
  reducedMotion: boolean;
  /** Canvas pixels per CSS pixel (the device pixel ratio, at most 3): what keeps lines sharp. */
  resolution: number;
  /**
   * What stands over the canvas (the zoom buttons), in CSS pixels from the canvas's top left:
   * every label treats it as occupied.
   */
  reserved?: () => Box[];
}

/** Registry key of the latest MapModel (set by the page through MapHandle.update). */
export const MODEL_KEY = 'model';
/** Registry key of the MapView fitted to the canvas and seen through the camera (set by MapScene). */
export const VIEW_KEY = 'view';
/** Registry key of the settled CameraState (set by the page's pan and zoom controls). */
export const CAMERA_KEY = 'camera';
/** Registry key of where each site stands on screen, CSS pixels (set by OverlayScene). */
export const SPOTS_KEY = 'spots';

/** Game event: a CameraState shown at once, while a gesture is still going on. */
export const PREVIEW_EVENT = 'camera-preview';
/** Game event: a place id to draw attention to (a pulse at the site). */
export const SPOTLIGHT_EVENT = 'spotlight';

export interface SiteSpot {
  placeId: string;
  x: number;
  y: number;
}
