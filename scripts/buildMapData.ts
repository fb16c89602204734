// Pre-clips the world atlas (Natural Earth 1:10m) to each scenario's map region and writes
// assets/maps/<scenario id>.json, so the game ships a few KB of outlines instead of the atlas.
//   node --import tsx scripts/buildMapData.ts                       every scenario with a map
//   node --import tsx scripts/buildMapData.ts --region id=W,S,E,N   a region by hand
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipRegion, type AtlasCountry } from '../src/map/geography.ts';
import { toRegionFile, type RegionFile, type RegionIndexEntry } from '../src/map/regionFile.ts';
import type { Bounds } from '../src/map/projection.ts';
import { loadScenarioText } from '../src/sim/scenario/load.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const ATLAS = 'world-atlas/countries-10m.json';

function scenarioRegions(): Map<string, Bounds> {
  const regions = new Map<string, Bounds>();
  const dir = join(root, 'scenarios');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const scenario = loadScenarioText(readFileSync(join(dir, file), 'utf8'), file);
    if (scenario.map) regions.set(scenario.id, scenario.map.bounds);
  }
  return regions;
}

function regionsFromArgs(args: string[]): Map<string, Bounds> | null {
  const given = new Map<string, Bounds>();
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--region') continue;
    const match = /^([a-z0-9-]+)=(-?[\d.]+),(-?[\d.]+),(-?[\d.]+),(-?[\d.]+)$/.exec(
      args[i + 1] ?? '',
    );
    if (!match) throw new Error('usage: --region id=west,south,east,north');
    const [w, s, e, n] = match.slice(2).map(Number) as [number, number, number, number];
    given.set(match[1] as string, [
      [w, s],
      [e, n],
    ]);
  }
  return given.size > 0 ? given : null;
}

function atlasCountries(): AtlasCountry[] {
  const path = createRequire(import.meta.url).resolve(ATLAS);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return feature(topology, topology.objects.countries).features.map((f) => ({
    id: String(f.id ?? f.properties.name),
    name: f.properties.name,
    geometry: f.geometry,
  }));
}

/** Formatted as the repository's Prettier settings say, so `prettier --check` passes. */
async function pretty(json: string, file: string): Promise<string> {
  return format(json, { ...(await resolveConfig(file)), filepath: file });
}

const countries = atlasCountries();
const regions = regionsFromArgs(process.argv.slice(2)) ?? scenarioRegions();
for (const [id, bounds] of regions) {
  const region = clipRegion(countries, bounds);
  const data = toRegionFile(region, bounds, `Natural Earth 1:10m via ${ATLAS} (public domain)`);
  const out = join(root, 'assets', 'maps', `${id}.json`);
  const text = await pretty(JSON.stringify(data), out);
  writeFileSync(out, text);
  const size = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${out}: ${region.countries.length} countries, ${size(text.length)}, ${size(gzipSync(text).length)} gzipped`,
  );
}

// The index lets a scenario without its own file borrow any region that covers its bounds.
const mapsDir = join(root, 'assets', 'maps');
const index: RegionIndexEntry[] = readdirSync(mapsDir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort()
  .map((f) => {
    const data = JSON.parse(readFileSync(join(mapsDir, f), 'utf8')) as RegionFile;
    return { id: f.replace(/\.json$/, ''), centre: data.centre, box: data.box };
  });
const indexFile = join(mapsDir, 'index.json');
writeFileSync(indexFile, await pretty(JSON.stringify(index), indexFile));
