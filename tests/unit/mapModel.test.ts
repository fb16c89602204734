// The map's model: what a game state puts on the map (features, their status, arcs, data flow),
// the sentences read to screen-reader users, hidden indicators kept out of play, the prebuilt
// geography files, and where things land on screen (all pure: no DOM, no Phaser).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeMap } from '../../src/map/describeMap.ts';
import { simplifyRing } from '../../src/map/geography.ts';
import {
  decodeRing,
  encodeRing,
  fromRegionFile,
  type RegionFile,
} from '../../src/map/regionFile.ts';
import { buildMapModel, vendorOf, type MapFeature } from '../../src/map/mapModel.ts';
import { boundsBox, containsBox, regionProjection } from '../../src/map/projection.ts';
import { STAGE_STATUS } from '../../src/map/stages.ts';
import { labelPoint } from '../../src/map/labelPoint.ts';
import { layoutMap } from '../../src/map/layout.ts';
import { ICON_SIZE } from '../../src/map/palette.ts';
import { makeView } from '../../src/map/view.ts';
import { atlasName } from '../../src/map/countries.ts';
import { LIFECYCLES, MACHINE_KINDS } from '../../src/sim/machines/lifecycles.ts';
import type { OptionData } from '../../src/sim/scenario/scenario.schema.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { fakeScenario, fakeSession } from '../support/scenarios.ts';

const scenario = fakeScenario('map-islands.yaml');
const session = () => fakeSession({ scenario });
const model = (game = session()) => buildMapModel(scenario, game.state);
const feature = (features: MapFeature[], id: string) => features.find((f) => f.id === id);
const names = (f: MapFeature | undefined) => f?.sites.map((s) => s.id);

describe('the stage table', () => {
  it('places every stage of every deal machine, and no stage a machine does not have', () => {
    for (const kind of MACHINE_KINDS) {
      expect(Object.keys(STAGE_STATUS[kind]).sort(), kind).toEqual(
        [...LIFECYCLES[kind].stages].sort(),
      );
    }
  });
});

describe('a new game', () => {
  it('shows no infrastructure, the debt already owed to China, and the pull of each partner', () => {
    const m = model();
    expect(m.capital?.id).toBe('honiara');
    expect(m.features).toEqual([]);
    expect(m.finance).toEqual([
      expect.objectContaining({
        partner: 'china',
        value: 1,
        to: expect.objectContaining({ id: 'beijing' }),
      }),
    ]);
    expect(m.influence.map((a) => [a.partner, a.value, a.to.id])).toEqual([
      ['china', 20, 'beijing'],
      ['west', 60, 'canberra'],
    ]);
    expect(m.dataFlow).toBeNull();
  });
});

