// What a player (or a facilitator) does, declared once: the events the game takes, the moves a
// game records in its state, and the schema that checks them whenever a save is read back.
import { z } from 'zod';

/** An inject a facilitator writes on the spot: what happened, and what it does to the country. */
export const CustomInjectSchema = z.strictObject({
  title: z.string().max(200),
  text: z.string().max(4000),
  /** Indicator changes; unknown or derived indicators are ignored when it fires. */
  changes: z.record(z.string(), z.number()),
});

/** Replaying these with the seed rebuilds the game. */
export const PlayerInputSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('choose'), decision: z.string(), option: z.string() }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('inject'), event: z.string() }),
  CustomInjectSchema.extend({ type: z.literal('customInject') }),
]);

export type CustomInject = z.infer<typeof CustomInjectSchema>;
export type PlayerInput = z.infer<typeof PlayerInputSchema>;
