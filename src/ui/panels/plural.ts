// Plurals the way a language forms them (Intl.PluralRules), never "round(s)".
import { t, type MessageKey } from '../messages.ts';

const rules = new Intl.PluralRules('en');

export function plural(
  n: number,
  forms: { one: MessageKey; other: MessageKey },
  vars: Record<string, string | number> = {},
): string {
  return t(rules.select(n) === 'one' ? forms.one : forms.other, { ...vars, n });
}

/** "Cable repayments begin: in 2 rounds" for something still to come. */
export function pendingText(note: string, rounds: number): string {
  return plural(rounds, { one: 'pendingInOne', other: 'pendingInMany' }, { note });
}
