// `npm run schema`: rewrites scenarios/scenario.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../src/sim/scenario/jsonSchema.ts';

const target = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchema());
console.log(`wrote ${target}`);
