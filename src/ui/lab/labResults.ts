// The results of a lab run: ending shares per strategy (chart and table, with a game to open for
// each ending), where each indicator ended (histograms and a table, one indicator at a time), any
// game by its number, and the exports.
import { specName } from '../../sim/strategyRules.ts';
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import { shareBars } from './labCharts.ts';
import { exportLab } from './labExport.ts';
import { labField } from './labField.ts';
import { indicatorsSection } from './labIndicators.ts';
import type { LabOutcome } from './labRun.ts';
import { summarise, type StrategySummary } from './labSummary.ts';
import { labTable } from './labTable.ts';

export type OpenGame = (strategy: number, game: number) => void;

const pct = (n: number, runs: number) => `${((100 * n) / runs).toFixed(1)}%`;

function endingsSection(outcome: LabOutcome, summaries: StrategySummary[], open: OpenGame) {
  const { scenario, runs } = outcome.request;
  const headingId = uid('lab-endings');
  const chart = shareBars(
    summaries.map((s) => ({
      title: s.name,
      bars: scenario.endings.map((e) => ({ label: e.title, share: (s.endings[e.id] ?? 0) / runs })),
    })),
  );
  const example = (s: StrategySummary, i: number, ending: { id: string; title: string }) => {
    const game = s.examples[ending.id];
    if (game === undefined) return null;
    const label = t('labExampleLabel', { n: game, strategy: s.name, ending: ending.title });
    return h(
      'button',
      {
        class: 'link',
        attrs: { type: 'button', 'aria-label': label },
        on: { click: () => open(i, game) },
      },
      t('labExample', { n: game }),
    );
  };
  const table = labTable(
    { labelledBy: headingId },
    [t('labStrategy'), ...scenario.endings.map((e) => e.title)],
    summaries.map((s, i) => [
      s.name,
      ...scenario.endings.map((e) => {
        const count = s.endings[e.id] ?? 0;
        return h('span', {}, `${pct(count, runs)} (${count})`, example(s, i, e));
      }),
    ]),
  );
  return h(
    'section',
    { attrs: { 'aria-labelledby': headingId } },
    h('h3', { id: headingId }, t('labEndings')),
    chart as unknown as Node,
    table,
  );
}

function openAnyGame(outcome: LabOutcome, summaries: StrategySummary[], open: OpenGame) {
  const max = outcome.request.runs - 1;
  const strategy = h(
    'select',
    {},
    ...summaries.map((s, i) => h('option', { attrs: { value: String(i) } }, s.name)),
  );
  const game = h('input', {
    attrs: { type: 'number', min: '0', max: String(max), step: '1', value: '0' },
  });
  return h(
    'form',
    {
      class: 'lab-open',
      on: {
        submit: (event) => {
          event.preventDefault();
          const n = Math.trunc(Number(game.value));
          if (n >= 0 && n <= max) open(Number(strategy.value), n);
        },
      },
    },
    h('h3', {}, t('labOpenGame')),
    labField(t('labStrategy'), strategy),
    labField(t('labGameNumber', { max }), game),
    h('button', { attrs: { type: 'submit' } }, t('labOpen')),
  );
}

export function labResults(outcome: LabOutcome, open: OpenGame): HTMLElement {
  const summaries = outcome.strategies.map((games) =>
    summarise(outcome.request.scenario, specName(games.spec), games),
  );
  return h(
    'section',
    { class: 'lab-results', attrs: { 'aria-labelledby': 'lab-results' } },
    h('h2', { id: 'lab-results', attrs: { tabindex: '-1' } }, t('labResults')),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { attrs: { type: 'button' }, on: { click: () => exportLab(outcome, 'csv') } },
        t('labExportCsv'),
      ),
      h(
        'button',
        { attrs: { type: 'button' }, on: { click: () => exportLab(outcome, 'json') } },
        t('labExportJson'),
      ),
    ),
    endingsSection(outcome, summaries, open),
    indicatorsSection(outcome, summaries),
    openAnyGame(outcome, summaries, open),
  );
}
