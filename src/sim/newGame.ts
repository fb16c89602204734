// The state a game starts from: the chosen country's starting position and a seeded generator.
import { INDICATOR_IDS, INDICATORS, clampIndicator, type Indicators } from './indicators.ts';
import { startingLoans } from './debt.ts';
import { seedRng } from './rng.ts';
import { lengthOf, type PlayedScenario } from './scenario/lessonCut.ts';
import type { CountryData, ScenarioData } from './scenario/scenario.schema.ts';
import type { GameState } from './state.ts';

export class UnknownCountryError extends Error {}

/** The country to play: the one named, or the scenario's first. Throws for an unknown id. */
export function resolveCountry(scenario: ScenarioData, countryId?: string): CountryData {
  const country = countryId
    ? scenario.countries.find((c) => c.id === countryId)
    : scenario.countries[0];
  if (!country) {
    const known = scenario.countries.map((c) => c.id).join(', ');
    throw new UnknownCountryError(
      `No country "${countryId}" in scenario "${scenario.id}" (known: ${known}).`,
    );
  }
  return country;
}

export function newGameState(
  scenario: PlayedScenario,
  options: { seed: number; countryId?: string },
): GameState {
  const country = resolveCountry(scenario, options.countryId);
  const loans = startingLoans(country.start.debt.pctGdp, country.start.debt.chinaSharePct);
  const indicators = Object.fromEntries(
    INDICATOR_IDS.map((id) => {
      const { min, max } = INDICATORS[id];
      return [id, clampIndicator(id, country.start.indicators[id] ?? (min + max) / 2)];
    }),
  ) as Indicators;
  indicators.publicDebt = clampIndicator('publicDebt', country.start.debt.pctGdp);
  indicators.chinaDebtShare = clampIndicator('chinaDebtShare', country.start.debt.chinaSharePct);
  return {
    format: 'dsr-state/1',
    scenarioId: scenario.id,
    countryId: country.id,
    seed: options.seed,
    // Only a lesson cut says so: full games (and saves from before cuts existed) have no length.
    ...(lengthOf(scenario) === 'lesson' ? { length: 'lesson' as const } : {}),
    rng: seedRng(options.seed),
    round: 1,
    indicators,
    loans,
    flags: [],
    deals: {},
    pending: [],
    choices: [],
    delayed: [],
    fired: {},
    inputs: [],
    elections: Object.fromEntries(
      scenario.elections.map((e) => [
        e.id,
        { round: e.round, result: 'pending' as const, postponed: 0 },
      ]),
    ),
    log: [],
    history: [{ ...indicators }],
    ending: null,
  };
}
