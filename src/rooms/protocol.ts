// The workshop rooms' wire protocol: ONE zod schema per message, shared by the server (which
// refuses anything that does not parse) and the clients (which build messages from these types).
// Every string and list is bounded, so a message that parses is small by construction.
import { z } from 'zod';
import { MAX_SEED } from '../sim/rng.ts';
import { MAX_TEAMS, MAX_TEAM_NAME, MAX_TIMER_MINUTES, MIN_TEAMS } from '../ui/workshop/plan.ts';

/** Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or off a projector is unambiguous. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 8 symbols of 32 = 40 bits: at 20 guesses a minute per address, years to hit one open room. */
export const CODE_LENGTH = 8;
/** The facilitator key: 128 random bits as hex, kept on the facilitator's laptop only. */
export const KEY_PATTERN = /^[0-9a-f]{32}$/;
/** Largest message the server reads (as JSON); Socket.IO's own limit sits above it. */
export const MAX_MESSAGE_BYTES = 8 * 1024;
export const MAX_ID = 64;

const id = z.string().min(1).max(MAX_ID);
const text = (max: number) => z.string().max(max);

export const RoomCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), 'not a room code');

export const Role = z.enum(['facilitator', 'projector', 'team', 'observer']);
export type Role = z.infer<typeof Role>;

/** Which teams an inject reaches: every team, or the listed team numbers (0-based). */
export const Targets = z.union([
  z.literal('all'),
  z
    .array(
      z
        .int()
        .min(0)
        .max(MAX_TEAMS - 1),
    )
    .min(1)
    .max(MAX_TEAMS),
]);
export type Targets = z.infer<typeof Targets>;

export const RoomSetup = z.strictObject({
  scenarioId: id,
  seed: z.int().min(0).max(MAX_SEED),
  teams: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(MAX_TEAM_NAME), countryId: id }))
    .min(MIN_TEAMS)
    .max(MAX_TEAMS),
  roundMinutes: z.int().min(1).max(MAX_TIMER_MINUTES),
});
export type RoomSetup = z.infer<typeof RoomSetup>;

/** What a client asks of the room. A team's device may only choose, and only for its own team. */
export const Action = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('choose'),
    /** Needed from the facilitator (choosing for a team that cannot); a team's own is implied. */
    team: z
      .int()
      .min(0)
      .max(MAX_TEAMS - 1)
      .optional(),
    decision: id,
    option: id,
  }),
  z.strictObject({ type: z.literal('open') }),
  z.strictObject({ type: z.literal('close') }),
  z.strictObject({ type: z.literal('timer'), minutes: z.int().min(1).max(MAX_TIMER_MINUTES) }),
  z.strictObject({ type: z.literal('inject'), event: id, targets: Targets }),
  z.strictObject({
    type: z.literal('customInject'),
    title: text(200).min(1),
    text: text(2000),
    changes: z.record(id, z.number().min(-100).max(100)),
    targets: Targets,
  }),
]);
export type Action = z.infer<typeof Action>;

/** One line of a room's log: an accepted action, which team's device sent it, when, and its nonce. */
export const Entry = z.strictObject({
  seq: z.int().min(0),
  at: z.number(),
  by: z.union([z.literal('facilitator'), z.int().min(0).max(MAX_TEAMS)]),
  action: Action,
  /** The client's nonce for the action, so that a re-sent action after a reconnect applies once. */
  nonce: text(MAX_ID).optional(),
});
export type Entry = z.infer<typeof Entry>;

// Client to server.
export const CreateMessage = z.strictObject({ setup: RoomSetup });
export const JoinMessage = z.strictObject({
  code: RoomCode,
  role: Role,
  team: z
    .int()
    .min(0)
    .max(MAX_TEAMS - 1)
    .optional(),
  key: z.string().regex(KEY_PATTERN).optional(),
  /** Entries the client already holds: it is sent the rest. */
  since: z.int().min(0).default(0),
});
export const ActMessage = z.strictObject({ action: Action, nonce: text(MAX_ID).optional() });
export type CreateMessage = z.infer<typeof CreateMessage>;
export type JoinMessage = z.input<typeof JoinMessage>;
export type ActMessage = z.infer<typeof ActMessage>;

// Server to client (acknowledgements and broadcasts).
export type Ack<T> = ({ ok: true } & T) | { ok: false; reason: string };
export type CreateAck = Ack<{ code: string; key: string }>;
export type JoinAck = Ack<{ setup: RoomSetup; entries: Entry[]; now: number }>;
export type ActAck = Ack<{ seq: number }>;

/** Socket.IO event names, in one place for both ends. */
export const EVENTS = { create: 'create', join: 'join', act: 'act', entry: 'entry' } as const;

/** Parses a message or says, in words, why it is refused. Size is checked before parsing. */
export function parseMessage<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; value: z.output<S> } | { ok: false; reason: string } {
  let size: number;
  try {
    size = JSON.stringify(raw ?? null).length;
  } catch {
    return { ok: false, reason: 'The message is not plain data.' };
  }
  if (size > MAX_MESSAGE_BYTES)
    return {
      ok: false,
      reason: `The message is too large (${size} bytes, at most ${MAX_MESSAGE_BYTES}).`,
    };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  const where = first?.path.map(String).join('.') || 'message';
  return { ok: false, reason: `Malformed message: ${where}: ${first?.message ?? 'invalid'}.` };
}
