// Turns the text of a scenario file into a validated scenario, or into a list of problems that
// each name the file, line, column and field. Hostile input (alias bombs, huge files, binary
// junk) gets a clear problem too, never a hang or a stack trace.
import { load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { formatPath, ScenarioError, type PathSegment, type ScenarioIssue } from './issues.ts';
import { checkQuotes, type SeedReader } from './quotes.ts';
import { checkReferences, type ReferenceProblem } from './references.ts';
import { Scenario, type ScenarioData } from './scenario.schema.ts';
import { checkShape, type ShapeProblem } from './shapeCheck.ts';
import { duplicateKeys } from './duplicateKeys.ts';

export const MAX_SCENARIO_BYTES = 1024 * 1024;

export function tooLarge(bytes: number): string {
  const mb = (bytes / 1048576).toFixed(bytes < 1.1 * 1048576 ? 3 : 1);
  return `file is ${mb} MB (${bytes.toLocaleString('en')} bytes); a scenario may be at most 1 MB (${MAX_SCENARIO_BYTES.toLocaleString('en')} bytes)`;
}
const MAX_ALIASES = 100;

export type LoadResult =
  { ok: true; scenario: ScenarioData } | { ok: false; issues: ScenarioIssue[] };

/** The YAML node at a path, or the deepest existing node on the way (for missing keys). */
function nodeAt(
  doc: Document,
  path: readonly PathSegment[],
): { node: Node | null; keyNode: Node | null } {
  let node: unknown = doc.contents;
  let keyNode: Node | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      keyNode = null;
      node = node.items[seg];
    } else break;
  }
  return { node: (node as Node | null) ?? null, keyNode };
}

function locate(
  doc: Document,
  lines: LineCounter,
  path: readonly PathSegment[],
  preferKey: boolean,
) {
  const { node, keyNode } = nodeAt(doc, path);
  const target = preferKey && keyNode ? keyNode : (node ?? keyNode);
  const offset = target?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, col };
}

interface Problem {
  path: PathSegment[];
  message: string;
  preferKey: boolean;
}

