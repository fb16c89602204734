// A debrief section folded away under its heading: one click, Enter or Space opens it. The heading
// sits inside the summary so the section stays in the page's outline while closed.
import { h } from '../dom.ts';

export function fold(id: string, title: string, children: (Node | null)[]): HTMLElement {
  return h(
    'details',
    { class: `db-fold ${id}` },
    h('summary', {}, h('h3', {}, title)),
    ...children,
  );
}
