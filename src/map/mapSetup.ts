// What the map's scenes share, with no Phaser in it: the data each scene starts from and the
// registry keys through which the page sends models and the scenes share the fitted view.
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import type { Region } from './geography.ts';

export interface MapSetup {
  scenario: ScenarioData;
  region: Region;
  /** The country drawn as the player's until a model names it. */
  countryId: string;
  reducedMotion: boolean;
}

/** Registry key of the latest MapModel (set by the page through MapHandle.update). */
export const MODEL_KEY = 'model';
/** Registry key of the MapView fitted to the canvas (set by MapScene on create and resize). */
export const VIEW_KEY = 'view';
