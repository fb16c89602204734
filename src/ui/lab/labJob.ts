// Plays one job of a lab run: games `first`..`first + count - 1`, game i on seed `baseSeed + i`
// with its strategy derived from that seed, exactly as `sim batch` plays them. No DOM: the worker
// runs it, and the unit tests run it in Node against the command line's figures.
import { INDICATOR_IDS } from '../../sim/indicators.ts';
import { playThrough } from '../../sim/playthrough.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { strategyFromSpec } from '../../sim/strategyRules.ts';
import type { LabJob } from './labProtocol.ts';

export interface JobGames {
  /** Per game: the index of its ending in the scenario's list (255: none). */
  endings: Uint8Array;
  /** Per game, the final value of every indicator (INDICATOR_IDS order). */
  indicators: Float64Array;
}

export function playJob(
  job: Omit<LabJob, 'type' | 'job'>,
  scenario: ScenarioData,
  onGame: (done: number) => void = () => undefined,
): JobGames {
  const endings = new Uint8Array(job.count);
  const indicators = new Float64Array(job.count * INDICATOR_IDS.length);
  const endingIndex = new Map(scenario.endings.map((e, i) => [e.id, i]));
  for (let i = 0; i < job.count; i++) {
    const seed = job.baseSeed + job.first + i;
    const state = playThrough(scenario, {
      seed,
      countryId: job.countryId,
      strategy: strategyFromSpec(job.spec, seed),
    });
    endings[i] = endingIndex.get(state.ending as string) ?? 255;
    INDICATOR_IDS.forEach((id, k) => {
      indicators[i * INDICATOR_IDS.length + k] = state.indicators[id];
    });
    onGame(i + 1);
  }
  return { endings, indicators };
}