describe('infrastructure features', () => {
  it('appear as the deal is signed, with kind, partner, firm, sites and link, while being built', () => {
    const game = session();
    game.choose('cable', 'huawei');
    game.choose('towers', 'huawei-exim');
    const { features } = model(game);
    expect(feature(features, 'cable')).toMatchObject({
      kind: 'cable',
      status: 'building',
      stage: 'laying',
      partner: 'china',
      vendor: 'Huawei',
      link: expect.objectContaining({ id: 'sydney' }),
    });
    expect(names(feature(features, 'cable'))).toEqual(['honiara']);
    expect(feature(features, 'towers')).toMatchObject({
      kind: 'towers',
      status: 'building',
      vendor: 'Huawei and China Harbour Engineering',
      link: null,
    });
    expect(names(feature(features, 'towers'))).toEqual(['honiara', 'auki', 'gizo']);
  });

  it('become active when the deal comes into service, and data starts to flow', () => {
    const game = session();
    game.choose('cable', 'huawei');
    game.choose('towers', 'huawei-exim');
    game.next();
    const m = model(game);
    expect(feature(m.features, 'cable')?.status).toBe('active');
    expect(feature(m.features, 'towers')?.status).toBe('active');
    expect(m.dataFlow).toMatchObject({ exposure: 30, intensity: 0.3, to: { id: 'beijing' } });
    expect(m.finance.find((a) => a.partner === 'china')?.value).toBe(10);
  });

  it('follow the partner the option names, with the Western creditor arc to its capital', () => {
    const game = session();
    game.choose('cable', 'coral-sea');
    game.choose('towers', 'tender');
    const m = model(game);
    expect(feature(m.features, 'cable')).toMatchObject({ partner: 'west', vendor: 'Vocus' });
    expect(names(feature(m.features, 'cable'))).toEqual(['honiara', 'auki']);
    // "Chosen by open tender" is a description, not a firm.
    expect(feature(m.features, 'towers')?.vendor).toBeNull();
    expect(m.finance.find((a) => a.partner === 'west')).toMatchObject({
      value: 3,
      to: { id: 'canberra' },
    });
  });

  it('are absent for deals refused, declined or put off', () => {
    const game = session();
    game.choose('cable', 'wait');
    game.choose('towers', 'refuse');
    game.next();
    game.choose('cert', 'none');
    game.choose('safe-city', 'decline');
    game.choose('police', 'partners');
    expect(model(game).features.map((f) => f.id)).toEqual(['police']);
  });

  it('as ties, lead to the partner capital when the option names no link, and stand at the capital', () => {
    const game = session();
    game.choose('cable', 'wait');
    game.choose('towers', 'refuse');
    game.next();
    game.choose('cert', 'mou');
    game.choose('safe-city', 'procure');
    game.choose('police', 'china');
    const { features } = model(game);
    expect(feature(features, 'cert')).toMatchObject({ status: 'active', link: { id: 'beijing' } });
    expect(names(feature(features, 'cert'))).toEqual(['honiara']);
    expect(feature(features, 'police')).toMatchObject({
      status: 'building',
      link: { id: 'beijing' },
    });
    expect(feature(features, 'safe-city')).toMatchObject({
      kind: 'cameras',
      status: 'building',
      link: null,
    });
  });

  it('built at home have no tie abroad', () => {
    const game = session();
    game.choose('cable', 'wait');
    game.choose('towers', 'refuse');
    game.next();
    game.choose('cert', 'national');
    expect(feature(model(game).features, 'cert')).toMatchObject({
      partner: 'domestic',
      link: null,
    });
  });

  it('turn compromised on a breach, and keep their place through a follow-up that names none', () => {
    const game = session();
    game.choose('cable', 'huawei');
    game.choose('towers', 'huawei-exim');
    game.next();
    game.inject('tower-breach');
    expect(feature(model(game).features, 'towers')?.status).toBe('compromised');
    game.choose('cert', 'none');
    game.choose('safe-city', 'decline');
    game.choose('police', 'partners');
    game.next();
    game.choose('towers-fix', 'rework');
    const towers = feature(model(game).features, 'towers');
    expect(towers).toMatchObject({
      status: 'active',
      stage: 'renegotiated',
      option: 'huawei-exim',
    });
    expect(names(towers)).toEqual(['honiara', 'auki', 'gizo']);
  });
});

describe('hidden indicators', () => {
  const played = () => {
    const game = session();
    game.choose('cable', 'huawei');
    game.choose('towers', 'huawei-exim');
    game.next();
    game.choose('cert', 'none');
    game.choose('safe-city', 'decline');
    game.choose('police', 'partners');
    return game;
  };

  it('stay out of the model and the sentences during play', () => {
    const game = played();
    expect(game.state.indicators.prcVisibility).toBeGreaterThan(0);
    const m = buildMapModel(scenario, game.state);
    expect(m.revealed).toBe(false);
    expect(m.dataFlow).not.toHaveProperty('visibility');
    expect(describeMap(m, scenario).join(' ')).not.toMatch(/visibility|hidden/i);
  });

  it('are revealed in the debrief', () => {
    const game = played();
    const m = buildMapModel(scenario, game.state, { reveal: true });
    expect(m.dataFlow?.visibility).toBe(game.state.indicators.prcVisibility);
    expect(describeMap(m, scenario).at(-1)).toMatch(
      /^Hidden during play: .*PRC visibility\) was 7 out of 100\.$/,
    );
  });
});

describe('the sentences', () => {
  it('say what stands where, whose it is and how far along, in plain words', () => {
    const game = session();
    game.choose('cable', 'huawei');
    game.choose('towers', 'huawei-exim');
    expect(describeMap(model(game), scenario)).toEqual([
      'Map of Map Islands and its region, with its capital Honiara.',
      'Undersea cable (Huawei, China): being laid from Honiara to Sydney.',
      'Telecom towers (Huawei and China Harbour Engineering, China): being built at Honiara, Auki and Gizo.',
      'Mobile and internet coverage, shaded with ripples on the country: growing around Honiara, Auki and Gizo while work goes on.',
      'Loans from China still to repay: 10% of GDP, drawn as a solid arc toward Beijing.',
      'Alignment with China: 20 out of 100, drawn as a dotted arc toward Beijing.',
      'Alignment with Western partners: 60 out of 100, drawn as a dotted arc toward Canberra.',
    ]);
  });

  it('say so when nothing stands yet, and work for a scenario without a map', () => {
    expect(describeMap(model(), scenario)[1]).toBe('No infrastructure from any deal stands yet.');
    const plain = fakeScenario();
    const m = buildMapModel(plain, fakeSession().state);
    expect(m).toMatchObject({ capital: null, features: [], finance: [], dataFlow: null });
    expect(describeMap(m, plain)[0]).toBe('Map of Tiny Republic and its region.');
  });
});