/**
 * A union (a text or a list of text parts) fails as a whole with "invalid input"; when the value
 * has the shape of one branch only, that branch's own problems say what to fix.
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const fitting = issue.errors.filter(
    (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  if (fitting.length !== 1) return [issue];
  return (fitting[0] ?? []).flatMap((i) =>
    unwrapUnion({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue),
  );
}

function zodProblems(error: z.ZodError, doc: Document): Problem[] {
  return error.issues.flatMap(unwrapUnion).flatMap((issue): Problem[] => {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field "${key}"`,
        preferKey: true,
      }));
    }
    // zod does not keep the input, so ask the document whether the field is there at all.
    if (issue.code === 'invalid_type' && !doc.hasIn(path)) {
      return [{ path, message: `missing required field (${issue.expected})`, preferKey: true }];
    }
    return [{ path, message: issue.message, preferKey: false }];
  });
}

const MAX_YAML_ISSUES = 20;

/** YAML syntax errors and duplicate keys, one per place, at most 20: a stray line should not bury the real one. */
function yamlIssues(doc: Document, lines: LineCounter, file: string): ScenarioIssue[] {
  const found = [
    ...doc.errors.map((e) => ({
      offset: e.pos[0],
      message: e.message.split('\n')[0] ?? 'invalid YAML',
    })),
    ...duplicateKeys(doc, MAX_YAML_ISSUES + 1).map((d) => ({
      offset: d.offset,
      message: `the key "${d.key}" appears twice in the same mapping (keys must be unique)`,
    })),
  ].sort((a, b) => a.offset - b.offset);
  const seen = new Set<string>();
  const issues: ScenarioIssue[] = [];
  for (const { offset, message } of found) {
    const { line, col } = lines.linePos(offset);
    const key = `${line}:${col}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ file, line, col, path: '(yaml)', message });
  }
  if (issues.length > MAX_YAML_ISSUES) {
    const more = issues.length - MAX_YAML_ISSUES;
    return [
      ...issues.slice(0, MAX_YAML_ISSUES),
      {
        ...(issues[MAX_YAML_ISSUES] as ScenarioIssue),
        message: `and ${more} more YAML error(s) after this point`,
      },
    ];
  }
  return issues;
}

/** What the checks after parsing found: nothing, or the first stage's problems (not yet placed). */
type DataCheck =
  | { ok: true; scenario: ScenarioData }
  | { ok: false; shape: ShapeProblem }
  | { ok: false; schema: z.ZodError }
  | { ok: false; references: ReferenceProblem[] };

/** The checks after parsing, in order: raw shape, the schema, then references and quotes. */
function checkData(data: unknown, readSeed?: SeedReader): DataCheck {
  const shape = checkShape(data);
  if (shape) return { ok: false, shape };
  const parsed = Scenario.safeParse(data);
  if (!parsed.success) return { ok: false, schema: parsed.error };
  const references = checkReferences(parsed.data);
  if (readSeed) references.push(...checkQuotes(parsed.data, readSeed));
  if (references.length > 0) return { ok: false, references };
  return { ok: true, scenario: parsed.data };
}

const isMapping = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** Far above a shipped scenario (about 8,000 values with its aliases expanded), far below a bomb. */
const MAX_EXPANDED_VALUES = 200_000;

/** How many values the data holds once every alias is expanded, counted without expanding them. */
function expandedSize(data: unknown, counted = new Map<object, number>()): number {
  if (typeof data !== 'object' || data === null) return 1;
  const known = counted.get(data);
  if (known !== undefined) return known;
  let size = 1;
  for (const value of Object.values(data)) size += expandedSize(value, counted);
  counted.set(data, size);
  return size;
}

// The two parsers disagree on one corner of the spec: a double-quoted line ended by "\" and
// followed by a blank line (one keeps a space, the other nothing). Such a file takes the slow path.
const ESCAPED_BREAK_THEN_BLANK = /\\\r?\n[ \t]*\r?\n/;

/**
 * A valid file needs no source positions, and js-yaml reads one about five times faster than the
 * positioned parser (which makes `sim validate` fit its CPU budget). Anything it cannot read
 * plainly (a syntax error, a duplicate key, too many aliases or too much expansion) gives
 * undefined, and the positioned parser then reads the file again to place every problem.
 */
function quickRead(text: string): unknown {
  if (ESCAPED_BREAK_THEN_BLANK.test(text)) return undefined;
  try {
    const data = loadYaml(text, { maxAliases: MAX_ALIASES });
    return expandedSize(data) <= MAX_EXPANDED_VALUES ? data : undefined;
  } catch {
    return undefined;
  }
}

export function parseScenarioText(text: string, file: string, readSeed?: SeedReader): LoadResult {
  const whole = (message: string): LoadResult => ({
    ok: false,
    issues: [{ file, line: 1, col: 1, path: '(file)', message }],
  });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) {
    return whole(tooLarge(bytes));
  }
  if (text.includes('\u0000')) return whole('this is a binary file, not a YAML scenario');

  const quick = quickRead(text);
  if (isMapping(quick)) {
    const checked = checkData(quick, readSeed);
    if (checked.ok) return checked;
  }

  const lines = new LineCounter();
  // uniqueKeys off: duplicateKeys() does the same check in linear time.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const yamlProblems = yamlIssues(doc, lines, file);
  if (yamlProblems.length > 0) return { ok: false, issues: yamlProblems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return whole(`cannot read the YAML: ${(error as Error).message} (too many aliases?)`);
  }
  if (!isMapping(data)) {
    return whole('a scenario file is a YAML mapping (key: value lines) at the top level');
  }
  const issue = (path: PathSegment[], message: string, preferKey = false): ScenarioIssue => ({
    file,
    ...locate(doc, lines, path, preferKey),
    path: formatPath(path),
    message,
  });

  const checked = checkData(data, readSeed);
  if (checked.ok) return checked;
  if ('shape' in checked)
    return { ok: false, issues: [issue(checked.shape.path, checked.shape.message)] };
  if ('schema' in checked) {
    return {
      ok: false,
      issues: zodProblems(checked.schema, doc).map((p) => issue(p.path, p.message, p.preferKey)),
    };
  }
  return { ok: false, issues: checked.references.map((p) => issue(p.path, p.message)) };
}

export function loadScenarioText(text: string, file: string): ScenarioData {
  const result = parseScenarioText(text, file);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}
