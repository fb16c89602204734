// The class view's three views as radio buttons: full, compact (30 students in a few screens) and
// projector (the splits large, for the class discussion).
import { h, uid } from '../dom.ts';
import { t } from '../messages.ts';
import type { ClassViewMode } from './classBlock.ts';

export function viewPicker(
  current: ClassViewMode,
  onChange: (mode: ClassViewMode) => void,
): HTMLElement {
  const name = uid('class-mode');
  const modes: [ClassViewMode, string][] = [
    ['full', t('clViewFull')],
    ['compact', t('clViewCompact')],
    ['projector', t('clViewProjector')],
  ];
  return h(
    'fieldset',
    { class: 'class-mode screen-only' },
    h('legend', {}, t('clView')),
    ...modes.map(([mode, label]) => {
      const id = uid('class-mode');
      const radio = h('input', {
        id,
        attrs: { type: 'radio', name, value: mode },
        on: { change: () => onChange(mode) },
      });
      radio.checked = mode === current;
      return h('span', {}, radio, h('label', { attrs: { for: id } }, label));
    }),
  );
}
