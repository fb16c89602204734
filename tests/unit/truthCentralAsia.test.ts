// The Central Asia scenario tells each player only what is true of the game they played (issue 9/10
// spirit): a player who never installed city cameras is not offered to link them, nor told that
// cameras found the protesters; a turn to Russian vendors names the systems that really changed
// hands. Each check is also a claim the truth check verifies on every game it plays.
import { describe, expect, it } from 'vitest';
import { HOLD } from '../../src/sim/machines/lifecycles.ts';
import { availableOptions } from '../../src/sim/playerChoices.ts';
import type { ConditionData } from '../../src/sim/scenario/conditions.schema.ts';
import type { ScenarioData } from '../../src/sim/scenario/scenario.schema.ts';
import { GameSession } from '../../src/sim/session.ts';
import type { GameState } from '../../src/sim/state.ts';
import { falseClaimsIn } from '../../src/sim/truthCheck.ts';
import { loadShipped } from '../support/shipped.ts';

const scenario = loadShipped('central-asia.yaml');

/** For each decision, the options to pick in turn; anything unlisted waits (or takes the first). */
type Plan = Record<string, string[]>;

/** Plays a whole game along the plan; every decision put to the player is recorded. */
function play(data: ScenarioData, country: string, plan: Plan, seed: number) {
  const session = GameSession.start(data, { seed, countryId: country });
  const queues = Object.fromEntries(Object.entries(plan).map(([d, list]) => [d, [...list]]));
  const offered = new Set<string>();
  try {
    while (session.phase !== 'ended') {
      if (session.phase === 'reviewing') {
        session.next();
        continue;
      }
      const decision = session.state.pending[0] as string;
      offered.add(decision);
      const open = availableOptions(session.state, session.index, decision);
      const wanted = queues[decision]?.shift();
      if (wanted !== undefined && !open.includes(wanted)) {
        throw new Error(`"${wanted}" is not open at "${decision}" (open: ${open.join(', ')})`);
      }
      const options = session.index.decisions.get(decision)?.options ?? [];
      const waits = open.find((id) => {
        const outcome = options.find((o) => o.id === id)?.outcome;
        return outcome === HOLD || outcome === 'delay';
      });
      expect(session.choose(decision, wanted ?? waits ?? (open[0] as string))).toBe(true);
    }
    return { state: session.state, offered };
  } finally {
    session.stop();
  }
}

const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

/** Everything the player read in a game: log notes, event and ending texts. */
const wordsOf = (state: GameState) =>
  state.log.flatMap((e) => [...e.notes, e.text ?? '', e.title ?? '']).join('\n');

/** The reviewer's Kazakh game: no Safe City, Western data centre and backbone, Chinese face recognition. */
const DECLINED_KZ: Plan = {
  cert: ['no-cert'],
  'safe-city-kz': ['decline-kz'],
  'data-centre': ['tender-dc'],
  network: ['multilateral-network'],
  biometrics: ['fr-chinese'],
  vendors: ['diversify-russian'],
};

/** No Safe City, but a Chinese face-recognition registry: Kyrgyzstan and Uzbekistan. */
const DECLINED: Record<string, Plan> = {
  kazakhstan: DECLINED_KZ,
  kyrgyzstan: { 'safe-city-kg': ['decline-kg'], biometrics: ['fr-chinese'] },
  uzbekistan: { 'safe-city-uz': ['decline-uz'], biometrics: ['fr-chinese'] },
};

