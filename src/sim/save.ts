// The one saved form of games and workshops (`dsr-save/2`): the scenario (id and content hash),
// the seed, and each player's country and moves. Loading replays the moves; nothing else of the
// game is stored, so a finished game fits in about a kilobyte. Older formats pass through the
// migration table first. A corrupted or foreign save is reported in words, never half-loaded.
import { z } from 'zod';
import { PlayerInputSchema } from './playerInput.ts';
import { MAX_SEED } from './rng.ts';
import type { ScenarioData } from './scenario/scenario.schema.ts';
import { gameFingerprint, scenarioHash } from './saveChecks.ts';
import { SaveError, schemaError } from './saveError.ts';
import { MIGRATIONS } from './saveMigrations.ts';
import type { GameState } from './state.ts';

export { SaveError };

export const SAVE_FORMAT = 'dsr-save/2';
export const MAX_SAVE_BYTES = 5 * 1024 * 1024;

const Envelope = {
  format: z.literal(SAVE_FORMAT),
  scenarioId: z.string().min(1),
  /** Null when migrated from a format that did not record it. */
  contentHash: z.string().nullable(),
  seed: z.int().min(0).max(MAX_SEED),
};

/** One player's game: replaying `inputs` from the seed must give `fingerprint` (when known). */
const Play = {
  countryId: z.string().min(1),
  inputs: z.array(PlayerInputSchema).max(5000),
  fingerprint: z.string().nullable(),
};

const GameSaveSchema = z.strictObject({
  ...Envelope,
  kind: z.literal('game'),
  ...Play,
  /** For the title screen's "Continue", which reads it without loading the game. */
  round: z.int().min(1),
  /** A game of the scenario's lesson cut (see lessonCut.ts); absent for the full game. */
  length: z.literal('lesson').optional(),
});

const WorkshopSaveSchema = z.strictObject({
  ...Envelope,
  kind: z.literal('workshop'),
  teams: z.array(z.strictObject({ name: z.string().min(1), ...Play })).min(1),
  /** The facilitator's timer and view: presentation state, checked by the workshop console. */
  facilitator: z.unknown(),
});

const SaveSchema = z.discriminatedUnion('kind', [GameSaveSchema, WorkshopSaveSchema]);

export type GameSave = z.infer<typeof GameSaveSchema>;
export type WorkshopSave = z.infer<typeof WorkshopSaveSchema>;
export type SavedPlay = Pick<GameSave, 'seed' | 'countryId' | 'inputs' | 'fingerprint'>;

export function gameSave(scenario: ScenarioData, state: GameState): GameSave {
  return {
    format: SAVE_FORMAT,
    kind: 'game',
    scenarioId: scenario.id,
    contentHash: scenarioHash(scenario),
    seed: state.seed,
    countryId: state.countryId,
    inputs: [...state.inputs],
    fingerprint: gameFingerprint(state),
    round: state.round,
    ...(state.length ? { length: state.length } : {}),
  };
}

/** Brings an older save up to the current format, one step of the migration table at a time. */
function migrate(json: unknown): unknown {
  let save = json;
  for (;;) {
    const format = (save as { format?: unknown } | null)?.format;
    if (format === SAVE_FORMAT) return save;
    const step = typeof format === 'string' ? MIGRATIONS.get(format) : undefined;
    if (!step)
      throw new SaveError(
        `The save is damaged or from another version (format: ${JSON.stringify(format ?? null)} is not one this game reads).`,
      );
    save = step(save);
  }
}

/** Reads any save, of any format this game has ever written; throws a SaveError saying why not. */
export function parseSave(text: string): GameSave | WorkshopSave {
  if (text.length > MAX_SAVE_BYTES)
    throw new SaveError('The save is too large to be a saved game.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SaveError('The save is damaged: it is not valid JSON.');
  }
  const parsed = SaveSchema.safeParse(migrate(json));
  if (!parsed.success) throw schemaError(parsed.error);
  return parsed.data;
}

export function parseGameSave(text: string, expectedScenarioId: string): GameSave {
  const save = parseSave(text);
  if (save.kind !== 'game') throw new SaveError('This file is a saved workshop, not a game.');
  if (save.scenarioId !== expectedScenarioId)
    throw new SaveError(
      `This save belongs to the scenario "${save.scenarioId}", not "${expectedScenarioId}".`,
    );
  return save;
}

/**
 * Which version of the game wrote a save, as far as the save tells: this one (its content hash is
 * today's), an earlier version of this scenario (another hash), or an earlier version of the game
 * from before saves recorded the scenario's version (no hash: `dsr-save/1` and `dsr-workshop/1`).
 */
export type SaveOrigin = 'this-version' | 'earlier-scenario' | 'earlier-game';

export function saveOrigin(scenario: ScenarioData, contentHash: string | null): SaveOrigin {
  if (contentHash === null) return 'earlier-game';
  return contentHash === scenarioHash(scenario) ? 'this-version' : 'earlier-scenario';
}

/** Why a save's moves did not give the game it recorded: a damaged save, or an older version. */
export function divergedError(scenario: ScenarioData, contentHash: string | null): SaveError {
  const origin = saveOrigin(scenario, contentHash);
  return new SaveError(
    origin === 'this-version'
      ? 'The save is damaged: replaying its moves from its dice does not give the game it holds.'
      : origin === 'earlier-scenario'
        ? 'This save was made with an earlier version of this scenario: its moves no longer give the game it holds.'
        : 'This save was made by an earlier version of the game: replaying its moves on this version no longer gives the game it holds.',
  );
}
