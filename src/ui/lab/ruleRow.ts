// One rule of a composed strategy as a row of the form: "when (always, or an indicator at least or
// at most a value) do (avoid, prefer, lowest, highest) what (a lender, a partner, a measure)".
import { INDICATOR_IDS, INDICATORS } from '../../sim/indicators.ts';
import { CREDITORS } from '../../sim/scenario/effects.schema.ts';
import { PARTNERS } from '../../sim/scenario/scenario.schema.ts';
import type { RuleData } from '../../sim/strategyRules.ts';
import { h, replaceChildren } from '../dom.ts';
import { labField } from './labField.ts';
import { t, type MessageKey } from '../messages.ts';

const ACTIONS = ['avoid', 'prefer', 'lowest', 'highest'] as const;
type Action = (typeof ACTIONS)[number];
const ACTION_LABELS: Record<Action, MessageKey> = {
  avoid: 'labAvoid',
  prefer: 'labPrefer',
  lowest: 'labLowest',
  highest: 'labHighest',
};

/** The "what" of a rule, as select values: filters for avoid/prefer, measures for lowest/highest. */
function targets(action: Action): [string, string][] {
  if (action === 'avoid' || action === 'prefer')
    return [
      ...CREDITORS.map((c): [string, string] => [
        `financing:${c}`,
        t('labFinancing', { lender: t(`labLender_${c}`) }),
      ]),
      ...PARTNERS.map((p): [string, string] => [
        `partner:${p}`,
        t('labPartner', { partner: t(`labPartner_${p}`) }),
      ]),
      ['borrows:true', t('labBorrowsYes')],
      ['borrows:false', t('labBorrowsNo')],
    ];
  return [
    ['cost', t('labMeasureCost')],
    ['borrowing', t('labMeasureBorrowing')],
    ...INDICATOR_IDS.map((id): [string, string] => [
      id,
      t('labMeasureIndicator', { indicator: INDICATORS[id].label }),
    ]),
  ];
}

export function select(choices: [string, string][], value: string): HTMLSelectElement {
  const element = h(
    'select',
    {},
    ...choices.map(([v, text]) => h('option', { attrs: { value: v } }, text)),
  );
  element.value = value;
  return element;
}

function targetOf(rule: RuleData): string {
  const filter = rule.avoid ?? rule.prefer;
  if (filter) {
    const [key, value] = Object.entries(filter)[0] ?? ['borrows', true];
    return `${key}:${String(value)}`;
  }
  return String(rule.lowest ?? rule.highest);
}

export function ruleRow(rule: RuleData, n: number, onRemove: () => void) {
  const action: Action = ACTIONS.find((a) => rule[a] !== undefined) ?? 'avoid';
  const indicator = rule.if?.indicator ?? '';
  const when = select(
    [
      ['', t('labAlways')],
      ...INDICATOR_IDS.map((id): [string, string] => [
        id,
        t('labIfIndicator', { indicator: INDICATORS[id].label }),
      ]),
    ],
    indicator,
  );
  const compare = select(
    [
      ['atLeast', t('labAtLeast')],
      ['atMost', t('labAtMost')],
    ],
    rule.if?.atMost !== undefined ? 'atMost' : 'atLeast',
  );
  const value = h('input', {
    attrs: { type: 'number', step: 'any' },
  });
  value.value = String(rule.if?.atMost ?? rule.if?.atLeast ?? 40);
  const actionSelect = select(
    ACTIONS.map((a) => [a, t(ACTION_LABELS[a])]),
    action,
  );
  const targetBox = h('span');
  let target = select(targets(action), targetOf(rule));
  replaceChildren(targetBox, labField(t('labTarget'), target));
  actionSelect.addEventListener('change', () => {
    target = select(targets(actionSelect.value as Action), '');
    target.selectedIndex = 0;
    replaceChildren(targetBox, labField(t('labTarget'), target));
  });
  const condition = h(
    'span',
    { class: 'lab-condition' },
    labField(t('labCompare'), compare),
    labField(t('labValue'), value),
  );
  const showCondition = () => (condition.hidden = when.value === '');
  when.addEventListener('change', showCondition);
  showCondition();
  const element = h(
    'li',
    { class: 'lab-rule' },
    h('span', { class: 'lab-rule-n' }, t('labRuleN', { n })),
    labField(t('labWhen'), when),
    condition,
    labField(t('labAction'), actionSelect),
    targetBox,
    h(
      'button',
      {
        attrs: { type: 'button', 'aria-label': t('labRemoveRule', { n }) },
        on: { click: onRemove },
      },
      '×',
    ),
  );
  const read = (): unknown => {
    const kind = actionSelect.value as Action;
    const [key, raw] = target.value.split(':');
    const what =
      kind === 'avoid' || kind === 'prefer'
        ? { [key as string]: key === 'borrows' ? raw === 'true' : raw }
        : target.value;
    const test = when.value
      ? { if: { indicator: when.value, [compare.value]: Number(value.value) } }
      : {};
    return { ...test, [kind]: what };
  };
  return { element, read };
}
