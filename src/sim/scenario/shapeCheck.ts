// Checks the raw shape of parsed YAML before the schema sees it: a cyclic alias or conditions
// nested hundreds deep would overflow the validator's stack, and control characters or absurd
// numbers would pass the schema and then reach a terminal or the simulation.
import type { PathSegment } from './issues.ts';

/** Deeper than any sensible scenario (conditions nest a handful of levels). */
export const MAX_DEPTH = 40;
/** No indicator, cost, share or coordinate in a scenario comes near this. */
export const MAX_MAGNITUDE = 1e6;

export interface ShapeProblem {
  path: PathSegment[];
  message: string;
}

// Tab, line feed and carriage return are text; every other C0/C1 control (ESC starts the ANSI
// codes that recolour a terminal) is not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The first problem found, or null; stops early so hostile input costs linear time. */
export function checkShape(data: unknown): ShapeProblem | null {
  const onPath = new Set<object>();
  // One stack for the whole walk; it is copied only into a problem, not at every node.
  const path: PathSegment[] = [];
  const problem = (message: string): ShapeProblem => ({ path: [...path], message });
  const walk = (value: unknown): ShapeProblem | null => {
    if (typeof value === 'string') {
      const at = value.search(CONTROL);
      if (at < 0) return null;
      const code = value.charCodeAt(at).toString(16).padStart(4, '0');
      return problem(
        `contains the control character U+${code.toUpperCase()} (is the file UTF-8 text?)`,
      );
    }
    if (typeof value === 'number') {
      return Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE
        ? null
        : problem(`the number ${value} is out of range (at most ±${MAX_MAGNITUDE})`);
    }
    if (typeof value !== 'object' || value === null) return null;
    if (onPath.has(value)) {
      return problem('an alias refers to itself (a cycle): write the value out instead');
    }
    if (path.length >= MAX_DEPTH) {
      return problem(`nested more than ${MAX_DEPTH} levels deep`);
    }
    onPath.add(value);
    const entries: [PathSegment, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      path.push(key);
      const found = walk(child);
      if (found) return found;
      path.pop();
    }
    onPath.delete(value);
    return null;
  };
  return walk(data);
}