describe('cameras a player never installed', () => {
  it('a Kazakh player who declined the Safe City is not offered to link every city’s cameras', () => {
    for (const safeCity of ['decline-kz', 'hold-kz']) {
      const { offered } = play(scenario, 'kazakhstan', { 'safe-city-kz': [safeCity] }, 1);
      expect(offered, safeCity).not.toContain('kz-nvms');
    }
    // A decliner meets the 2020 plan as what it would be for them: cameras built from scratch.
    const declined = play(scenario, 'kazakhstan', { 'safe-city-kz': ['decline-kz'] }, 1);
    expect(declined.offered).toContain('kz-nvms-build');
    const build = scenario.decisions.find((d) => d.id === 'kz-nvms-build');
    expect(build?.prompt).toMatch(/no city camera systems to link/);
    // With Sergek's (even a pilot's) or a Chinese vendor's cameras up, the linking plan is put.
    const pilotStopped = { 'safe-city-kz': ['pilot-kz'], 'safe-city-kz-scale': ['stop-pilot-kz'] };
    for (const plan of [
      { 'safe-city-kz': ['sergek-astana'] },
      { 'safe-city-kz': ['chinese-package-kz'] },
      { 'safe-city-kz': ['pilot-kz'] },
      pilotStopped,
    ]) {
      const safeCity = JSON.stringify(plan);
      const { offered } = play(scenario, 'kazakhstan', plan, 1);
      expect(offered, safeCity).toContain('kz-nvms');
      expect(offered, safeCity).not.toContain('kz-nvms-build');
    }
  });

  it('a decliner who then builds the national network has cameras the protests can meet', () => {
    const plan = { ...DECLINED_KZ, 'kz-nvms-build': ['nvms-build'] };
    const games = SEEDS.map((seed) => play(scenario, 'kazakhstan', plan, seed).state);
    for (const state of games) {
      expect(state.flags).toContain('nvms');
      expect(state.fired['protests-unwatched']).toBeUndefined();
      expect(falseClaimsIn(state, scenario)).toEqual([]);
    }
    expect(games.filter((s) => s.fired['protests-watched'] !== undefined).length).toBeGreaterThan(
      0,
    );
  });

  it.each(Object.keys(DECLINED))(
    '%s: with facial recognition but no Safe City, the protests are never "watched"',
    (country) => {
      let protests = 0;
      for (const seed of SEEDS) {
        const { state } = play(scenario, country, DECLINED[country] as Plan, seed);
        expect(state.choices).toContainEqual(expect.objectContaining({ option: 'fr-chinese' }));
        if (state.fired.protests === undefined) continue;
        protests += 1;
        expect(state.fired['protests-unwatched'], `seed ${seed}`).toBe(state.fired.protests);
        expect(state.fired['protests-watched'], `seed ${seed}`).toBeUndefined();
        expect(state.ending).not.toBe('technology-based-authoritarianism');
        const words = wordsOf(state);
        expect(words).not.toMatch(/turn the cameras on the crowds|the cameras found them/);
        expect(words).not.toMatch(/every square and every face is watched/);
        expect(words).not.toMatch(/add cameras to new districts/);
        expect(falseClaimsIn(state, scenario)).toEqual([]);
      }
      // The protests are a chance event: the seeds must include games where they happen.
      expect(protests).toBeGreaterThan(3);
    },
  );

  it('Tajikistan always has Dushanbe’s cameras, so its protests can be watched', () => {
    const { state } = play(scenario, 'tajikistan', { biometrics: ['fr-chinese'] }, 1);
    expect(state.flags).toContain('dushanbe-cameras');
    const watched = SEEDS.map((seed) => play(scenario, 'tajikistan', {}, seed).state).filter(
      (s) => s.fired['protests-watched'] !== undefined,
    );
    expect(watched.length).toBeGreaterThan(0);
    for (const s of watched) expect(falseClaimsIn(s, scenario)).toEqual([]);
  });

  it('the truth check catches "the cameras find the organisers" told to a player without cameras', () => {
    // Put back the old condition (facial recognition alone counted as cameras watching): the
    // claim on the event's first sentence must now fail in the reviewer's game.
    const lying = structuredClone(scenario);
    const i = lying.events.findIndex((e) => e.id === 'protests-watched');
    const event = lying.events[i];
    const all = event?.when?.all as ConditionData[];
    const cameras = all[1] as { any: ConditionData[] };
    all[1] = { any: [...cameras.any, { flag: 'facial-recognition' }] };
    const shownFalse = SEEDS.flatMap((seed) => {
      const { state } = play(lying, 'kazakhstan', DECLINED_KZ, seed);
      return falseClaimsIn(state, lying).map((f) => f.path);
    });
    expect(shownFalse).toContain(`events[${i}].text[0]`);
    expect(shownFalse).toContain(`endings[0].summary[0]`);
  });
});

describe('facial recognition bought without city cameras', () => {
  it.each(Object.keys(DECLINED))(
    '%s: the round report does not say cameras now recognise faces',
    (country) => {
      const { state } = play(scenario, country, DECLINED[country] as Plan, 1);
      expect(state.flags).toContain('facial-recognition');
      expect(state.flags).not.toContain('safe-city-chinese');
      const notes = state.log.flatMap((e) => e.notes).join('\n');
      // What was bought is still told, without cameras the player never installed.
      expect(notes).toMatch(/face registry and face-matching software are installed/);
      expect(notes).not.toMatch(/cameras now recognise faces/i);
    },
  );
});

describe('turning to Russian vendors', () => {
  const russianTakeOver = (state: GameState) =>
    state.log.find((e) => e.origin.event === 'russian-vendors-take-over')?.text ?? '';

  it('names only the systems Chinese firms ran, and says the Western tenders stay', () => {
    const { state } = play(scenario, 'kazakhstan', DECLINED_KZ, 1);
    expect(state.deals.vendors?.stage).toBe('diversified');
    const text = russianTakeOver(state);
    expect(text).toMatch(/facial recognition and the biometric registry/);
    expect(text).toMatch(/data centre stays with the Western vendors/);
    expect(text).toMatch(/backbone stays with the vendors of its open tender/);
    expect(text).not.toMatch(/Safe City cameras|network Chinese vendors built|Chinese state firm/);
    expect(wordsOf(state)).not.toMatch(/Russian firms now run the systems Chinese firms ran/);
    expect(falseClaimsIn(state, scenario)).toEqual([]);
  });

  it('a player whose systems were all Chinese hears that each of them changed hands', () => {
    const { state } = play(
      scenario,
      'kazakhstan',
      {
        'safe-city-kz': ['chinese-package-kz'],
        'data-centre': ['cetc-exim-dc'],
        network: ['exim-network'],
        biometrics: ['fr-chinese'],
        vendors: ['diversify-russian'],
      },
      1,
    );
    const text = russianTakeOver(state);
    expect(text).toMatch(/Safe City cameras a Chinese vendor installed/);
    expect(text).toMatch(/data centre's servers from the Chinese state firm/);
    expect(text).toMatch(/network Chinese vendors built/);
    expect(text).toMatch(/facial recognition and the biometric registry/);
    expect(text).not.toMatch(/stays/);
    expect(falseClaimsIn(state, scenario)).toEqual([]);
  });

  it('is told only after a turn to Russian vendors, not after other diversification', () => {
    const { state } = play(
      scenario,
      'kazakhstan',
      { network: ['exim-network'], vendors: ['diversify-domestic'] },
      1,
    );
    expect(state.deals.vendors?.stage).toBe('diversified');
    expect(state.fired['russian-vendors-take-over']).toBeUndefined();
  });
});
