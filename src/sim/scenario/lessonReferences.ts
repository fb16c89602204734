// Checks of a scenario's lesson cut that the schema alone cannot make: the decisions it keeps
// exist, and a kept decision never needs one the cut leaves out (to continue its deal, to be
// offered at all, or to open one of its options). Whether each ending and option of the cut can
// still be reached is the model check's job (sim check plays the cut).
import type { ConditionData } from './conditions.schema.ts';
import type { PathSegment } from './issues.ts';
import type { ReferenceChecker } from './referenceChecker.ts';
import type { ScenarioData } from './scenario.schema.ts';

/**
 * A decision the cut leaves out that this condition cannot hold without, with the path to where
 * it is named; null if the condition can still hold. A left-out decision is never taken, so a
 * test of it fails; one open branch keeps an `any` possible, and a `not` of it always holds.
 */
function needsLeftOut(
  c: ConditionData | undefined,
  path: PathSegment[],
  leftOut: (id: string) => boolean,
): { id: string; path: PathSegment[] } | null {
  if (!c) return null;
  if (c.decision !== undefined)
    return leftOut(c.decision) ? { id: c.decision, path: [...path, 'decision'] } : null;
  if (c.all) {
    for (const [k, sub] of c.all.entries()) {
      const found = needsLeftOut(sub, [...path, 'all', k], leftOut);
      if (found) return found;
    }
  }
  if (c.any) {
    const each = c.any.map((sub, k) => needsLeftOut(sub, [...path, 'any', k], leftOut));
    if (each.every((found) => found !== null)) return each[0] ?? null;
  }
  return null;
}

export function checkLesson(s: ScenarioData, check: ReferenceChecker): void {
  if (!s.lesson) return;
  const kept = new Set<string>();
  s.lesson.decisions.forEach((id, k) => {
    const at: PathSegment[] = ['lesson', 'decisions', k];
    if (!check.decisions.has(id)) check.report(at, `unknown decision "${id}"`);
    else if (kept.has(id)) check.report(at, `"${id}" is listed twice`);
    kept.add(id);
  });
  const leftOut = (id: string) => check.decisions.has(id) && !kept.has(id);
  const needs = (c: ConditionData | undefined, path: PathSegment[], what: string) => {
    const found = needsLeftOut(c, path, leftOut);
    if (found)
      check.report(
        found.path,
        `in the lesson cut, ${what} needs "${found.id}", which the cut leaves out (keep it in lesson.decisions)`,
      );
  };
  s.decisions.forEach((d, i) => {
    if (!kept.has(d.id)) return;
    const at: PathSegment[] = ['decisions', i];
    if (d.continues && leftOut(d.continues))
      check.report(
        [...at, 'continues'],
        `in the lesson cut, "${d.id}" continues "${d.continues}", which the cut leaves out (keep both or neither)`,
      );
    needs(d.when, [...at, 'when'], `decision "${d.id}"`);
    d.options.forEach((o, j) =>
      needs(o.requires, [...at, 'options', j, 'requires'], `option "${o.id}"`),
    );
  });
  s.endings.forEach((e, i) => needs(e.when, ['endings', i, 'when'], `ending "${e.id}"`));
  for (const country of s.countries) {
    const faces = s.decisions.some(
      (d) => kept.has(d.id) && (!d.countries || d.countries.includes(country.id)),
    );
    if (!faces)
      check.report(['lesson', 'decisions'], `the lesson cut keeps no decision for "${country.id}"`);
  }
}
