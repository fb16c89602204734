// Line charts of indicators over the rounds, drawn as SVG, each with its numbers in a table for
// screen readers and for anyone who prefers numbers. Lines differ by dash pattern, not colour only.
import { INDICATORS, type IndicatorId, type Indicators } from '../../sim/indicators.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { shownNumber } from '../panels/changeTone.ts';

/** The indicators a workshop's hot wash charts over the years (the debrief picks those that moved). */
export const CHARTED_INDICATORS: readonly IndicatorId[] = [
  'connectivity',
  'publicDebt',
  'chinaDebtShare',
  'dataExposure',
  'certMaturity',
  'civilLiberties',
  'alignChina',
  'alignWest',
  'prcVisibility',
];

const SVG = 'http://www.w3.org/2000/svg';
const W = 320;
const H = 140;
const PAD = 28;

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export interface Series {
  name: string;
  history: readonly Indicators[];
  dash: string;
}

/** Names each line by a sample of its dash pattern and its name: colour is never the only cue. */
export function chartLegend(series: readonly Series[]): HTMLElement {
  return h(
    'ul',
    { class: 'db-legend', attrs: { 'aria-label': t('dbLegend') } },
    ...series.map((s, i) => {
      const sample = svg('svg', {
        viewBox: '0 0 48 10',
        'aria-hidden': 'true',
        class: 'db-sample',
      });
      sample.append(
        svg('line', {
          x1: 0,
          y1: 5,
          x2: 48,
          y2: 5,
          class: `series s${i}`,
          'stroke-dasharray': s.dash,
        }),
      );
      return h('li', {}, sample as unknown as Node, s.name);
    }),
  );
}

export function indicatorChart(
  id: IndicatorId,
  series: readonly Series[],
  labels: readonly string[],
): HTMLElement {
  const { min, max, label } = INDICATORS[id];
  const top = Math.max(
    max === 200 ? 100 : max,
    ...series.flatMap((s) => s.history.map((h) => h[id])),
  );
  const points = Math.max(...series.map((s) => s.history.length));
  const x = (i: number) => PAD + (i * (W - PAD * 2)) / Math.max(1, points - 1);
  const y = (v: number) => H - PAD + ((min - v) * (H - PAD * 2)) / (top - min);
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-hidden': 'true',
    class: 'chart',
  });
  chart.append(svg('line', { x1: PAD, y1: H - PAD, x2: W - PAD, y2: H - PAD, class: 'axis' }));
  chart.append(svg('line', { x1: PAD, y1: PAD, x2: PAD, y2: H - PAD, class: 'axis' }));
  const text = (x: number, y: number, anchor: string, value: string) => {
    const el = svg('text', { x, y, 'text-anchor': anchor, class: 'tick' });
    el.textContent = value;
    chart.append(el);
  };
  text(PAD - 4, H - PAD + 4, 'end', String(min));
  text(PAD - 4, PAD + 4, 'end', String(Math.round(top)));
  text(PAD, H - PAD + 16, 'start', labels[0] ?? '');
  text(W - PAD, H - PAD + 16, 'end', labels[points - 1] ?? '');
  series.forEach((s, i) => {
    const d = s.history
      .map((h, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(h[id]).toFixed(1)}`)
      .join(' ');
    chart.append(svg('path', { d, class: `series s${i}`, 'stroke-dasharray': s.dash }));
  });
  // With one or two lines, each ends with its final value, so the chart reads without the table.
  if (series.length <= 2)
    series.forEach((s, i) => {
      const last = s.history.at(-1);
      if (!last) return;
      const ly = y(last[id]) + (i === 0 ? -5 : 12);
      text(
        x(s.history.length - 1) + 3,
        Math.min(H - PAD, Math.max(10, ly)),
        'start',
        String(shownNumber(id, last[id])),
      );
    });
  const caption = t('chartOf', { label });
  const table = h(
    'table',
    { class: 'chart-numbers' },
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, t('year')),
        ...series.map((s) => h('th', { attrs: { scope: 'col' } }, s.name)),
      ),
    ),
    h(
      'tbody',
      {},
      ...labels.map((year, i) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, year),
          ...series.map((s) =>
            h(
              'td',
              {},
              s.history[i] ? String(shownNumber(id, (s.history[i] as Indicators)[id])) : '–',
            ),
          ),
        ),
      ),
    ),
  );
  return h(
    'figure',
    { class: 'chart-figure' },
    h('figcaption', {}, caption),
    chart,
    h('details', {}, h('summary', {}, t('showNumbers')), table),
  );
}
