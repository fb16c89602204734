// What the lab's page and its Web Workers say to each other. Plain data only (structured clone).
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { StrategySpecData } from '../../sim/strategyRules.ts';

/** Games `first`..`first + count - 1` of a batch; game i plays seed `baseSeed + i` (as `sim batch`). */
export interface LabJob {
  type: 'job';
  job: number;
  countryId: string;
  spec: StrategySpecData;
  baseSeed: number;
  first: number;
  count: number;
}

/**
 * Games played and thrown away while the lab's page is open and no run is asked yet, so that the
 * browser's compiler has optimised the game's code before the first run: played a few at a time,
 * and dropped as soon as a job arrives (the job never waits behind more than one small chunk).
 */
export interface LabWarmUp {
  type: 'warm';
  countryId: string;
  spec: StrategySpecData;
  games: number;
}

export type ToWorker =
  | { type: 'scenario'; scenario: ScenarioData }
  | LabWarmUp
  /** Stop warming up (a run started without this worker: it must not take the run's cores). */
  | { type: 'rest' }
  | LabJob;

export type FromWorker =
  | { type: 'progress'; job: number; done: number }
  | {
      type: 'done';
      job: number;
      /** Per game: the index of its ending in the scenario's list. */
      endings: Uint8Array;
      /** Per game, the final value of every indicator (INDICATOR_IDS order). */
      indicators: Float64Array;
      /** Time spent playing, for games per second per worker. */
      ms: number;
    }
  | { type: 'error'; job: number; message: string };
