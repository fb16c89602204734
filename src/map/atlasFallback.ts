// Outlines clipped in the browser from the 1:110m world atlas, for a scenario whose region has no
// prebuilt file yet. Coarse (small islands are missing) but correct; run scripts/buildMapData.ts
// to ship proper ones.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipRegion, type Region } from './geography.ts';
import type { Bounds } from './projection.ts';

export async function clipFromWorldAtlas(bounds: Bounds): Promise<Region> {
  const atlas = (await import('world-atlas/countries-110m.json')).default as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(atlas, atlas.objects.countries).features.map((f) => ({
    id: String(f.id ?? f.properties.name),
    name: f.properties.name,
    geometry: f.geometry,
  }));
  return clipRegion(countries, bounds);
}