describe('vendor names', () => {
  const option = (label: string, value: string) =>
    ({ terms: [{ label, value }] }) as unknown as OptionData;

  it('come from a builder or vendor term, without notes in brackets', () => {
    expect(vendorOf(option('Builder', 'Vocus (Australia)'))).toBe('Vocus');
    expect(
      vendorOf(option('Vendors', 'Huawei radio sites; other vendors for the core')),
    ).toBeNull();
    expect(vendorOf(option('Lender', 'Export-Import Bank of China'))).toBeNull();
  });
});

describe('geography', () => {
  it('round-trips a ring through the compact encoding within the quantum', () => {
    const box = { x0: -1, y0: -1, x1: 1, y1: 1 };
    const ring = [0.1, 0.2, 0.35, -0.4, -0.5, 0.123456];
    const back = decodeRing(encodeRing(ring, box, 1e-4), box, 1e-4);
    back.forEach((v, i) => expect(Math.abs(v - (ring[i] as number))).toBeLessThanOrEqual(5e-5));
  });

  it('simplifies a straight coast to its corners', () => {
    const square = [0, 0, 0.5, 0, 1, 0, 1, 0.5, 1, 1, 0, 1];
    expect(simplifyRing(square, 0.01)).toEqual([0, 0, 1, 0, 1, 1, 0, 1]);
  });

  const mapsDir = fileURLToPath(new URL('../../assets/maps/', import.meta.url));
  const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

  it('is prebuilt for every scenario with a map, covering its bounds and showing its countries', () => {
    const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.yaml'));
    for (const file of files) {
      const s = loadScenarioText(readFileSync(scenariosDir + file, 'utf8'), file);
      if (!s.map) continue;
      const data = JSON.parse(readFileSync(`${mapsDir}${s.id}.json`, 'utf8')) as RegionFile;
      const region = fromRegionFile(data);
      const inner = boundsBox(regionProjection(region.centre), s.map.bounds);
      expect(containsBox(region.box, inner), `${s.id}: rerun scripts/buildMapData.ts`).toBe(true);
      for (const country of s.countries) {
        const name = atlasName(country.id, country.name);
        expect(
          region.countries.map((c) => c.name),
          `${s.id}: ${country.id}`,
        ).toContain(name);
      }
    }
  });

  it('decodes the Solomon Islands region with the country highlighted by its atlas name', () => {
    const data = JSON.parse(readFileSync(`${mapsDir}solomon-islands.json`, 'utf8')) as RegionFile;
    const region = fromRegionFile(data);
    const solomons = region.countries.find((c) => c.name === atlasName('solomon-islands', ''));
    expect(solomons?.rings.length).toBeGreaterThan(5);
  });
});

describe('the layout on screen', () => {
  const mapsDir = fileURLToPath(new URL('../../assets/maps/', import.meta.url));
  const region = fromRegionFile(
    JSON.parse(readFileSync(`${mapsDir}solomon-islands.json`, 'utf8')) as RegionFile,
  );
  const bounds = scenario.map?.bounds ?? [
    [0, 0],
    [1, 1],
  ];
  const played = () => {
    const game = session();
    game.choose('cable', 'huawei');
    game.choose('towers', 'huawei-exim');
    game.next();
    return buildMapModel(scenario, game.state);
  };

  it('points lines to places off the map at labelled ports on its edge', () => {
    const view = makeView(region, bounds, 800, 450);
    const { ports } = layoutMap(view, played());
    const port = (id: string) => ports.find((p) => p.place.id === id);
    expect(port('beijing')).toMatchObject({
      side: 'top',
      finance: { value: 10 },
      data: { exposure: 30 },
    });
    expect(port('sydney')?.side).toBe('bottom');
    for (const p of ports) {
      expect(p.point.x).toBeGreaterThanOrEqual(0);
      expect(p.point.x).toBeLessThanOrEqual(800);
      expect(p.point.y).toBeGreaterThanOrEqual(0);
      expect(p.point.y).toBeLessThanOrEqual(450);
    }
  });

  it('gives every feature a badge, and never stacks two badges on one spot', () => {
    for (const [w, h] of [
      [1280, 620],
      [520, 320],
    ] as const) {
      const { icons } = layoutMap(makeView(region, bounds, w, h), played());
      expect(new Set(icons.map((i) => i.feature.id))).toEqual(new Set(['cable', 'towers']));
      for (const a of icons) {
        for (const b of icons) {
          if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(ICON_SIZE);
        }
      }
    }
  });

  it('names a country inside its outline, not at the middle of its box', () => {
    // A "C" open to the right: the middle of its box is outside it.
    const c = [0, 0, 100, 0, 100, 20, 20, 20, 20, 80, 100, 80, 100, 100, 0, 100];
    const spot = labelPoint([c], 200, 200, 10, 4);
    expect(spot).not.toBeNull();
    expect(spot?.x ?? 99).toBeLessThan(20);
  });
});
