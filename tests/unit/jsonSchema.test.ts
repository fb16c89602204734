// The committed JSON Schema that editors use must match the zod schema the game validates with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/sim/scenario/jsonSchema.ts';

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the schema in src/sim/scenario (run `npm run schema` if not)', () => {
    const committed = readFileSync(
      new URL('../../scenarios/scenario.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(scenarioJsonSchema());
  });

  it('rejects unknown keys at the top level, as the validator does', () => {
    const schema = JSON.parse(scenarioJsonSchema()) as {
      additionalProperties?: unknown;
      required?: string[];
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('decisions');
  });
});
