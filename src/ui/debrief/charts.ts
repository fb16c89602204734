// Line charts of indicators over the rounds, drawn as SVG, each with its numbers in a table for
// screen readers and for anyone who prefers numbers. Lines differ by dash pattern, not colour only.
import { INDICATORS, type IndicatorId, type Indicators } from '../../sim/indicators.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';

/** The indicators a debrief (and a workshop's hot wash) charts over the years. */
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
  for (const s of series) {
    const d = s.history
      .map((h, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(h[id]).toFixed(1)}`)
      .join(' ');
    chart.append(svg('path', { d, class: 'series', 'stroke-dasharray': s.dash }));
  }
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
              s.history[i] ? String(Math.round((s.history[i] as Indicators)[id] * 10) / 10) : '–',
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
