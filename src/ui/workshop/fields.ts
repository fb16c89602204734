// A labelled form field (label above its control, optional hint below), the one layout every
// workshop form uses.
import { h } from '../dom.ts';

export function field(label: string, control: HTMLElement, hint?: HTMLElement): HTMLElement {
  return h(
    'div',
    { class: 'ws-field' },
    h('label', { attrs: { for: control.id } }, label),
    control,
    hint,
  );
}
