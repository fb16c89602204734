// Types of the build-time scenario module (see scripts/viteScenarios.ts).
declare module 'virtual:scenarios' {
  import type { ScenarioData } from './sim/scenario/scenario.schema.ts';

  export interface ScenarioCard {
    id: string;
    title: string;
    region: string;
    years: { start: number; end: number };
    minutes: number;
    rounds: string[];
    summary: string;
    objectives: string[];
    countries: { id: string; name: string; summary: string }[];
    file: string;
  }
  export const scenarioCards: ScenarioCard[];
  export const scenarioLoaders: Record<string, () => Promise<ScenarioData>>;
}
