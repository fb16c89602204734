// The strategies a run compares: the built-in ones (tick any) and composed ones (each started from
// a preset or empty, then edited). Reads back as the specs the workers play, or a problem in words.
import { STRATEGY_NAMES } from '../../sim/strategies.ts';
import type { StrategySpecData } from '../../sim/strategyRules.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { labField } from './labField.ts';
import { PRESET_IDS, preset, presetLabel } from './labPresets.ts';
import { strategyEditor, type StrategyEditor } from './ruleEditor.ts';

export function strategyPicker() {
  const builtins = STRATEGY_NAMES.map((name) => {
    const box = h('input', { attrs: { type: 'checkbox', value: name } });
    box.checked = name === 'random';
    return { name, box };
  });
  const editors: StrategyEditor[] = [];
  const composed = h('div', { class: 'lab-composed' });
  const presetPick = h(
    'select',
    {},
    ...['', ...PRESET_IDS].map((id) => h('option', { attrs: { value: id } }, presetLabel(id))),
  );
  presetPick.value = 'refuseChina';
  const addStrategy = () => {
    const editor: StrategyEditor = strategyEditor(
      preset(presetPick.value, editors.length + 1),
      () => {
        editors.splice(editors.indexOf(editor), 1);
        editor.element.remove();
        // The removed strategy held the focus: it goes where another can be added.
        presetPick.focus();
      },
    );
    editors.push(editor);
    composed.append(editor.element);
    editor.element.querySelector('input')?.focus();
  };
  const element = [
    h(
      'fieldset',
      { class: 'lab-builtins' },
      h('legend', {}, t('labBuiltins')),
      ...builtins.map((b) => h('label', {}, b.box, ' ', t(`labBuiltin_${b.name}`))),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('labComposed')),
      h('p', { class: 'meta' }, t('labRuleHelp')),
      composed,
      h(
        'div',
        { class: 'actions' },
        labField(t('labPreset'), presetPick),
        h('button', { attrs: { type: 'button' }, on: { click: addStrategy } }, t('labAddStrategy')),
      ),
    ),
  ];
  return {
    element,
    /** The chosen strategies, or what is wrong with one of them. */
    read(): StrategySpecData[] | string {
      const chosen: StrategySpecData[] = builtins
        .filter((b) => b.box.checked)
        .map((b) => ({ builtin: b.name }));
      for (const editor of editors) {
        const read = editor.read();
        if (!read.ok) return read.problem;
        chosen.push({ rules: read.data });
      }
      return chosen;
    },
  };
}
