// Checks that every quoted passage is an exact substring of the seed document it cites, so the
// game never puts words in a source's mouth. The caller supplies the documents' text.
import type { PathSegment } from './issues.ts';
import type { ReferenceProblem } from './references.ts';

export type SeedReader = (file: string) => string | undefined;

function visit(
  value: unknown,
  path: PathSegment[],
  found: (cite: { seed: string; quote: string }, path: PathSegment[]) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, [...path, i], found));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record.seed === 'string' && typeof record.quote === 'string') {
    found({ seed: record.seed, quote: record.quote }, path);
  }
  for (const [key, child] of Object.entries(record)) visit(child, [...path, key], found);
}

export function checkQuotes(scenario: unknown, readSeed: SeedReader): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  visit(scenario, [], ({ seed, quote }, path) => {
    const text = readSeed(seed);
    if (text === undefined)
      problems.push({ path: [...path, 'seed'], message: `seed file "${seed}" was not found` });
    else if (!text.includes(quote)) {
      problems.push({
        path: [...path, 'quote'],
        message: `this quote is not an exact passage of ${seed}`,
      });
    }
  });
  return problems;
}
