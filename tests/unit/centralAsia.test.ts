// The Central Asia scenario (scenarios/central-asia.yaml): each country played along its real
// path, starting positions that make the same choices end differently, the multi-vector
// thresholds that close later options, and surveillance changing the outcome of a protest.
import { describe, expect, it } from 'vitest';
import { HOLD } from '../../src/sim/machines/lifecycles.ts';
import { availableOptions } from '../../src/sim/playerChoices.ts';
import { playThrough } from '../../src/sim/playthrough.ts';
import { GameSession } from '../../src/sim/session.ts';
import { strategyByName, type StrategyName } from '../../src/sim/strategies.ts';
import type { GameState } from '../../src/sim/state.ts';
import { loadShipped } from '../support/shipped.ts';

const scenario = loadShipped('central-asia.yaml');

/** For each decision, the options to pick in turn; anything unlisted waits ("hold" or "delay"). */
type Plan = Record<string, string[]>;

interface PlayOptions {
  seed?: number;
  /** Stop when this round opens (before its decisions), instead of playing to the end. */
  stopAtRound?: number;
  /** Facilitator injects, fired as the given round's decisions open. */
  injects?: Record<number, string>;
}

function waitingOption(session: GameSession, decision: string, open: string[]): string {
  const options = session.index.decisions.get(decision)?.options ?? [];
  const waits = open.find((id) => {
    const outcome = options.find((o) => o.id === id)?.outcome;
    return outcome === HOLD || outcome === 'delay';
  });
  return waits ?? (open[0] as string);
}

function play(country: string, plan: Plan, options: PlayOptions = {}): GameSession {
  const session = GameSession.start(scenario, { seed: options.seed ?? 1, countryId: country });
  const queues = Object.fromEntries(Object.entries(plan).map(([d, list]) => [d, [...list]]));
  const injected = new Set<number>();
  while (session.phase !== 'ended') {
    const round = session.state.round;
    if (options.stopAtRound !== undefined && round >= options.stopAtRound) break;
    const inject = options.injects?.[round];
    if (inject && !injected.has(round)) {
      injected.add(round);
      expect(session.inject(inject)).toBe(true);
    }
    if (session.phase === 'reviewing') {
      session.next();
      continue;
    }
    const decision = session.state.pending[0] as string;
    const open = availableOptions(session.state, session.index, decision);
    const wanted = queues[decision]?.shift();
    if (wanted !== undefined && !open.includes(wanted)) {
      throw new Error(
        `round ${round}: "${wanted}" is not open at "${decision}" (open: ${open.join(', ')})`,
      );
    }
    expect(session.choose(decision, wanted ?? waitingOption(session, decision, open))).toBe(true);
  }
  return session;
}

const chose = (state: GameState, decision: string) =>
  state.choices.filter((c) => c.decision === decision).map((c) => c.option);
const roundOf = (state: GameState, option: string) =>
  state.choices.find((c) => c.option === option)?.round;
const chinaLoans = (state: GameState) =>
  state.loans.filter((l) => l.creditor === 'china' && l.serviced);

