// A Web Worker of the strategy lab: plays the games of each job it is sent, exactly as the
// command-line batch plays them (same seeds, same strategies), and sends back compact results.
import { setAutoFreeze } from 'immer';
import { INDICATOR_IDS } from '../../sim/indicators.ts';
import { playThrough } from '../../sim/playthrough.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { strategyFromSpec } from '../../sim/strategyRules.ts';
import type { FromWorker, LabJob, ToWorker } from './labProtocol.ts';

// As in `sim batch`: frozen states guard interactive play; a batch only reads its results.
setAutoFreeze(false);

/** Progress is reported this often (in games): often enough for a smooth bar, cheap to send. */
const REPORT_EVERY = 100;

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

let scenario: ScenarioData | null = null;

function run(job: LabJob, data: ScenarioData): void {
  const endings = new Uint8Array(job.count);
  const indicators = new Float64Array(job.count * INDICATOR_IDS.length);
  const endingIndex = new Map(data.endings.map((e, i) => [e.id, i]));
  const started = performance.now();
  for (let i = 0; i < job.count; i++) {
    const seed = job.baseSeed + job.first + i;
    const state = playThrough(data, {
      seed,
      countryId: job.countryId,
      strategy: strategyFromSpec(job.spec, seed),
    });
    endings[i] = endingIndex.get(state.ending as string) ?? 255;
    INDICATOR_IDS.forEach((id, k) => {
      indicators[i * INDICATOR_IDS.length + k] = state.indicators[id];
    });
    if ((i + 1) % REPORT_EVERY === 0) post({ type: 'progress', job: job.job, done: i + 1 });
  }
  const ms = performance.now() - started;
  post({ type: 'done', job: job.job, endings, indicators, ms }, [
    endings.buffer,
    indicators.buffer,
  ]);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'scenario') {
    scenario = message.scenario;
    return;
  }
  try {
    if (!scenario) throw new Error('no scenario sent before the job');
    run(message, scenario);
  } catch (error) {
    post({ type: 'error', job: message.job, message: (error as Error).message });
  }
};
