// A polite live region: what changed is spoken to screen-reader users as it happens.
import { h } from './dom.ts';

export class Announcer {
  readonly element = h('div', {
    class: 'visually-hidden',
    attrs: { 'aria-live': 'polite', role: 'status' },
  });

  say(text: string): void {
    // Clearing first makes a repeated message be read again.
    this.element.textContent = '';
    window.setTimeout(() => {
      this.element.textContent = text;
    }, 50);
  }
}
