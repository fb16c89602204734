// Building blocks shared by the scenario schema: ids, bounded texts, citations.
// Limits on lengths and counts keep a hostile imported scenario from exhausting memory.
import { z } from 'zod';

export const Id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,63}$/,
    'must be lowercase letters, digits and dashes (e.g. "tower-deal")',
  );

/** A stage, choice or signal of a deal machine: camelCase, as the machines name them. */
export const MachineWord = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,63}$/, 'must be a camelCase name such as "operating"');

export const Text = (max = 2000) => z.string().trim().min(1, 'must not be empty').max(max);

/** Words in a text, as a reader counts them. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A short form shown by default: bounded in words (what a reader feels) as well as characters. */
export const Words = (maxWords: number) =>
  Text(maxWords * 12).refine((t) => wordCount(t) <= maxWords, {
    message: `must be at most ${maxWords} words`,
  });

export const Citation = z
  .strictObject({
    seed: z
      .string()
      .regex(
        /^\d{3}_[0-9a-f]{16}\.txt$/,
        'must be a seed file name like "003_2b87f43e0d4cbdc7.txt"',
      )
      .optional(),
    quote: Text(800).optional(),
    // Only web links: a javascript: or data: link would run or smuggle content from the guide.
    url: z
      .url({ protocol: /^https?$/, error: 'must be an https:// (or http://) address' })
      .optional(),
    title: Text(300).optional(),
    fact: Id.optional(),
  })
  .refine((c) => (c.seed && c.quote) || c.url, {
    message: 'a citation needs a seed file with an exact quote, or a url',
  });

/** Every factual item carries sources, or says plainly that it is invented colour. */
export const sourced = {
  cite: z.array(Citation).max(20).optional(),
  illustrative: z.boolean().optional(),
};

export type CitationData = z.infer<typeof Citation>;
