// A save that cannot be loaded, with the reason in words a player or facilitator can act on.
import type { z } from 'zod';

export class SaveError extends Error {
  override name = 'SaveError';
}

/** The first thing wrong with a save's shape, named by its path. */
export function schemaError(error: z.ZodError): SaveError {
  const first = error.issues[0];
  const where = first?.path.map(String).join('.') || '(top level)';
  return new SaveError(
    `The save is damaged or from another version (${where}: ${first?.message ?? 'invalid'}).`,
  );
}
