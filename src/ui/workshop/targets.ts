// Who an inject is for: every team, or one of them, picked from a labelled list.
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import type { Target } from './workshop.ts';

export function targetSelect(id: string, teams: readonly string[]): HTMLSelectElement {
  return h(
    'select',
    { id },
    h('option', { attrs: { value: 'all' } }, t('wsAllTeamsOption')),
    ...teams.map((name, i) => h('option', { attrs: { value: String(i) } }, name)),
  );
}

export const targetOf = (select: HTMLSelectElement): Target =>
  select.value === 'all' ? 'all' : Number(select.value);

export function targetName(target: Target, teams: readonly string[]): string {
  return target === 'all' ? t('wsAllTeamsOption') : (teams[target] ?? '');
}
