// The facilitator's setup as plain data (scenario, teams and their countries, shared seed, round
// timer) and the checks it must pass before a workshop starts. No DOM: unit-tested in Node.
import { MAX_SEED } from '../../sim/rng.ts';
import { t } from '../messages.ts';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 6;
export const MAX_TEAM_NAME = 40;
export const MAX_TIMER_MINUTES = 120;
export const DEFAULT_TIMER_MINUTES = 10;

export interface TeamPlan {
  name: string;
  countryId: string;
}

export interface WorkshopPlan {
  scenarioId: string;
  seed: number;
  teams: TeamPlan[];
  /** Null when the facilitator runs without a timer. */
  timerMinutes: number | null;
}

/** What the setup form holds: text as typed, checked only when the facilitator presses Start. */
export interface PlanDraft {
  scenarioId: string;
  seedText: string;
  teams: TeamPlan[];
  timerOn: boolean;
  minutesText: string;
}

/** A problem with one field; `field` is the id of the input it belongs to. */
export interface PlanProblem {
  field: string;
  message: string;
}

export interface ScenarioChoice {
  id: string;
  countries: readonly { id: string }[];
}

export const teamFieldId = (i: number, part: 'name' | 'country') => `ws-team-${i}-${part}`;

export function defaultTeamName(i: number): string {
  return t('wsDefaultTeam', { letter: String.fromCharCode(65 + i) });
}

export function newDraft(scenario: ScenarioChoice, seed: number, teamCount = 3): PlanDraft {
  const countryId = scenario.countries[0]?.id ?? '';
  return {
    scenarioId: scenario.id,
    seedText: String(seed),
    teams: Array.from({ length: teamCount }, (_, i) => ({ name: defaultTeamName(i), countryId })),
    timerOn: true,
    minutesText: String(DEFAULT_TIMER_MINUTES),
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

export function checkPlan(
  draft: PlanDraft,
  scenarios: readonly ScenarioChoice[],
): { plan: WorkshopPlan; problems: [] } | { plan: null; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const scenario = scenarios.find((s) => s.id === draft.scenarioId);
  if (!scenario) problems.push({ field: 'ws-scenario', message: t('wsProblemScenario') });
  if (draft.teams.length < MIN_TEAMS || draft.teams.length > MAX_TEAMS)
    problems.push({
      field: 'ws-add-team',
      message: t('wsProblemTeamCount', { min: MIN_TEAMS, max: MAX_TEAMS }),
    });
  const seen = new Set<string>();
  draft.teams.forEach((team, i) => {
    const name = team.name.trim();
    const field = teamFieldId(i, 'name');
    if (!name) problems.push({ field, message: t('wsProblemNameEmpty', { n: i + 1 }) });
    else if (name.length > MAX_TEAM_NAME)
      problems.push({ field, message: t('wsProblemNameLong', { n: i + 1, max: MAX_TEAM_NAME }) });
    // Teams are told apart by name on the projector and in the exports.
    else if (seen.has(name.toLowerCase()))
      problems.push({ field, message: t('wsProblemNameTwice', { name }) });
    seen.add(name.toLowerCase());
    if (scenario && !scenario.countries.some((c) => c.id === team.countryId))
      problems.push({ field: teamFieldId(i, 'country'), message: t('wsProblemCountry', { name }) });
  });
  const seed = wholeNumber(draft.seedText, 0, MAX_SEED);
  if (seed === null) problems.push({ field: 'ws-seed', message: t('wsProblemSeed') });
  const minutes = draft.timerOn ? wholeNumber(draft.minutesText, 1, MAX_TIMER_MINUTES) : null;
  if (draft.timerOn && minutes === null)
    problems.push({
      field: 'ws-minutes',
      message: t('wsProblemMinutes', { max: MAX_TIMER_MINUTES }),
    });
  if (problems.length > 0 || seed === null) return { plan: null, problems };
  return {
    plan: {
      scenarioId: draft.scenarioId,
      seed,
      teams: draft.teams.map((team) => ({ name: team.name.trim(), countryId: team.countryId })),
      timerMinutes: minutes,
    },
    problems: [],
  };
}

/** The time the rounds take, said at setup: 10-minute rounds make 80-100 minutes before the hot wash. */
export function plannedTime(rounds: number, minutes: number | null): string {
  return minutes === null
    ? t('wsPlannedNoTimer', { rounds })
    : t('wsPlanned', { rounds, minutes, total: rounds * minutes });
}
