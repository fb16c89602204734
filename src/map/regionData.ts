// Finds the outlines for a scenario's map: its own prebuilt file (assets/maps/<id>.json, a few KB,
// loaded on demand as its own chunk), else any prebuilt region covering its bounds, else outlines
// clipped in the browser from the coarse 1:110m world atlas (for a region nobody has built yet).
import index from '../../assets/maps/index.json';
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import type { Region } from './geography.ts';
import { fromRegionFile, type RegionFile, type RegionIndexEntry } from './regionFile.ts';
import { boundsBox, containsBox, regionProjection, type Bounds } from './projection.ts';

const prebuilt = import.meta.glob<RegionFile>(
  ['../../assets/maps/*.json', '!../../assets/maps/index.json'],
  {
    import: 'default',
  },
);

function covers(entry: RegionIndexEntry, bounds: Bounds): boolean {
  const [x0, y0, x1, y1] = entry.box;
  return containsBox({ x0, y0, x1, y1 }, boundsBox(regionProjection(entry.centre), bounds));
}

const area = (e: RegionIndexEntry) => (e.box[2] - e.box[0]) * (e.box[3] - e.box[1]);

export async function loadRegion(scenario: ScenarioData): Promise<Region> {
  const bounds = scenario.map?.bounds;
  if (!bounds) throw new Error(`scenario "${scenario.id}" has no map section`);
  const entries = (index as RegionIndexEntry[]).filter((e) => covers(e, bounds));
  // Its own region first (bounds edited since it was built fall through), then the tightest fit.
  const best =
    entries.find((e) => e.id === scenario.id) ?? entries.sort((a, b) => area(a) - area(b))[0];
  const load = best && prebuilt[`../../assets/maps/${best.id}.json`];
  if (load) return fromRegionFile(await load());
  const { clipFromWorldAtlas } = await import('./atlasFallback.ts');
  return clipFromWorldAtlas(bounds);
}
