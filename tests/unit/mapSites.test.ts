// What the map's site buttons and coverage say: each site lists what stands there, whose it is
// and since when; coverage appears as towers are built and grows when they come into service.
import { describe, expect, it } from 'vitest';
import { buildMapModel } from '../../src/map/mapModel.ts';
import { sitesOf } from '../../src/map/siteList.ts';
import { fakeScenario, fakeSession } from '../support/scenarios.ts';

const scenario = fakeScenario('map-islands.yaml');

describe('sites on the map', () => {
  it('list what stands at each place, whose it is and the year it was chosen', () => {
    const game = fakeSession({ scenario });
    game.choose('cable', 'huawei');
    game.choose('towers', 'huawei-exim');
    const first = scenario.rounds[0]?.label;
    const sites = sitesOf(buildMapModel(scenario, game.state), scenario);
    expect(sites.map((s) => s.place.id)).toEqual(
      expect.arrayContaining(['honiara', 'auki', 'gizo']),
    );
    const honiara = sites.find((s) => s.place.id === 'honiara');
    expect(honiara?.lines).toContain(`Undersea cable: China (Huawei), being laid, since ${first}`);
    expect(sites.find((s) => s.place.id === 'gizo')?.lines).toEqual([
      `Telecom towers: China (Huawei and China Harbour Engineering), being built, since ${first}`,
    ]);
  });

  it('are none in a new game', () => {
    const game = fakeSession({ scenario });
    expect(sitesOf(buildMapModel(scenario, game.state), scenario)).toEqual([]);
  });
});

describe('coverage on the country', () => {
  it('starts as towers are built and reaches full strength once they operate', () => {
    const game = fakeSession({ scenario });
    expect(buildMapModel(scenario, game.state).coverage).toEqual([]);
    game.choose('cable', 'huawei');
    game.choose('towers', 'huawei-exim');
    const building = buildMapModel(scenario, game.state).coverage;
    const gizo = () => building.find((c) => c.place.id === 'gizo');
    expect(gizo()?.strength).toBeGreaterThan(0);
    expect(gizo()?.strength).toBeLessThan(1);
    game.next();
    const active = buildMapModel(scenario, game.state).coverage;
    expect(active.find((c) => c.place.id === 'gizo')?.strength).toBe(1);
  });
});
