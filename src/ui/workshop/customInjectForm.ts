// The facilitator's own inject, written on the spot: a title, what happened, and a change for any
// indicator the players can see (all zero is fine: news without a direct effect).
import { INDICATORS } from '../../sim/indicators.ts';
import { MAX_CUSTOM_CHANGE } from '../../sim/chanceEvents.ts';
import type { CustomInject } from '../../sim/state.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import { field } from './fields.ts';
import { showProblems } from './formErrors.ts';
import {
  INJECTABLE,
  MAX_INJECT_TEXT,
  MAX_INJECT_TITLE,
  changeFieldId,
  checkCustomInject,
} from './injectDraft.ts';
import { clearTypedInject, loadTypedInject, saveTypedInject } from './injectDraftStore.ts';
import { targetName, targetOf, targetSelect } from './targets.ts';
import type { Target } from './workshop.ts';

export function customInjectForm(
  teams: readonly string[],
  fire: (inject: CustomInject, target: Target) => number,
  said: (text: string) => void,
): HTMLElement {
  const title = h('input', {
    id: 'ws-custom-title',
    attrs: { type: 'text', maxlength: String(MAX_INJECT_TITLE), autocomplete: 'off' },
  });
  const text = h('textarea', {
    id: 'ws-custom-text',
    attrs: { rows: '3', maxlength: String(MAX_INJECT_TEXT) },
  });
  const inputs = INJECTABLE.map((id) =>
    h('input', {
      id: changeFieldId(id),
      attrs: {
        type: 'number',
        min: String(-MAX_CUSTOM_CHANGE),
        max: String(MAX_CUSTOM_CHANGE),
        step: '1',
        value: '0',
        inputmode: 'numeric',
      },
    }),
  );
  const target = targetSelect('ws-custom-target', teams);
  const problems = h('div', { class: 'ws-problems', attrs: { role: 'alert' } });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'ws-inject-form ws-custom',
      attrs: { novalidate: '' },
      on: {
        submit: (e) => {
          e.preventDefault();
          const changes = Object.fromEntries(
            INJECTABLE.map((id, i) => [id, inputs[i]?.value ?? '']),
          );
          const checked = checkCustomInject(title.value, text.value, changes);
          showProblems(form, problems, checked.problems);
          if (!checked.inject) return;
          const to = targetOf(target);
          const reached = fire(checked.inject, to);
          said(
            reached > 0
              ? t('wsInjectFired', { title: checked.inject.title, target: targetName(to, teams) })
              : t('wsInjectRefused'),
          );
          if (reached > 0) {
            form.reset();
            clearTypedInject();
          }
        },
        input: () =>
          saveTypedInject({
            title: title.value,
            text: text.value,
            changes: Object.fromEntries(INJECTABLE.map((id, i) => [id, inputs[i]?.value ?? ''])),
          }),
      },
    },
    // A fieldset, not a heading: the drawer sits above the round's own headings.
    h(
      'fieldset',
      { class: 'ws-inject-set' },
      h('legend', {}, t('wsCustomInject')),
      field(t('wsCustomTitle'), title),
      field(t('wsCustomText'), text),
      h(
        'fieldset',
        { class: 'ws-changes' },
        h('legend', {}, t('wsCustomChanges', { max: MAX_CUSTOM_CHANGE })),
        ...INJECTABLE.map((id, i) =>
          h(
            'div',
            { class: 'ws-change' },
            h('label', { attrs: { for: changeFieldId(id) } }, INDICATORS[id].label),
            inputs[i] ?? null,
          ),
        ),
      ),
      field(t('wsInjectFor'), target),
      problems,
      h('button', { class: 'primary', attrs: { type: 'submit' } }, t('wsFireCustom')),
    ),
  );
  restoreTypedInject(title, text, inputs);
  return form;
}

function restoreTypedInject(
  title: HTMLInputElement,
  text: HTMLTextAreaElement,
  inputs: readonly HTMLInputElement[],
): void {
  const typed = loadTypedInject();
  if (!typed) return;
  title.value = typed.title;
  text.value = typed.text;
  INJECTABLE.forEach((id, i) => {
    const value = typed.changes[id];
    if (inputs[i] && value !== undefined) inputs[i].value = value;
  });
}
