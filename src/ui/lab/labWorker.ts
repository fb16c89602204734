// A Web Worker of the strategy lab: plays the games of each job it is sent (labJob.ts) and sends
// back compact results, with progress on the way.
import { setAutoFreeze } from 'immer';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { playJob } from './labJob.ts';
import type { FromWorker, ToWorker } from './labProtocol.ts';

// As in `sim batch`: frozen states guard interactive play; a batch only reads its results.
setAutoFreeze(false);

/** Progress is reported this often (in games): often enough for a smooth bar, cheap to send. */
const REPORT_EVERY = 100;

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

let scenario: ScenarioData | null = null;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'scenario') {
    scenario = message.scenario;
    return;
  }
  try {
    if (!scenario) throw new Error('no scenario sent before the job');
    const started = performance.now();
    const { endings, indicators } = playJob(message, scenario, (done) => {
      if (done % REPORT_EVERY === 0) post({ type: 'progress', job: message.job, done });
    });
    const ms = performance.now() - started;
    post({ type: 'done', job: message.job, endings, indicators, ms }, [
      endings.buffer,
      indicators.buffer,
    ]);
  } catch (error) {
    post({ type: 'error', job: message.job, message: (error as Error).message });
  }
};
