// Runs a lab batch on a pool of Web Workers (one per core by default): the games of every strategy
// are cut into jobs, each idle worker takes the next, and the results land in place by game number,
// so they do not depend on which worker played what. Cancel stops every worker at once.
import { INDICATOR_IDS } from '../../sim/indicators.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import type { StrategySpecData } from '../../sim/strategyRules.ts';
import type { FromWorker, LabJob, ToWorker } from './labProtocol.ts';

export interface LabRequest {
  scenario: ScenarioData;
  countryId: string;
  specs: readonly StrategySpecData[];
  runs: number;
  seed: number;
  workers: number;
}

/** One strategy's games: game i played seed `seed + i`. */
export interface StrategyGames {
  spec: StrategySpecData;
  endings: Uint8Array;
  indicators: Float64Array;
}

export interface LabOutcome {
  request: LabRequest;
  strategies: StrategyGames[];
  /** Wall clock of the whole run, and the time the workers spent playing (summed). */
  wallMs: number;
  playMs: number;
}

export interface LabRunHandle {
  /** The outcome, or null when cancelled. */
  done: Promise<LabOutcome>;
  cancel(): void;
}

export class LabCancelled extends Error {}

/**
 * Workers that finished a run, kept for the next run of the page: a fresh worker starts with its
 * code unoptimised and plays its first thousand games or so at a fraction of its speed (the
 * browser's compiler warms up as it plays), so a second run on the same workers plays at full
 * speed. A cancelled or failed run's workers are stopped, not kept; releaseLabWorkers() stops the
 * kept ones (the lab's page does so when it is left).
 */
const idle: Worker[] = [];

function takeWorker(): Worker {
  return idle.pop() ?? new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module' });
}

/** Games each worker plays to warm up: about what its compiler needs to reach full speed. */
export const WARM_UP_GAMES = 1000;

/**
 * Starts `count` workers as the lab opens and has them play games to be thrown away (in small
 * chunks, off the page's thread), so the user's first run starts on optimised code. They wait
 * with the kept workers: a run takes them at once, and its first job stops their warm-up.
 */
export function warmLabWorkers(scenario: ScenarioData, countryId: string, count: number): void {
  for (let i = idle.length; i < count; i++) {
    const worker = new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module' });
    worker.postMessage({ type: 'scenario', scenario } satisfies ToWorker);
    worker.postMessage({
      type: 'warm',
      countryId,
      spec: { builtin: 'random' },
      games: WARM_UP_GAMES,
    } satisfies ToWorker);
    idle.push(worker);
  }
}

/** Stops the workers kept between runs (and any warm-up they are playing). */
export function releaseLabWorkers(): void {
  for (const worker of idle.splice(0)) worker.terminate();
}

interface Slice {
  strategy: number;
  first: number;
  count: number;
}

/** Small enough that the last jobs end together, large enough that messages stay cheap. */
function slices(request: LabRequest): Slice[] {
  const size = Math.min(5000, Math.max(50, Math.ceil(request.runs / (request.workers * 4))));
  const all: Slice[] = [];
  request.specs.forEach((_, strategy) => {
    for (let first = 0; first < request.runs; first += size)
      all.push({ strategy, first, count: Math.min(size, request.runs - first) });
  });
  return all;
}

export function runLab(
  request: LabRequest,
  onProgress: (done: number, total: number) => void,
): LabRunHandle {
  const jobs = slices(request);
  const total = request.specs.length * request.runs;
  const doneOf = new Array<number>(jobs.length).fill(0);
  const strategies: StrategyGames[] = request.specs.map((spec) => ({
    spec,
    endings: new Uint8Array(request.runs),
    indicators: new Float64Array(request.runs * INDICATOR_IDS.length),
  }));
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;
  let playMs = 0;
  const started = performance.now();
  let settle: { resolve: (o: LabOutcome) => void; reject: (e: Error) => void } | null = null;
  const done = new Promise<LabOutcome>((resolve, reject) => (settle = { resolve, reject }));
  /** Set once the run has ended: its workers are then stopped or kept, and cancel does nothing. */
  let over = false;
  const stop = () => {
    over = true;
    workers.forEach((w) => w.terminate());
  };
  /** After the last job every worker is idle (no job, no message on its way): keep them. */
  const keep = () => {
    over = true;
    for (const w of workers) {
      w.onmessage = null;
      w.onerror = null;
      idle.push(w);
    }
  };

  const give = (worker: Worker) => {
    const slice = jobs[next];
    if (!slice) return;
    const job: LabJob = {
      type: 'job',
      job: next++,
      countryId: request.countryId,
      spec: request.specs[slice.strategy] as StrategySpecData,
      baseSeed: request.seed,
      first: slice.first,
      count: slice.count,
    };
    worker.postMessage(job);
  };

  const receive = (worker: Worker, message: FromWorker) => {
    if (message.type === 'error') {
      stop();
      settle?.reject(new Error(message.message));
      return;
    }
    const slice = jobs[message.job] as Slice;
    if (message.type === 'progress') doneOf[message.job] = message.done;
    else {
      doneOf[message.job] = slice.count;
      const target = strategies[slice.strategy] as StrategyGames;
      target.endings.set(message.endings, slice.first);
      target.indicators.set(message.indicators, slice.first * INDICATOR_IDS.length);
      playMs += message.ms;
      finished += 1;
      give(worker);
    }
    onProgress(
      doneOf.reduce((a, b) => a + b, 0),
      total,
    );
    if (finished === jobs.length) {
      keep();
      settle?.resolve({ request, strategies, wallMs: performance.now() - started, playMs });
    }
  };

  for (let i = 0; i < Math.min(request.workers, jobs.length); i++) {
    const worker = takeWorker();
    worker.onmessage = (event: MessageEvent<FromWorker>) => receive(worker, event.data);
    worker.onerror = (event) => {
      stop();
      settle?.reject(new Error(event.message || 'a worker failed'));
    };
    worker.postMessage({ type: 'scenario', scenario: request.scenario });
    workers.push(worker);
    give(worker);
  }
  // Kept workers this run does not use stop any warm-up, leaving the cores to the run.
  for (const worker of idle) worker.postMessage({ type: 'rest' } satisfies ToWorker);
  return {
    done,
    cancel: () => {
      if (over) return;
      stop();
      settle?.reject(new LabCancelled());
    },
  };
}
