// Every older save format this game has written, and how each becomes the next one. Students keep
// saves in their browsers and as downloaded files for months: an entry is never removed.
import { z } from 'zod';
import { gameFingerprint } from './saveChecks.ts';
import { SaveError, schemaError } from './saveError.ts';

function read<T>(schema: z.ZodType<T>, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw schemaError(parsed.error);
}

/**
 * `dsr-save/1` held XState's persisted snapshot of the whole game. Only what a replay needs is
 * kept (seed, country, moves); the outcome it recorded becomes the fingerprint the replay must
 * reach, so a save whose moves no longer give its game is refused in words, not misplayed.
 */
const GameV1 = z.looseObject({
  scenarioId: z.string(),
  snapshot: z.looseObject({
    context: z.looseObject({
      game: z.looseObject({
        scenarioId: z.string(),
        countryId: z.string(),
        seed: z.number(),
        round: z.int().min(1),
        indicators: z.record(z.string(), z.number()),
        choices: z.array(
          z.looseObject({ round: z.number(), decision: z.string(), option: z.string() }),
        ),
        ending: z.string().nullable(),
        inputs: z.array(z.unknown()),
      }),
    }),
  }),
});

function gameV1(json: unknown): unknown {
  const old = read(GameV1, json);
  const game = old.snapshot.context.game;
  if (game.scenarioId !== old.scenarioId)
    throw new SaveError('The save is damaged: its game does not match its scenario.');
  return {
    format: 'dsr-save/2',
    kind: 'game',
    scenarioId: old.scenarioId,
    contentHash: null,
    seed: game.seed,
    countryId: game.countryId,
    inputs: game.inputs,
    fingerprint: gameFingerprint(game),
    round: game.round,
  };
}

/** `dsr-workshop/1` was already seed and moves; it gains the shared envelope. */
const WorkshopV1 = z.looseObject({
  scenarioId: z.unknown(),
  seed: z.unknown(),
  teams: z.array(z.looseObject({})),
  timer: z.unknown(),
  view: z.unknown(),
});

function workshopV1(json: unknown): unknown {
  const old = read(WorkshopV1, json);
  return {
    format: 'dsr-save/2',
    kind: 'workshop',
    scenarioId: old.scenarioId,
    contentHash: null,
    seed: old.seed,
    teams: old.teams.map((team) => ({ ...team, fingerprint: null })),
    facilitator: { timer: old.timer, view: old.view },
  };
}

/** Format name → the save in the next format (which the table may migrate further). */
export const MIGRATIONS: ReadonlyMap<string, (json: unknown) => unknown> = new Map([
  ['dsr-save/1', gameV1],
  ['dsr-workshop/1', workshopV1],
]);
