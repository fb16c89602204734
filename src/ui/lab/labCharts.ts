// The lab's charts, drawn as SVG from DOM calls and text nodes only. Each is a picture of a table
// shown beside it (the numbers for screen readers and for anyone who prefers them), so the SVG is
// hidden from assistive technology; every bar carries its own label, never colour alone.
import type { Bin } from './labSummary.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function frame(width: number, height: number): SVGElement {
  return svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'lab-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
}

export interface BarGroup {
  title: string;
  bars: { label: string; share: number }[];
}

const ROW = 18;
const LABEL_W = 260;
const BAR_W = 300;

/** Horizontal bars, one group per strategy: each bar names its ending and its share. */
export function shareBars(groups: readonly BarGroup[]): SVGElement {
  const rows = groups.reduce((n, g) => n + g.bars.length + 1, 0);
  const chart = frame(LABEL_W + BAR_W + 60, rows * ROW + 4);
  let y = 0;
  for (const group of groups) {
    chart.append(svg('text', { x: 0, y: y + 13, class: 'lab-group' }, group.title));
    y += ROW;
    for (const bar of group.bars) {
      const label = bar.label.length > 42 ? `${bar.label.slice(0, 41)}…` : bar.label;
      chart.append(svg('text', { x: 12, y: y + 13 }, label));
      chart.append(
        svg('rect', {
          x: LABEL_W,
          y: y + 3,
          width: Math.max(1, bar.share * BAR_W),
          height: ROW - 6,
          class: 'lab-bar',
        }),
      );
      chart.append(
        svg(
          'text',
          { x: LABEL_W + bar.share * BAR_W + 6, y: y + 13 },
          `${(bar.share * 100).toFixed(1)}%`,
        ),
      );
      y += ROW;
    }
  }
  return chart;
}

const HIST_W = 220;
const HIST_H = 110;

/** A histogram of one strategy's final values of one indicator, with its range under it. */
export function histogramChart(title: string, bins: readonly Bin[]): SVGElement {
  const chart = frame(HIST_W, HIST_H + 34);
  const top = Math.max(1, ...bins.map((b) => b.count));
  const w = HIST_W / Math.max(1, bins.length);
  chart.append(svg('text', { x: 0, y: 12, class: 'lab-group' }, title));
  bins.forEach((bin, i) => {
    const height = (bin.count / top) * (HIST_H - 20);
    chart.append(
      svg('rect', { x: i * w + 1, y: HIST_H - height, width: w - 2, height, class: 'lab-bar' }),
    );
  });
  chart.append(svg('line', { x1: 0, y1: HIST_H, x2: HIST_W, y2: HIST_H, class: 'lab-axis' }));
  chart.append(svg('text', { x: 0, y: HIST_H + 14 }, String(bins[0]?.from ?? '')));
  chart.append(
    svg('text', { x: HIST_W, y: HIST_H + 14, 'text-anchor': 'end' }, String(bins.at(-1)?.to ?? '')),
  );
  return chart;
}
