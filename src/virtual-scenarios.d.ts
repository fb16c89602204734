// Types of the build-time scenario module (see scripts/viteScenarios.ts).
declare module 'virtual:scenarios' {
  import type { ScenarioData } from './sim/scenario/scenario.schema.ts';

  export interface ScenarioCard {
    id: string;
    title: string;
    region: string;
    years: { start: number; end: number };
    minutes: number;
    /** The lesson cut's estimated minutes; null when the scenario has no lesson cut. */
    lessonMinutes: number | null;
    rounds: string[];
    summary: string;
    objectives: string[];
    countries: { id: string; name: string; summary: string }[];
    file: string;
  }
  export const scenarioCards: ScenarioCard[];
  export const scenarioLoaders: Record<string, () => Promise<ScenarioData>>;
}
