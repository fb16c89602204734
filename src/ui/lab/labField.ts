// A labelled control of the lab's forms. The label points at its control (for/id) rather than
// wrapping it: a wrapped select would lend the text of all its options to its name.
import { h, uid } from '../dom.ts';

export function labField(label: string, control: HTMLElement): HTMLElement {
  if (!control.id) control.id = uid('lab-field');
  return h(
    'span',
    { class: 'lab-field' },
    h('label', { attrs: { for: control.id } }, label),
    control,
  );
}
