// The form in which a teacher or researcher composes a strategy: a name, rules in order (each a
// row, ruleRow.ts), and how to choose among the options the rules leave. It reads back as the data
// of src/sim/strategyRules.ts, checked by its schema.
import { RuleStrategy, type RuleData, type RuleStrategyData } from '../../sim/strategyRules.ts';
import { h, replaceChildren } from '../dom.ts';
import { labField } from './labField.ts';
import { t } from '../messages.ts';
import { ruleRow, select } from './ruleRow.ts';

export interface StrategyEditor {
  element: HTMLElement;
  read(): { ok: true; data: RuleStrategyData } | { ok: false; problem: string };
}

export function strategyEditor(initial: RuleStrategyData, onRemove: () => void): StrategyEditor {
  const name = h('input', { attrs: { type: 'text', maxlength: '80' } });
  name.value = initial.name;
  const list = h('ol', { class: 'lab-rules' });
  let rows: ReturnType<typeof ruleRow>[] = [];
  let rules: unknown[] = [...initial.rules];
  const render = () => {
    rows = rules.map((rule, i) =>
      ruleRow(rule as RuleData, i + 1, () => {
        rules = rows.map((r) => r.read()).filter((_, j) => j !== i);
        render();
        // The removed rule held the focus: it goes to the rule now in its place, else to "Add".
        (rows[i]?.element.querySelector('select') ?? addRule).focus();
      }),
    );
    replaceChildren(list, ...rows.map((r) => r.element));
  };
  render();
  const otherwise = select(
    [
      ['first', t('labOtherwiseFirst')],
      ['random', t('labOtherwiseRandom')],
    ],
    initial.otherwise,
  );
  const addRule = h(
    'button',
    {
      attrs: { type: 'button' },
      on: {
        click: () => {
          rules = [...rows.map((r) => r.read()), { lowest: 'cost' }];
          render();
          rows.at(-1)?.element.querySelector('select')?.focus();
        },
      },
    },
    t('labAddRule'),
  );
  const legend = h('legend', {}, initial.name);
  const remove = h(
    'button',
    {
      attrs: { type: 'button', 'aria-label': t('labRemoveStrategy', { name: initial.name }) },
      on: { click: onRemove },
    },
    t('labRemoveStrategy', { name: '' }).trim(),
  );
  const element = h(
    'fieldset',
    { class: 'lab-strategy' },
    legend,
    labField(t('labStrategyName'), name),
    list,
    addRule,
    labField(t('labOtherwise'), otherwise),
    remove,
  );
  name.addEventListener('input', () => {
    legend.textContent = name.value;
    remove.setAttribute('aria-label', t('labRemoveStrategy', { name: name.value }));
  });
  return {
    element,
    read() {
      const parsed = RuleStrategy.safeParse({
        name: name.value,
        rules: rows.map((r) => r.read()),
        otherwise: otherwise.value,
      });
      if (parsed.success) return { ok: true, data: parsed.data };
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      return {
        ok: false,
        problem: t('labBadStrategy', { name: name.value, problem: `${where}: ${issue?.message}` }),
      };
    },
  };
}
