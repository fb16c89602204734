// Where the indicators ended, one indicator at a time: a histogram per strategy, the spread of its
// final values (mean, sd, min, max, as `sim batch` prints them) and the counts behind each bar.
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../sim/indicators.ts';
import { h, replaceChildren, uid } from '../dom.ts';
import { t } from '../messages.ts';
import { histogramChart } from './labCharts.ts';
import { labField } from './labField.ts';
import type { LabOutcome } from './labRun.ts';
import { histogram, type StrategySummary } from './labSummary.ts';
import { labTable } from './labTable.ts';

function indicatorView(outcome: LabOutcome, summaries: StrategySummary[], id: IndicatorId) {
  const bins = outcome.strategies.map((games) => histogram(games, id));
  const name = (i: number) => summaries[i]?.name ?? '';
  return [
    h(
      'div',
      { class: 'lab-hists' },
      ...bins.map((b, i) => histogramChart(name(i), b) as unknown as Node),
    ),
    labTable(
      { caption: INDICATORS[id].label },
      [t('labStrategy'), t('labMean'), t('labSd'), t('labMin'), t('labMax')],
      summaries.map((s) => {
        const v = s.indicators[id];
        return [s.name, v.mean, v.sd, v.min, v.max] as const;
      }),
    ),
    labTable(
      { caption: t('labGamesIn', { runs: outcome.request.runs }) },
      [t('labStrategy'), ...(bins[0] ?? []).map((b) => t('labRange', { from: b.from, to: b.to }))],
      bins.map((b, i) => [name(i), ...b.map((bin) => bin.count)] as const),
    ),
  ];
}

export function indicatorsSection(outcome: LabOutcome, summaries: StrategySummary[]) {
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
