// The JSON Schema of a scenario file, generated from the zod schema, for editor autocompletion.
import { z } from 'zod';
import { Scenario } from './scenario.schema.ts';

export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' });
  const titled = {
    ...schema,
    title: 'Digital Silk Road scenario',
    description: 'A scenario file for the Digital Silk Road game (see docs/writing-scenarios.md).',
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
