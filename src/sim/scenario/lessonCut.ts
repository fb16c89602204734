// The lesson cut of a scenario, derived from the full one: the decisions its `lesson` section
// keeps, and everything else (rules, events, elections, endings, history, sources) unchanged. The
// normal engine plays it; a decision left out is one the country never faced, so conditions on it
// read as on a deal never made.
import type { ScenarioData } from './scenario.schema.ts';

export const GAME_LENGTHS = ['full', 'lesson'] as const;
export type GameLength = (typeof GAME_LENGTHS)[number];

/** A scenario as played. A cut says so, and a game started on it records its length. */
export type PlayedScenario = ScenarioData & { readonly length?: GameLength };

// One cut per scenario object: sessions cache their machine per scenario object.
const cuts = new WeakMap<ScenarioData, PlayedScenario>();

export function hasLessonCut(scenario: ScenarioData): boolean {
  return scenario.lesson !== undefined && (scenario as PlayedScenario).length !== 'lesson';
}

/** The lesson cut; throws if the scenario has none (check hasLessonCut first). */
export function lessonCut(scenario: ScenarioData): PlayedScenario {
  const { lesson, ...rest } = scenario;
  if (!lesson) throw new Error(`scenario "${scenario.id}" has no lesson cut`);
  const known = cuts.get(scenario);
  if (known) return known;
  const kept = new Set(lesson.decisions);
  const cut: PlayedScenario = {
    ...rest,
    minutes: lesson.minutes,
    decisions: scenario.decisions.filter((d) => kept.has(d.id)),
    // What really happened stays; only its link to a decision the cut leaves out goes.
    history: scenario.history.map((h) =>
      h.decision === undefined || kept.has(h.decision)
        ? h
        : { ...h, decision: undefined, chose: undefined },
    ),
    length: 'lesson',
  };
  cuts.set(scenario, cut);
  return cut;
}

/** The scenario to play at a length: the full one, or its cut (the full one when it has none). */
export function playedAt(scenario: ScenarioData, length: GameLength): PlayedScenario {
  return length === 'lesson' && hasLessonCut(scenario) ? lessonCut(scenario) : scenario;
}

export function lengthOf(scenario: PlayedScenario): GameLength {
  return scenario.length ?? 'full';
}
