// Shown when a saved game cannot be loaded (damaged, or made by an earlier version whose moves no
// longer give its game): the reason, the save to download (it is kept, never silently deleted),
// and a way to start again.
import { h } from '../dom.ts';
import { downloadText } from '../files/download.ts';
import { t } from '../messages.ts';

export interface DamagedSaveOptions {
  scenarioTitle: string;
  reason: string;
  saveText: string;
  onFresh: () => void;
  onBack: () => void;
}

export function damagedSaveScreen(options: DamagedSaveOptions): HTMLElement {
  const download = () =>
    downloadText('digital-silk-road-save.json', options.saveText, 'application/json');
  return h(
    'section',
    { class: 'damaged-save', attrs: { role: 'alert', 'aria-labelledby': 'damaged-title' } },
    h('h1', { id: 'damaged-title', attrs: { tabindex: '-1' } }, t('damagedSaveTitle')),
    h('p', {}, h('strong', {}, options.scenarioTitle), `: ${options.reason}`),
    h('p', {}, t('damagedSaveBody')),
    h(
      'div',
      { class: 'actions' },
      h('button', { attrs: { type: 'button' }, on: { click: download } }, t('downloadSave')),
      h(
        'button',
        { class: 'primary', attrs: { type: 'button' }, on: { click: options.onFresh } },
        t('startFresh'),
      ),
      h('button', { attrs: { type: 'button' }, on: { click: options.onBack } }, t('backToTitle')),
    ),
  );
}
