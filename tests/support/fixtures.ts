// Test-data factories: the tiny scenario fixture as text, patched by exact string replacement or through the yaml Document API.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isSeq, parse, parseDocument, type Document } from 'yaml';
import { formatPath, type PathSegment } from '../../src/sim/scenario/issues.ts';
import { parseScenarioText, type LoadResult } from '../../src/sim/scenario/load.ts';
import type { SeedReader } from '../../src/sim/scenario/quotes.ts';
import { checkReferences } from '../../src/sim/scenario/references.ts';
import { Scenario } from '../../src/sim/scenario/scenario.schema.ts';

/** The repository root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The fixture as the CLI is given it (relative to the repository root). */
export const TINY_PATH = 'tests/fixtures/tiny.yaml';
/** The seed document that tiny.yaml lists under `documents`. */
export const TINY_SEED = '003_2b87f43e0d4cbdc7.txt';

export type YamlPath = readonly PathSegment[];
export type DocPatch = (doc: Document) => void;
/** A patch is either a Document edit or a pair of exact strings: [from, to]. */
export type Patch = DocPatch | readonly [from: string, to: string];

export function tinyText(): string {
  return readFileSync(new URL(TINY_PATH, `file://${REPO_ROOT}`), 'utf8');
}

/** The fixture's ending ids, in order. */
export function tinyEndingIds(): string[] {
  const data = parse(tinyText()) as { endings: { id: string }[] };
  return data.endings.map((e) => e.id);
}

/** Replaces the single occurrence of `from`; throws when it is missing or ambiguous, so a stale patch never passes silently. */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first === -1) throw new Error(`patch target not found: ${JSON.stringify(from)}`);
  if (text.indexOf(from, first + 1) !== -1)
    throw new Error(`patch target is ambiguous: ${JSON.stringify(from)}`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** tiny.yaml with a patch applied (a Document edit or an exact string replacement). */
export function tinyWith(patch?: Patch): string {
  if (!patch) return tinyText();
  if (typeof patch !== 'function') return replaceOnce(tinyText(), patch[0], patch[1]);
  const doc = parseDocument(tinyText());
  patch(doc);
  return doc.toString();
}

/** Replaces a value that tiny.yaml already has. */
export function replaceAt(doc: Document, path: YamlPath, value: unknown): void {
  if (!doc.hasIn(path)) throw new Error(`tiny.yaml has nothing at ${formatPath(path)} to replace`);
  doc.setIn(path, doc.createNode(value));
}

/** Adds a key that tiny.yaml does not have yet, inside a collection it does have. */
export function addAt(doc: Document, path: YamlPath, value: unknown): void {
  if (doc.hasIn(path)) throw new Error(`tiny.yaml already has ${formatPath(path)}`);
  if (path.length > 1 && !doc.hasIn(path.slice(0, -1)))
    throw new Error(`tiny.yaml has no ${formatPath(path.slice(0, -1))}`);
  doc.setIn(path, doc.createNode(value));
}

export function removeAt(doc: Document, path: YamlPath): void {
  if (!doc.hasIn(path)) throw new Error(`tiny.yaml has nothing at ${formatPath(path)} to remove`);
  doc.deleteIn(path);
}

/** Inserts an item into a list of tiny.yaml at `index`. */
export function insertAt(doc: Document, listPath: YamlPath, index: number, value: unknown): void {
  const list = doc.getIn(listPath, true);
  if (!isSeq(list)) throw new Error(`tiny.yaml has no list at ${formatPath(listPath)}`);
  list.items.splice(index, 0, doc.createNode(value));
}

/** Moves an item of a list of tiny.yaml from one index to another. */
export function moveItem(doc: Document, listPath: YamlPath, from: number, to: number): void {
  const list = doc.getIn(listPath, true);
  if (!isSeq(list) || list.items[from] === undefined)
    throw new Error(`tiny.yaml has no item ${formatPath([...listPath, from])}`);
  const [item] = list.items.splice(from, 1);
  list.items.splice(to, 0, item);
}

/** Loads tiny.yaml (patched) through the public loader. */
export function loadTiny(patch?: Patch, readSeed?: SeedReader, file = 'tiny.yaml'): LoadResult {
  return parseScenarioText(tinyWith(patch), file, readSeed);
}

/** The cross-reference problems of a patched tiny.yaml, paths formatted; throws if the patch broke the schema itself. */
export function referenceProblems(patch: Patch): { path: string; message: string }[] {
  const parsed = Scenario.safeParse(parse(tinyWith(patch)));
  if (!parsed.success) {
    throw new Error(`the patched fixture fails the schema, not the references: ${parsed.error}`);
  }
  return checkReferences(parsed.data).map((p) => ({
    path: formatPath(p.path),
    message: p.message,
  }));
}

/** The 1-based line and column where `needle` starts; throws unless it occurs exactly once. */
export function positionOf(text: string, needle: string): { line: number; col: number } {
  const at = text.indexOf(needle);
  if (at === -1 || text.indexOf(needle, at + 1) !== -1)
    throw new Error(`expected exactly one ${JSON.stringify(needle)} in the text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}
