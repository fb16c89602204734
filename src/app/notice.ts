// A short notice above the game, for news about the page itself (ignored dice, offline, a new
// version, a save that cannot be written) that must be seen and heard but must not interrupt a
// game in progress.
import { h } from '../ui/dom.ts';

export interface NoticeAction {
  label: string;
  run: () => void;
}

const idOf = (label: string) => `notice-${label.toLowerCase().replace(/\W+/g, '-')}`;

/** Shows (or replaces) the notice named `label`: a labelled landmark, read out politely. */
export function showNotice(label: string, text: string, actions: NoticeAction[] = []): void {
  const buttons = actions.map((a) =>
    h('button', { attrs: { type: 'button' }, on: { click: a.run } }, a.label),
  );
  const body = [h('span', {}, text), ...buttons];
  const existing = document.getElementById(idOf(label));
  if (existing) {
    existing.replaceChildren(...body);
    return;
  }
  const notice = h(
    'aside',
    { class: 'page-notice', attrs: { id: idOf(label), 'aria-label': label } },
    ...body,
  );
  notice.setAttribute('aria-live', 'polite');
  document.body.prepend(notice);
}

export function clearNotice(label: string): void {
  document.getElementById(idOf(label))?.remove();
}
