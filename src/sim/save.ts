// The saved form of a game, and the checks a save must pass before it is trusted: a corrupted or
// foreign save is reported in words, never crashes the game, and is never half-loaded.
import { z } from 'zod';

export interface SaveFile {
  format: 'dsr-save/1';
  scenarioId: string;
  countryId: string;
  round: number;
  /** XState's persisted snapshot of the game machine and its deal machines. */
  snapshot: unknown;
}

export class SaveError extends Error {
  override name = 'SaveError';
}

const Indicators = z.record(z.string(), z.number());

const PersistedGame = z.looseObject({
  status: z.enum(['active', 'done']),
  value: z.string(),
  children: z.record(
    z.string(),
    z.looseObject({ src: z.string(), snapshot: z.looseObject({ value: z.string() }) }),
  ),
  context: z.looseObject({
    game: z.looseObject({
      format: z.literal('dsr-state/1'),
      scenarioId: z.string(),
      countryId: z.string(),
      seed: z.number(),
      rng: z.number(),
      round: z.int().min(1),
      indicators: Indicators,
      history: z.array(Indicators),
      log: z.array(z.unknown()),
      pending: z.array(z.string()),
    }),
  }),
});

const Save = z.strictObject({
  format: z.literal('dsr-save/1'),
  scenarioId: z.string(),
  countryId: z.string(),
  round: z.int(),
  snapshot: PersistedGame,
});

export const MAX_SAVE_BYTES = 5 * 1024 * 1024;

export function parseSave(text: string, expectedScenarioId: string): SaveFile {
  if (text.length > MAX_SAVE_BYTES)
    throw new SaveError('The save is too large to be a saved game.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SaveError('The save is damaged: it is not valid JSON.');
  }
  const parsed = Save.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.map(String).join('.') || '(top level)' : '(top level)';
    throw new SaveError(
      `The save is damaged or from another version (${where}: ${first?.message ?? 'invalid'}).`,
    );
  }
  if (parsed.data.scenarioId !== expectedScenarioId) {
    throw new SaveError(
      `This save belongs to the scenario "${parsed.data.scenarioId}", not "${expectedScenarioId}".`,
    );
  }
  if (parsed.data.snapshot.context.game.scenarioId !== parsed.data.scenarioId) {
    throw new SaveError('The save is damaged: its game does not match its scenario.');
  }
  return parsed.data as SaveFile;
}