describe('the Central Asia scenario', () => {
  it('offers exactly the four countries, with their own starting positions', () => {
    expect(scenario.countries.map((c) => c.id)).toEqual([
      'kazakhstan',
      'kyrgyzstan',
      'uzbekistan',
      'tajikistan',
    ]);
    const start = Object.fromEntries(scenario.countries.map((c) => [c.id, c.start]));
    // Tajikistan: most of its debt owed to China, an empty treasury, Beijing far ahead of the West.
    expect(start.tajikistan?.debt.chinaSharePct).toBeGreaterThanOrEqual(50);
    expect(start.tajikistan?.indicators.budget).toBeLessThan(
      start.kazakhstan?.indicators.budget ?? 0,
    );
    // Kazakhstan: the richest, with partners on every side.
    expect(start.kazakhstan?.debt.chinaSharePct).toBeLessThan(20);
  });

  describe('each country along its real path', () => {
    it('Kazakhstan: Sergek, a domestic firm, runs the cameras and goes national in 2020', () => {
      const { state } = play('kazakhstan', {
        cert: ['national-cert'],
        'content-law': ['adopt-narrow'],
        'safe-city-kz': ['sergek-astana'],
        'data-centre': ['local-dc-budget'],
        network: ['own-budget-network'],
        biometrics: ['fr-domestic-law'],
        'kz-nvms': ['nvms-adopt'],
        'kz-camera-contract': ['presight-ai'],
      });
      expect(roundOf(state, 'sergek-astana')).toBe(3); // 2017
      expect(state.flags).toEqual(expect.arrayContaining(['safe-city-domestic', 'nvms']));
      expect(state.deals['safe-city-kz']?.stage).toMatch(/^(operating|expanding|turnedOnCritics)$/);
      expect(chinaLoans(state)).toEqual([]);
      expect(state.indicators.chinaDebtShare).toBeLessThanOrEqual(15);
      expect(state.indicators.prcVisibility).toBeLessThan(15);
      expect(state.ending).toBe('multi-vector-held');
    });

    it('Kyrgyzstan: a Safe City from Russian and Chinese investors, then a "false information" law', () => {
      const { state } = play('kyrgyzstan', {
        cert: ['sco-framework'],
        'content-law': ['delay-law'],
        'safe-city-kg': ['hold-kg', 'hold-kg', 'vega-sunwin-kg'],
        'data-centre': ['defer-dc'],
        'data-centre-2020': ['cetc-exim-dc'],
        network: ['hold-network', 'exim-network'],
        biometrics: ['fr-chinese'],
        'content-law-2021': ['adopt-false-info-law'],
        vendors: ['diversify-russian'],
      });
      expect(roundOf(state, 'vega-sunwin-kg')).toBe(5); // launched February 2019
      expect(roundOf(state, 'adopt-false-info-law')).toBe(7); // signed August 2021
      expect(state.flags).toEqual(
        expect.arrayContaining(['safe-city-foreign-mixed', 'russian-law', 'facial-recognition']),
      );
      expect(state.indicators.alignRussia).toBeGreaterThanOrEqual(70);
      expect(state.indicators.chinaDebtShare).toBeGreaterThan(40);
    });

    it('Uzbekistan: a Tashkent pilot in 2017, then the Huawei and CITIC package in 2019', () => {
      const { state } = play('uzbekistan', {
        cert: ['cncert-mou'],
        'content-law': ['adopt-narrow'],
        'safe-city-uz': ['pilot-uz'],
        'safe-city-uz-scale': ['wait-pilot-uz', 'huawei-citic-uz-2019'],
        'data-centre': ['defer-dc'],
        'data-centre-2020': ['local-dc-budget'],
        network: ['exim-network'],
        biometrics: ['hold-biometrics', 'hold-biometrics', 'fr-chinese'],
        vendors: ['hold-vendors', 'hold-vendors', 'stay-single'],
        'expand-cameras': ['expand-on-credit'],
      });
      expect(roundOf(state, 'huawei-citic-uz-2019')).toBe(5); // April 2019
      const deal = state.deals['safe-city-uz'];
      expect(deal?.options.map((o) => o.option)).toEqual([
        'pilot-uz',
        'wait-pilot-uz',
        'huawei-citic-uz-2019',
      ]);
      expect(deal?.stage).toMatch(/^(operating|expanding|turnedOnCritics)$/);
      const option = scenario.decisions
        .find((d) => d.id === 'safe-city-uz-scale')
        ?.options.find((o) => o.id === 'huawei-citic-uz-2019');
      expect(option?.map?.partner).toBe('china');
      expect(chinaLoans(state).map((l) => l.label)).toContain(
        'Safe City package (illustrative terms)',
      );
      expect(state.flags).toEqual(expect.arrayContaining(['safe-city-chinese', 'data-localised']));
    });

    it('Tajikistan: deep in debt to China, its Safe City phase two comes as a Chinese grant', () => {
      const { state } = play('tajikistan', {
        cert: ['sco-framework'],
        'content-law': ['adopt-russian-model'],
        'data-centre': ['cetc-exim-dc'],
        network: ['exim-network'],
        biometrics: ['fr-chinese'],
        vendors: ['stay-single'],
        'expand-cameras': ['expand-on-credit'],
        'safe-city-tj': [...Array(7).fill('hold-tj'), 'chinese-grant-tj'],
      });
      expect(state.flags).toContain('dushanbe-cameras');
      expect(roundOf(state, 'chinese-grant-tj')).toBe(10); // April 2024
      expect(state.indicators.chinaDebtShare).toBeGreaterThanOrEqual(55);
      expect(state.indicators.alignChina).toBeGreaterThan(state.indicators.alignWest + 50);
      expect([
        'reliance-deepened',
        'watched-unawares',
        'technology-based-authoritarianism',
      ]).toContain(state.ending);
    });
  });

  it('starting positions matter: the same choices end differently in Tajikistan and Kazakhstan', () => {
    const plan: Plan = {
      cert: ['cncert-mou'],
      'content-law': ['adopt-narrow'],
      'data-centre': ['cetc-exim-dc'],
      network: ['exim-network'],
      biometrics: ['fr-chinese'],
      vendors: ['stay-single'],
    };
    const kz = play('kazakhstan', plan).state;
    const tj = play('tajikistan', plan).state;
    // Identical choices on every decision both countries face (each waits on its own Safe City).
    const shared = (s: GameState) =>
      s.choices
        .filter((c) => c.decision in plan)
        .map((c) => `${c.round}:${c.decision}=${c.option}`);
    expect(shared(tj)).toEqual(shared(kz));
    expect(tj.ending).not.toBe(kz.ending);
    expect(tj.indicators.chinaDebtShare).toBeGreaterThan(kz.indicators.chinaDebtShare + 20);
    expect(tj.indicators.budget).toBeLessThan(kz.indicators.budget - 30);
    // Only Tajikistan's budget breaks under the same loans.
    expect(chose(tj, 'data-centre-trouble').length).toBeGreaterThan(0);
    expect(chose(kz, 'data-centre-trouble')).toEqual([]);
  });

  it('the forecast of deepening reliance on China comes only after a Chinese project of your own', () => {
    const west: Plan = {
      'wuzhen-2015': ['officials-wuzhen'],
      cert: ['national-cert'],
      'ministry-security-2018': ['global-vendor-2018'],
      'data-centre': ['tender-dc'],
      network: ['multilateral-network'],
      biometrics: ['reject-biometrics'],
    };
    const tender = play('tajikistan', west).state;
    // The inherited debt alone would have met the old trigger (40% owed to China).
    expect(tender.indicators.chinaDebtShare).toBeGreaterThanOrEqual(40);
    expect(tender.flags).not.toContain('chinese-data-centre');
    expect(tender.flags).not.toContain('diversified');
    expect(tender.fired['forecast-reliance']).toBeUndefined();
    const exim = play('tajikistan', { ...west, 'data-centre': ['cetc-exim-dc'] }).state;
    expect(exim.fired['forecast-reliance']).toBe(10);
  });

  describe('the multi-vector balance', () => {
    const lockedText = (decision: string, option: string) =>
      scenario.decisions.find((d) => d.id === decision)?.options.find((o) => o.id === option)
        ?.lockedText;

    it('letting Beijing get 35 points ahead of the West closes Western financing', () => {
      const early = { cert: ['cncert-mou'], 'content-law': ['adopt-narrow'] };
      const tilted = play(
        'kyrgyzstan',
        { ...early, 'safe-city-kg': ['huawei-consortium-kg'], 'data-centre': ['cetc-exim-dc'] },
        { stopAtRound: 5 },
      );
      expect(tilted.state.pending).toContain('network');
      const { alignChina, alignWest } = tilted.state.indicators;
      expect(alignChina - alignWest).toBeGreaterThan(35);
      expect(tilted.state.flags).toContain('west-stepped-back');
      expect(tilted.optionStatus('network', 'multilateral-network')).toEqual({
        available: false,
        reason: lockedText('network', 'multilateral-network'),
      });

      const balanced = play(
        'kyrgyzstan',
        { ...early, 'safe-city-kg': ['hold-kg'], 'data-centre': ['defer-dc'] },
        { stopAtRound: 5 },
      );
      expect(balanced.optionStatus('network', 'multilateral-network')).toEqual({ available: true });
    });

    it('Tajikistan cannot refuse Beijing outright; Kazakhstan can', () => {
      const tj = play('tajikistan', {}, { stopAtRound: 5 });
      const kz = play('kazakhstan', {}, { stopAtRound: 5 });
      expect(tj.optionStatus('network', 'refuse-network')).toEqual({
        available: false,
        reason: lockedText('network', 'refuse-network'),
      });
      expect(kz.optionStatus('network', 'refuse-network')).toEqual({ available: true });
    });

    it('passing 65 with Moscow closes the door on rejecting its legal template', () => {
      const session = play('tajikistan', { cert: ['sco-framework'] }, { stopAtRound: 2 });
      expect(session.state.indicators.alignRussia).toBeGreaterThan(65);
      expect(session.optionStatus('content-law', 'reject-law')).toEqual({
        available: false,
        reason: lockedText('content-law', 'reject-law'),
      });
    });
  });

  describe('a protest, with and without cameras', () => {
    it('a running Safe City is turned on the protesters and the government holds', () => {
      const { state } = play(
        'kazakhstan',
        { 'safe-city-kz': ['sergek-astana'] },
        { injects: { 8: 'protests' }, stopAtRound: 9 },
      );
      expect(state.flags).toContain('cameras-on-protesters');
      expect(state.deals['safe-city-kz']?.stage).toBe('turnedOnCritics');
      expect(state.fired['protests-watched']).toBe(8);
      expect(state.fired['protests-unwatched']).toBeUndefined();
    });

    it('never tells both outcomes in one game, even when cameras arrive after the crowds', () => {
      const { state } = play(
        'kazakhstan',
        {
          'safe-city-kz': ['decline-kz'],
          biometrics: ['hold-biometrics', 'hold-biometrics', 'fr-chinese'],
        },
        { injects: { 7: 'protests' }, stopAtRound: 10 },
      );
      expect(state.flags).toContain('facial-recognition');
      expect(state.fired['protests-unwatched']).toBe(7);
      expect(state.fired['protests-watched']).toBeUndefined();
    });

    it('without cameras the government has to concede', () => {
      const before = play('kazakhstan', { 'safe-city-kz': ['decline-kz'] }, { stopAtRound: 8 });
      const stability = before.state.indicators.regimeStability;
      const { state } = play(
        'kazakhstan',
        { 'safe-city-kz': ['decline-kz'] },
        { injects: { 8: 'protests' }, stopAtRound: 9 },
      );
      expect(state.fired['protests-unwatched']).toBe(8);
      expect(state.flags).not.toContain('cameras-on-protesters');
      expect(state.history[8]?.regimeStability).toBeLessThan(stability - 8);
    });
  });

  describe('facts told with their sources', () => {
    /** Every player-facing string in the scenario, with the path where it sits. */
    const texts = (value: unknown, path = ''): [string, string][] => {
      if (typeof value === 'string') return [[path, value]];
      if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
      if (value && typeof value === 'object')
        return Object.entries(value).flatMap(([k, v]) =>
          k === 'cite' ? [] : texts(v, `${path}.${k}`),
        );
      return [];
    };

    it("never states Tajikistan's 60% debt share without naming Gruzer and the smaller figure", () => {
      const sixty = texts(scenario).filter(([, text]) => text.includes('60%'));
      expect(sixty.length).toBeGreaterThan(0);
      for (const [path, text] of sixty) {
        expect(text, path).toMatch(/Gruzer/);
        expect(text, path).toMatch(/third|smaller share/);
      }
    });

    it('tells the January 2022 events in Kazakhstan with the deaths and the Russian-led CSTO troops', () => {
      const january = scenario.history.find((h) => h.date.includes('January 2022'));
      expect(january?.text).toMatch(/225 dead/);
      expect(january?.text).toMatch(/Russian-led Collective Security Treaty Organization/);
      expect(january?.disputed).toMatch(/disputed/);
    });
  });

  describe('every side has a price', () => {
    const afterVendors = (option: string) =>
      play('kazakhstan', { network: ['exim-network'], vendors: [option] }, { stopAtRound: 10 })
        .state.indicators;

    it('turning to Russian vendors moves the exposure north instead of removing it', () => {
      const russian = afterVendors('diversify-russian');
      const partners = afterVendors('diversify-partners');
      expect(russian.prcVisibility).toBeLessThan(afterVendors('stay-single').prcVisibility);
      expect(russian.dataExposure).toBeGreaterThan(partners.dataExposure);
      expect(russian.alignRussia).toBeGreaterThan(partners.alignRussia);
    });

    it('Western vendors cut what Beijing sees but raise what Western services see', () => {
      const partners = afterVendors('diversify-partners');
      const stay = afterVendors('stay-single');
      expect(partners.prcVisibility).toBeLessThan(stay.prcVisibility);
      expect(partners.westVisibility).toBeGreaterThan(stay.westVisibility);
    });
  });

  describe('the West path has decisions of its own (issue 9: no empty rounds)', () => {
    const westDecisions = ['west-keys', 'internet-governance', 'development-loan'];
    const countries = scenario.countries.map((c) => c.id);
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    const played = (strategy: StrategyName, country: string, seed: number) =>
      playThrough(scenario, { seed, countryId: country, strategy: strategyByName(strategy, seed) });
    const decided = (state: GameState) => westDecisions.filter((d) => chose(state, d).length > 0);

    it.each(countries)(
      '%s: a player who turns West decides something every year to 2023',
      (country) => {
        let loans = 0;
        for (const seed of seeds) {
          const state = played('west', country, seed);
          const rounds = new Set(state.choices.map((c) => c.round));
          const empty = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((r) => !rounds.has(r));
          expect(empty, `seed ${seed}`).toEqual([]);
          expect(roundOf(state, chose(state, 'west-keys')[0] as string)).toBe(7); // 2021
          expect(roundOf(state, chose(state, 'internet-governance')[0] as string)).toBe(8); // 2022
          // 2023: the bank's next loan, unless a Western-financed deal is in trouble; then that
          // trouble is the year's decision instead.
          const loan = chose(state, 'development-loan')[0];
          const trouble = state.choices.filter(
            (c) => c.round === 9 && c.decision.endsWith('-trouble'),
          );
          if (loan !== undefined) {
            loans++;
            expect(roundOf(state, loan)).toBe(9);
            expect(trouble, `seed ${seed}`).toEqual([]);
          } else expect(trouble.length, `seed ${seed}`).toBeGreaterThan(0);
        }
        expect(loans, 'games offered the loan').toBeGreaterThan(0);
      },
    );

    it.each(countries)(
      '%s: players who lean on Beijing, or take the first offer, never see them',
      (country) => {
        for (const strategy of ['china', 'first', 'connectivity'] as const) {
          for (const seed of seeds.slice(0, 5)) {
            expect(decided(played(strategy, country, seed)), `${strategy}, seed ${seed}`).toEqual(
              [],
            );
          }
        }
      },
    );

    const westBuilt: Plan = {
      cert: ['national-cert'],
      'content-law': ['reject-law'],
      'data-centre': ['tender-dc'],
      network: ['multilateral-network'],
    };
    const afterKeys = (option: string) =>
      play('kazakhstan', { ...westBuilt, 'west-keys': [option] }, { stopAtRound: 8 }).state
        .indicators;
    const afterLoan = (option: string) =>
      play('kazakhstan', { ...westBuilt, 'development-loan': [option] }, { stopAtRound: 10 }).state;

    it('handing the keys to Western vendors is cheap and pleases the West, but Western services see more', () => {
      const vendor = afterKeys('vendor-managed');
      const own = afterKeys('own-keys');
      expect(vendor.westVisibility).toBeGreaterThan(own.westVisibility);
      expect(vendor.dataExposure).toBeGreaterThan(own.dataExposure);
      expect(vendor.alignWest).toBeGreaterThan(own.alignWest);
      expect(own.budget).toBeLessThan(vendor.budget);
      expect(own.certMaturity).toBeGreaterThan(vendor.certMaturity);
    });

    it("the development bank's loan comes with conditions; Beijing's comes faster, with debt to China", () => {
      const conditional = afterLoan('conditional-loan');
      const exim = afterLoan('exim-broadband');
      expect(conditional.indicators.connectivity).toBeLessThan(exim.indicators.connectivity);
      expect(conditional.indicators.regimeStability).toBeLessThan(exim.indicators.regimeStability);
      expect(conditional.indicators.alignWest).toBeGreaterThan(exim.indicators.alignWest);
      expect(chinaLoans(exim).length).toBeGreaterThan(chinaLoans(conditional).length);
    });
  });

  describe('a decision every year, on every path (issue 9)', () => {
    const countries = scenario.countries.map((c) => c.id);
    const rounds = scenario.rounds.map((_, i) => i + 1);
    // Put only in a year with nothing else to decide.
    const fillers = ['data-law', 'un-false-information', 'service-contracts-2024'];
    const played = (strategy: StrategyName, country: string, seed: number) =>
      playThrough(scenario, { seed, countryId: country, strategy: strategyByName(strategy, seed) });
    const emptyRounds = (state: GameState) => {
      const decided = new Set(state.choices.map((c) => c.round));
      return rounds.filter((r) => !decided.has(r));
    };

    it.each(countries)('%s: every strategy decides something every year', (country) => {
      for (const strategy of ['first', 'connectivity', 'sovereignty', 'west', 'china'] as const) {
        for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
          expect(emptyRounds(played(strategy, country, seed)), `${strategy}, seed ${seed}`).toEqual(
            [],
          );
        }
      }
      // Random players: at most 1 game in 10 has a year without a decision.
      const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
      const gaps = seeds.filter((seed) => emptyRounds(played('random', country, seed)).length > 0);
      expect(
        gaps.length,
        `random seeds with an empty year: ${gaps.join(', ')}`,
      ).toBeLessThanOrEqual(4);
    });

    it.each(countries)('%s: a filler decision never shares its year with another', (country) => {
      let fillersSeen = 0;
      for (const strategy of ['random', 'sovereignty', 'west', 'china'] as const) {
        for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
          const state = played(strategy, country, seed);
          for (const filler of state.choices.filter((c) => fillers.includes(c.decision))) {
            fillersSeen++;
            const sameYear = state.choices.filter((c) => c.round === filler.round);
            expect(sameYear, `${strategy}, seed ${seed}`).toEqual([filler]);
          }
        }
      }
      expect(fillersSeen).toBeGreaterThan(0);
    });

    // Plays a recorded game again with one choice swapped, and stops as the next round opens.
    const swapped = (
      record: GameState,
      decision: string,
      option: string,
    ): GameState | undefined => {
      const round = record.choices.find((c) => c.decision === decision)?.round;
      if (round === undefined) return undefined;
      const session = GameSession.start(scenario, {
        seed: record.seed,
        countryId: record.countryId,
      });
      const queue = record.choices.map((c) => (c.decision === decision ? { ...c, option } : c));
      while (session.phase !== 'ended' && session.state.round <= round) {
        if (session.phase === 'reviewing') {
          session.next();
          continue;
        }
        const next = queue.shift();
        expect(next?.decision).toBe(session.state.pending[0]);
        expect(session.choose(next?.decision as string, next?.option as string)).toBe(true);
      }
      return session.state;
    };
    const findGame = (strategy: StrategyName, decision: string) => {
      for (const country of countries) {
        for (let seed = 1; seed <= 20; seed++) {
          const state = played(strategy, country, seed);
          if (state.choices.some((c) => c.decision === decision)) return state;
        }
      }
      throw new Error(`no ${strategy} game reaches ${decision}`);
    };

    it("copying Moscow's data law pleases Moscow and costs liberties; a regulator costs money and pleases the West", () => {
      const record = findGame('sovereignty', 'data-law');
      const moscow = swapped(record, 'data-law', 'russian-model-data-law')?.indicators;
      const regulator = swapped(record, 'data-law', 'independent-data-law')?.indicators;
      if (!moscow || !regulator) throw new Error('data law not reached');
      expect(moscow.alignRussia).toBeGreaterThan(regulator.alignRussia);
      expect(moscow.civilLiberties).toBeLessThan(regulator.civilLiberties);
      expect(regulator.alignWest).toBeGreaterThan(moscow.alignWest);
      expect(regulator.budget).toBeLessThan(moscow.budget);
    });

    it('renewing maintenance with Chinese firms is cheap but adds Chinese debt; splitting it costs more and exposes less', () => {
      const record = findGame('west', 'service-contracts-2024');
      const renew = swapped(record, 'service-contracts-2024', 'renew-chinese-2024');
      const split = swapped(record, 'service-contracts-2024', 'split-contracts-2024');
      if (!renew || !split) throw new Error('2024 decision not reached');
      expect(chinaLoans(renew).length).toBeGreaterThan(chinaLoans(split).length);
      expect(split.indicators.budget).toBeLessThan(renew.indicators.budget);
      expect(split.indicators.dataExposure).toBeLessThan(renew.indicators.dataExposure);
      expect(renew.indicators.alignChina).toBeGreaterThan(split.indicators.alignChina);
    });
  });

  it("gives every card its short form: decisions with advisors' voices, options, events, history", () => {
    const advisors = scenario.advisors.map((a) => a.id);
    expect(advisors.length).toBeGreaterThanOrEqual(3);
    for (const decision of scenario.decisions) {
      expect(decision.short, decision.id).toBeTruthy();
      expect(decision.voices?.length, decision.id).toBeGreaterThanOrEqual(3);
      for (const option of decision.options) {
        expect(option.headline, option.id).toBeTruthy();
        expect(option.short, option.id).toBeTruthy();
      }
    }
    for (const event of scenario.events) expect(event.headline, event.id).toBeTruthy();
    for (const entry of scenario.history) expect(entry.short, entry.title).toBeTruthy();
    const major = scenario.events.filter((e) => e.major).map((e) => e.id);
    expect(major).toEqual(expect.arrayContaining(['protests', 'data-breach', 'war-2022']));
  });
});
