// A short notice above the game, for news about the page itself (ignored dice, offline, a new
// version) that must be seen and heard but must not interrupt a game in progress.
import { h } from '../ui/dom.ts';

/** Shows (or updates) the notice named `label`; a labelled landmark, read out politely. */
export function showNotice(label: string, text: string): void {
  const id = `notice-${label.toLowerCase().replace(/\W+/g, '-')}`;
  const existing = document.getElementById(id);
  if (existing) {
    existing.textContent = text;
    return;
  }
  const notice = h('aside', { class: 'page-notice', attrs: { id, 'aria-label': label } }, text);
  notice.setAttribute('aria-live', 'polite');
  document.body.prepend(notice);
}
