// The results of a lab run: ending shares per strategy (chart and table, with a game to open for
// each ending), where each indicator ended (histograms and a table, one indicator at a time), any
// game by its number, and the exports.
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import { specName } from '../../sim/strategyRules.ts';
import { h, replaceChildren, uid } from '../dom.ts';
import { labField } from './labField.ts';
import { t } from '../messages.ts';
import { histogramChart, shareBars } from './labCharts.ts';
import { exportLab } from './labExport.ts';
import type { LabOutcome } from './labRun.ts';
import { histogram, summarise, type StrategySummary } from './labSummary.ts';

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
  const table = h(
    'table',
    { class: 'lab-table', attrs: { 'aria-labelledby': headingId } },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, t('labStrategy')),
        ...scenario.endings.map((e) => h('th', { attrs: { scope: 'col' } }, e.title)),
      ),
    ),
    h(
      'tbody',
      {},
      ...summaries.map((s, i) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, s.name),
          ...scenario.endings.map((e) => {
            const count = s.endings[e.id] ?? 0;
            const example = s.examples[e.id];
            return h(
              'td',
              {},
              `${pct(count, runs)} (${count})`,
              example === undefined
                ? null
                : h(
                    'button',
                    {
                      class: 'link',
                      attrs: {
                        type: 'button',
                        'aria-label': t('labExampleLabel', {
                          n: example,
                          strategy: s.name,
                          ending: e.title,
                        }),
                      },
                      on: { click: () => open(i, example) },
                    },
                    t('labExample', { n: example }),
                  ),
            );
          }),
        ),
      ),
    ),
  );
  return h(
    'section',
    { attrs: { 'aria-labelledby': headingId } },
    h('h3', { id: headingId }, t('labEndings')),
    chart as unknown as Node,
    h('div', { class: 'lab-scroll' }, table),
  );
}

function indicatorView(outcome: LabOutcome, summaries: StrategySummary[], id: IndicatorId) {
  const { runs } = outcome.request;
  const bins = outcome.strategies.map((games) => histogram(games, id));
  const charts = h(
    'div',
    { class: 'lab-hists' },
    ...bins.map((b, i) => histogramChart(summaries[i]?.name ?? '', b) as unknown as Node),
  );
  const stats = h(
    'table',
    { class: 'lab-table' },
    h('caption', {}, INDICATORS[id].label),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[t('labStrategy'), t('labMean'), t('labSd'), t('labMin'), t('labMax')].map((c) =>
          h('th', { attrs: { scope: 'col' } }, c),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...summaries.map((s) => {
        const v = s.indicators[id];
        return h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, s.name),
          h('td', {}, v.mean),
          h('td', {}, v.sd),
          h('td', {}, v.min),
          h('td', {}, v.max),
        );
      }),
    ),
  );
  const spreadTable = h(
    'table',
    { class: 'lab-table' },
    h('caption', {}, t('labGamesIn', { runs })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, t('labStrategy')),
        ...(bins[0] ?? []).map((b) =>
          h('th', { attrs: { scope: 'col' } }, t('labRange', { from: b.from, to: b.to })),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...bins.map((b, i) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, summaries[i]?.name ?? ''),
          ...b.map((bin) => h('td', {}, bin.count)),
        ),
      ),
    ),
  );
  return [
    charts,
    h('div', { class: 'lab-scroll' }, stats),
    h('div', { class: 'lab-scroll' }, spreadTable),
  ];
}

function indicatorsSection(outcome: LabOutcome, summaries: StrategySummary[]) {
  const headingId = uid('lab-indicators');
  const pick = h(
    'select',
    {},
    ...INDICATOR_IDS.map((id) => h('option', { attrs: { value: id } }, INDICATORS[id].label)),
  );
  const view = h('div');
  const show = () =>
    replaceChildren(view, ...indicatorView(outcome, summaries, pick.value as IndicatorId));
  pick.addEventListener('change', show);
  show();
  return h(
    'section',
    { attrs: { 'aria-labelledby': headingId } },
    h('h3', { id: headingId }, t('labIndicators')),
    labField(t('labIndicatorPick'), pick),
    view,
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
