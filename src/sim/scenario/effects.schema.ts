// Effects: what a choice, a stage of a deal, an event or an election does to the country.
// Each effect does exactly one thing; delayed effects nest the effects they release.
import { z } from 'zod';
import { INDICATOR_IDS } from '../indicators.ts';
import { Id, MachineWord, Text } from './primitives.schema.ts';

export const CREDITORS = ['china', 'west', 'multilateral', 'other'] as const;
export type Creditor = (typeof CREDITORS)[number];

const EFFECT_KINDS = [
  'change',
  'borrow',
  'setFlag',
  'clearFlag',
  'signal',
  'after',
  'postponeElection',
] as const;

export const Borrow = z.strictObject({
  creditor: z.enum(CREDITORS),
  pctGdp: z.number().positive().max(100),
  ratePct: z.number().min(0).max(30),
  years: z.int().min(1).max(50),
  graceYears: z.int().min(0).max(20).default(0),
  label: Text(200).optional(),
});

export interface EffectData {
  change?: Partial<Record<(typeof INDICATOR_IDS)[number], number>>;
  borrow?: z.infer<typeof Borrow>;
  setFlag?: string;
  clearFlag?: string;
  signal?: { decision: string; event: string };
  after?: number;
  then?: EffectData[];
  postponeElection?: { election: string; rounds: number };
  note?: string;
}

export const Effect: z.ZodType<EffectData, unknown> = z
  .strictObject({
    change: z.partialRecord(z.enum(INDICATOR_IDS), z.number().min(-200).max(200)).optional(),
    borrow: Borrow.optional(),
    setFlag: Id.optional(),
    clearFlag: Id.optional(),
    signal: z.strictObject({ decision: Id, event: MachineWord }).optional(),
    after: z.int().min(1).max(20).optional(),
    get then() {
      return z.array(Effect).min(1).max(50).optional();
    },
    postponeElection: z.strictObject({ election: Id, rounds: z.int().min(1).max(10) }).optional(),
    note: Text(300).optional(),
  })
  .superRefine((e, ctx) => {
    const kinds = EFFECT_KINDS.filter((k) => e[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `an effect does exactly one of ${EFFECT_KINDS.join(', ')} (found ${kinds.join(', ') || 'none'})`,
      });
    }
    if ((e.after === undefined) !== (e.then === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a delayed effect needs both after (rounds) and then (effects)',
      });
    }
  });

export const EffectList = z.array(Effect).max(50);

/** Odds of a chance event: base plus a weight per indicator point, clamped to [min, max]. */
export const Chance = z.strictObject({
  base: z.number().min(-1).max(1),
  per: z.partialRecord(z.enum(INDICATOR_IDS), z.number().min(-1).max(1)).optional(),
  flags: z.record(Id, z.number().min(-1).max(1)).optional(),
  min: z.number().min(0).max(1).default(0),
  max: z.number().min(0).max(1).default(1),
});
export type ChanceData = z.infer<typeof Chance>;
