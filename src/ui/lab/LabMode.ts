// The strategy lab at #/lab: pick a scenario, a country and strategies (built-in or composed), run
// thousands of games on every core, compare how they end, and open any game step by step.
import type { Mode, ModeContext } from '../../app/modes.ts';
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { h, replaceChildren } from '../dom.ts';
import { labField } from './labField.ts';
import { t } from '../messages.ts';
import { labProgress } from './labProgress.ts';
import { labReplay, type LabReplay } from './labReplay.ts';
import { labResults } from './labResults.ts';
import {
  LabCancelled,
  releaseLabWorkers,
  runLab,
  type LabOutcome,
  type LabRunHandle,
  warmLabWorkers,
} from './labRun.ts';
import { strategyPicker } from './strategyPicker.ts';
import './lab.css';

const MIN_RUNS = 1000;
const MAX_RUNS = 100_000;

function numberInput(value: number, min: number, max?: number): HTMLInputElement {
  const input = h('input', {
    attrs: {
      type: 'number',
      min: String(min),
      max: max === undefined ? undefined : String(max),
      step: '1',
    },
  });
  input.value = String(value);
  return input;
}

export function labMode(ctx: ModeContext): Mode {
  const cores = Math.max(1, navigator.hardwareConcurrency || 1);
  const scenarioPick = h(
    'select',
    {},
    ...ctx.cards.map((c) => h('option', { attrs: { value: c.id } }, c.title)),
  );
  const countryPick = h('select');
  const fillCountries = () => {
    const card = ctx.cards.find((c) => c.id === scenarioPick.value);
    replaceChildren(
      countryPick,
      ...(card?.countries ?? []).map((c) => h('option', { attrs: { value: c.id } }, c.name)),
    );
  };
  scenarioPick.addEventListener('change', fillCountries);
  fillCountries();
  const runs = numberInput(10_000, MIN_RUNS, MAX_RUNS);
  const seed = numberInput(1, 0);
  const workers = numberInput(cores, 1, 64);
  const strategies = strategyPicker();

  const problem = h('p', { class: 'lab-problem', attrs: { role: 'alert' } });
  const progress = labProgress(ctx.announcer);
  const runButton = h('button', { class: 'primary', attrs: { type: 'submit' } }, t('labRun'));
  const cancelButton = h('button', { attrs: { type: 'button', disabled: '' } }, t('labCancel'));
  const results = h('div', { class: 'lab-results-box' });
  const page = h('div', { class: 'lab-page' });
  let running: LabRunHandle | null = null;
  let replaying: LabReplay | null = null;
  let scenario: ScenarioData | null = null;

  const run = async () => {
    problem.textContent = '';
    const n = Number(runs.value);
    const first = Number(seed.value);
    const chosen = strategies.read();
    if (!Number.isInteger(n) || n < MIN_RUNS || n > MAX_RUNS)
      return void (problem.textContent = t('labBadRuns'));
    if (!Number.isInteger(first) || first < 0) return void (problem.textContent = t('labBadSeed'));
    if (typeof chosen === 'string') return void (problem.textContent = chosen);
    if (chosen.length === 0) return void (problem.textContent = t('labNothing'));
    scenario = await ctx.loadScenario(scenarioPick.value);
    const request = {
      scenario,
      countryId: countryPick.value,
      specs: chosen,
      runs: n,
      seed: first,
      workers: Math.max(1, Math.min(64, Math.trunc(Number(workers.value)) || cores)),
    };
    runButton.disabled = true;
    cancelButton.disabled = false;
    progress.start(n * chosen.length);
    running = runLab(request, (done, total) => progress.update(done, total));
    try {
      const outcome = await running.done;
      progress.finish(outcome);
      show(outcome);
    } catch (error) {
      progress.stop(
        error instanceof LabCancelled
          ? t('labCancelled')
          : t('labFailed', { reason: (error as Error).message }),
      );
    } finally {
      running = null;
      runButton.disabled = false;
      cancelButton.disabled = true;
    }
  };
  cancelButton.addEventListener('click', () => running?.cancel());

  const show = (outcome: LabOutcome) => {
    replaceChildren(
      results,
      labResults(outcome, (strategy, game) => void open(outcome, strategy, game)),
    );
  };

  const open = async (outcome: LabOutcome, strategy: number, game: number) => {
    const { scenario: data, countryId, seed: base } = outcome.request;
    const spec = outcome.strategies[strategy]?.spec;
    if (!spec) return;
    const view = await labReplay(
      { scenario: data, countryId, spec, seed: base, game },
      ctx.announcer,
      () => {
        view.destroy();
        replaying = null;
        replaceChildren(element, page);
        results.querySelector<HTMLElement>('h2')?.focus();
      },
    );
    replaying = view;
    replaceChildren(element, view.element);
    view.element.querySelector<HTMLElement>('h2')?.focus();
  };

  const form = h(
    'form',
    {
      class: 'lab-form',
      // The lab explains a refused run in its own words (an alert), not the browser's tooltip.
      attrs: { novalidate: '' },
      on: {
        submit: (event) => {
          event.preventDefault();
          void run();
        },
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, t('labSetup')),
      labField(t('labScenario'), scenarioPick),
      labField(t('labCountry'), countryPick),
      labField(t('labRuns'), runs),
      labField(t('labSeed'), seed),
      labField(t('labWorkers', { n: cores }), workers),
    ),
    ...strategies.element,
    problem,
    h('div', { class: 'actions' }, runButton, cancelButton),
    progress.element,
  );

  replaceChildren(
    page,
    h('h1', { attrs: { tabindex: '-1' } }, t('labTitle')),
    h('p', {}, t('labIntro')),
    h(
      'p',
      {},
      h(
        'button',
        { class: 'link', attrs: { type: 'button' }, on: { click: ctx.home } },
        t('labBack'),
      ),
    ),
    form,
    results,
  );
  const element = h('section', { class: 'lab' }, page);
  // While the user picks strategies, the workers warm up off this thread on games thrown away, so
  // the first run is played on optimised code (labRun.ts); leaving the lab stops them.
  let left = false;
  void ctx
    .loadScenario(scenarioPick.value)
    .then((data) => {
      if (!left && !running) warmLabWorkers(data, countryPick.value, cores);
    })
    .catch(() => undefined);
  return {
    element,
    destroy() {
      left = true;
      running?.cancel();
      releaseLabWorkers();
      replaying?.destroy();
    },
  };
}
