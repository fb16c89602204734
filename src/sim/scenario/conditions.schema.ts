// Conditions over the game state, used by decisions, options, events and endings.
// One object with exactly one kind of test keeps errors precise ("field decision.stage") where a
// zod union would only say "invalid input".
import { z } from 'zod';
import { INDICATOR_IDS } from '../indicators.ts';
import { Id, MachineWord } from './primitives.schema.ts';

const CONDITION_KINDS = [
  'indicator',
  'flag',
  'decision',
  'election',
  'event',
  'country',
  'round',
  'alone',
  'all',
  'any',
  'not',
] as const;

const Range = z
  .strictObject({ atLeast: z.number().optional(), atMost: z.number().optional() })
  .refine((r) => r.atLeast !== undefined || r.atMost !== undefined, {
    message: 'give atLeast, atMost or both',
  });

export interface ConditionData {
  indicator?: (typeof INDICATOR_IDS)[number];
  atLeast?: number;
  atMost?: number;
  /** Compare the indicator minus this one (e.g. alignChina relative to alignWest). */
  relativeTo?: (typeof INDICATOR_IDS)[number];
  flag?: string;
  is?: boolean;
  decision?: string;
  chose?: string[];
  stage?: string[];
  election?: string;
  result?: 'kept' | 'lost' | 'postponed' | 'pending';
  /** The event (or inject) has fired in this game. */
  event?: string;
  country?: string[];
  round?: { atLeast?: number; atMost?: number };
  /**
   * No other decision falls due this round (one whose own `when` does not test `alone`): for a
   * decision that fills a year that would otherwise have none. Only in a decision's `when`.
   */
  alone?: true;
  all?: ConditionData[];
  any?: ConditionData[];
  not?: ConditionData;
}

export const Condition: z.ZodType<ConditionData> = z
  .strictObject({
    indicator: z.enum(INDICATOR_IDS).optional(),
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    relativeTo: z.enum(INDICATOR_IDS).optional(),
    flag: Id.optional(),
    is: z.boolean().optional(),
    decision: Id.optional(),
    chose: z.array(Id).min(1).optional(),
    stage: z.array(MachineWord).min(1).optional(),
    election: Id.optional(),
    result: z.enum(['kept', 'lost', 'postponed', 'pending']).optional(),
    event: Id.optional(),
    country: z.array(Id).min(1).optional(),
    round: Range.optional(),
    alone: z.literal(true).optional(),
    get all() {
      return z.array(Condition).min(1).max(50).optional();
    },
    get any() {
      return z.array(Condition).min(1).max(50).optional();
    },
    get not() {
      return Condition.optional();
    },
  })
  .superRefine((c, ctx) => {
    const kinds = CONDITION_KINDS.filter((k) => c[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `a condition tests exactly one of ${CONDITION_KINDS.join(', ')} (found ${kinds.join(', ') || 'none'})`,
      });
      return;
    }
    const kind = kinds[0];
    if (kind === 'indicator' && c.atLeast === undefined && c.atMost === undefined) {
      ctx.addIssue({ code: 'custom', message: 'an indicator test needs atLeast, atMost or both' });
    }
    if (
      kind !== 'indicator' &&
      (c.atLeast !== undefined || c.atMost !== undefined || c.relativeTo)
    ) {
      ctx.addIssue({ code: 'custom', message: 'atLeast/atMost belong to an indicator test' });
    }
    if (kind === 'decision' && c.chose && c.stage) {
      ctx.addIssue({ code: 'custom', message: 'test either chose or stage, not both' });
    }
    if (kind === 'election' && !c.result) {
      ctx.addIssue({ code: 'custom', message: 'an election test needs a result' });
    }
  });
