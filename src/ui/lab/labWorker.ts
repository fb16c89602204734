// A Web Worker of the strategy lab: plays the games of each job it is sent (labJob.ts) and sends
// back compact results, with progress on the way.
import { setAutoFreeze } from 'immer';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { playJob } from './labJob.ts';
import type { FromWorker, LabWarmUp, ToWorker } from './labProtocol.ts';

// As in `sim batch`: frozen states guard interactive play; a batch only reads its results.
setAutoFreeze(false);

/** Progress is reported this often (in games): often enough for a smooth bar, cheap to send. */
const REPORT_EVERY = 100;

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

/** Games per warm-up chunk: a job that arrives meanwhile waits for at most this many. */
const WARM_CHUNK = 20;

let scenario: ScenarioData | null = null;
/** The warm-up under way, if any: a job or a new scenario stops it. */
let warming: ReturnType<typeof setTimeout> | null = null;

function stopWarming(): void {
  if (warming !== null) clearTimeout(warming);
  warming = null;
}

function warm(message: LabWarmUp, played = 0): void {
  warming = null;
  if (!scenario || played >= message.games) return;
  const count = Math.min(WARM_CHUNK, message.games - played);
  // Seeds far from any a user types, results dropped: only the compiler's work is kept.
  playJob({ ...message, baseSeed: 2_000_000_000, first: played, count }, scenario);
  warming = setTimeout(() => warm(message, played + count), 0);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  stopWarming();
  if (message.type === 'scenario') {
    scenario = message.scenario;
    return;
  }
  if (message.type === 'rest') return;
  if (message.type === 'warm') {
    warm(message);
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
