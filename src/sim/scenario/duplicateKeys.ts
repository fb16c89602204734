// Finds keys that appear twice in one mapping. The yaml library's own check compares each key
// with every earlier one (quadratic: a 20,000-line hostile file took 20 s); a set per mapping
// keeps it linear, and stops after `limit` finds.
import { isMap, isScalar, visit, type Document } from 'yaml';

export interface DuplicateKey {
  /** Offset of the second occurrence in the text. */
  offset: number;
  key: string;
}

export function duplicateKeys(doc: Document, limit: number): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) found.push({ offset: pair.key.range?.[0] ?? 0, key });
        seen.add(key);
      }
      return found.length >= limit ? visit.BREAK : undefined;
    },
  });
  return found.slice(0, limit);
}
