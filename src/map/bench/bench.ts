// Bench and screenshot page (built only by scripts/benchMap.ts): plays a scenario with a map,
// feeding each new state to the map, and measures frames per second beside an empty Phaser game.
//   ?mode=bench (default)      map for ~5 s while consequences land, then the empty game
//   ?mode=shot&steps=N         plays N steps, then stops so a screenshot can be taken
//   &reduced=1                 reduced motion; &still=1 no new consequences while measuring
//   &spotlight=<place id>      (shot) spotlights a place; &wait=<s> before the screenshot
//   &scenario=<id>             picks the scenario; &renderer=auto|webgl|canvas
import { scenarioLoaders } from 'virtual:scenarios';
import { buildMapModel } from '../mapModel.ts';
import { mountMap, type MapHandle } from '../mountMap.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { GameSession } from '../../sim/session.ts';

interface BenchResult {
  renderer: string;
  mapFps: number;
  emptyFps: number;
  mapSamples: number[];
  emptySamples: number[];
  steps: number;
}

declare global {
  interface Window {
    __bench?: BenchResult;
    __shot?: { steps: number; lines: string[] };
    __error?: string;
  }
}

const params = new URLSearchParams(location.search);
const container = document.getElementById('map') as HTMLElement;

async function pickScenario(): Promise<ScenarioData> {
  const wanted = params.get('scenario');
  const ids = wanted ? [wanted] : ['solomon-islands', ...Object.keys(scenarioLoaders)];
  for (const id of ids) {
    const scenario = await scenarioLoaders[id]?.();
    if (scenario?.map) return scenario;
  }
  throw new Error('no scenario with a map');
}

/** One step of play: every pending decision takes its first open option that is on the map. */
function step(session: GameSession): void {
  if (session.phase === 'deciding') {
    for (const decision of [...session.state.pending]) {
      const options = session.scenario.decisions.find((d) => d.id === decision)?.options ?? [];
      const open = options.filter((o) => session.optionStatus(decision, o.id).available);
      const pick = open.find((o) => o.map) ?? open[0];
      if (pick) session.choose(decision, pick.id);
    }
  } else if (session.phase === 'reviewing') {
    session.next();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Frames per second in one-second windows, counted by the page's own animation frames. */
function measure(seconds: number, everySecond: () => void = () => undefined): Promise<number[]> {
  return new Promise((resolve) => {
    const samples: number[] = [];
    let frames = 0;
    let windowStart = performance.now();
    const tick = (now: number) => {
      frames++;
      if (now - windowStart >= 1000) {
        samples.push((frames * 1000) / (now - windowStart));
        frames = 0;
        windowStart = now;
        everySecond();
      }
      if (samples.length < seconds) requestAnimationFrame(tick);
      else resolve(samples);
    };
    requestAnimationFrame(tick);
  });
}

async function main(): Promise<void> {
  const scenario = await pickScenario();
  const reducedMotion = params.get('reduced') === '1';
  const countryId = params.get('country') ?? undefined;
  let session = GameSession.start(scenario, { seed: 7, countryId });
  const choice = (params.get('renderer') ?? 'auto') as 'auto' | 'webgl' | 'canvas';
  const map: MapHandle = await mountMap(container, scenario, {
    reducedMotion,
    renderer: choice,
    countryId,
  });
  const show = () => map.update(buildMapModel(scenario, session.state));
  show();
  let steps = 0;
  const advance = () => {
    if (session.phase === 'ended')
      session = GameSession.start(scenario, { seed: 7 + steps, countryId });
    step(session);
    steps++;
    show();
  };
  if (params.get('mode') === 'shot') {
    const target = Number(params.get('steps') ?? 6);
    while (steps < target) advance();
    const spotlight = params.get('spotlight');
    if (spotlight) {
      await measure(1);
      map.spotlight(spotlight);
    }
    await measure(Number(params.get('wait') ?? 2));
    const lines = [...container.querySelectorAll('.map-description li')].map(
      (li) => li.textContent ?? '',
    );
    const c = container.querySelector('canvas');
    const st = container.querySelector('.map-stage') as HTMLElement;
    lines.push(
      `canvas ${c?.width}x${c?.height} css ${c?.style.width}x${c?.style.height}; stage ${st.clientWidth}x${st.clientHeight}; container ${container.clientWidth}x${container.clientHeight}`,
    );
    window.__shot = { steps, lines };
    return;
  }
  await measure(1);
  // A canvas hands back only the kind of context it already has.
  const canvas = container.querySelector('canvas');
  const renderer = canvas?.getContext('2d') ? 'Canvas' : 'WebGL';
  const mapSamples = await measure(5, params.get('still') === '1' ? undefined : advance);
  map.destroy();
  const { createEmptyGame } = await import('./EmptyScene.ts');
  const empty = createEmptyGame(container, renderer);
  await measure(1);
  const emptySamples = await measure(5);
  empty.destroy(true);
  window.__bench = {
    renderer,
    mapFps: median(mapSamples),
    emptyFps: median(emptySamples),
    mapSamples,
    emptySamples,
    steps,
  };
}

main().catch((error: unknown) => {
  window.__error = String(error instanceof Error ? (error.stack ?? error.message) : error);
});
