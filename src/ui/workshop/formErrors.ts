// Form problems shown the accessible way: each field marked invalid and described by its message,
// a summary read out as an alert, and focus on the first field to fix.
import { h, replaceChildren } from '../dom.ts';
import { t } from '../messages.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

export function showProblems(
  form: HTMLElement,
  summary: HTMLElement,
  problems: readonly FieldProblem[],
): void {
  for (const old of form.querySelectorAll('.ws-field-error')) old.remove();
  for (const field of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    field.removeAttribute('aria-invalid');
    const hint = field.dataset.hint;
    if (hint) field.setAttribute('aria-describedby', hint);
    else field.removeAttribute('aria-describedby');
  }
  replaceChildren(summary);
  if (problems.length === 0) return;
  for (const problem of problems) {
    const field = form.querySelector<HTMLElement>(`#${CSS.escape(problem.field)}`);
    if (!field) continue;
    const messageId = `${problem.field}-error`;
    // aria-describedby rather than aria-errormessage: screen readers support it far more widely.
    const hint = field.dataset.hint ?? field.getAttribute('aria-describedby') ?? '';
    if (hint) field.dataset.hint = hint;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', `${messageId} ${hint}`.trim());
    field.after(h('p', { class: 'ws-field-error', id: messageId }, problem.message));
  }
  replaceChildren(
    summary,
    h('p', {}, t('wsProblemsTitle')),
    h('ul', {}, ...problems.map((p) => h('li', {}, p.message))),
  );
  form.querySelector<HTMLElement>(`#${CSS.escape(problems[0]?.field ?? '')}`)?.focus();
}
