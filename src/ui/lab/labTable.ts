// The lab's tables: a header row of column names, then one row per strategy whose first cell
// names it (a row header), so a screen reader says which strategy and which column each number is.
import { h } from '../dom.ts';

type Cell = Node | string | number | null;

export function labTable(
  name: { caption: string } | { labelledBy: string },
  columns: readonly string[],
  rows: readonly (readonly [string, ...Cell[]])[],
): HTMLElement {
  const table = h(
    'table',
    {
      class: 'lab-table',
      attrs: 'labelledBy' in name ? { 'aria-labelledby': name.labelledBy } : {},
    },
    'caption' in name ? h('caption', {}, name.caption) : null,
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
    h(
      'tbody',
      {},
      ...rows.map(([head, ...cells]) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, head),
          ...cells.map((cell) => h('td', {}, cell)),
        ),
      ),
    ),
  );
  // Wide tables scroll on their own instead of widening the page.
  return h('div', { class: 'lab-scroll' }, table);
}
