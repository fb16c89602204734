// Strategies a teacher or researcher composes as data: an ordered list of rules, each narrowing the
// open options by what the scenario says about them (who lends, whose infrastructure, what it costs,
// what it changes), optionally only while a condition on the game holds ("if public debt is at
// least 40 ..."). Nothing here knows a case study: rules read only the option fields of the schema.
import { z } from 'zod';
import { holds } from './conditions.ts';
import { INDICATOR_IDS } from './indicators.ts';
import { Condition } from './scenario/conditions.schema.ts';
import { CREDITORS } from './scenario/effects.schema.ts';
import { PARTNERS, type OptionData } from './scenario/scenario.schema.ts';
import type { ScenarioIndex } from './scenario/scenarioIndex.ts';
import type { GameState } from './state.ts';
import { STRATEGY_NAMES, randomStrategy, strategyByName, type Strategy } from './strategies.ts';

/** Which options a rule is about; every field given must match. */
const OptionFilter = z
  .strictObject({
    /** Takes a loan from this kind of creditor (at any stage of the deal). */
    financing: z.enum(CREDITORS).optional(),
    /** Whose infrastructure or partnership it is (the option's map partner). */
    partner: z.enum(PARTNERS).optional(),
    /** Takes any loan at all (true) or none (false). */
    borrows: z.boolean().optional(),
  })
  .refine((f) => Object.keys(f).length > 0, { message: 'a filter needs at least one field' });
export type OptionFilterData = z.infer<typeof OptionFilter>;

/**
 * What an option is measured by: `cost` is the fiscal room it spends at once, `borrowing` the loans
 * it takes (% of GDP), an indicator the sum of the changes its deal's stages make to it (as the
 * built-in greedy strategies count them).
 */
const Measure = z.union([z.enum(['cost', 'borrowing']), z.enum(INDICATOR_IDS)]);
export type MeasureData = z.infer<typeof Measure>;

/** One rule does exactly one thing; a rule that would leave no option changes nothing. */
const Rule = z
  .strictObject({
    if: Condition.optional(),
    avoid: OptionFilter.optional(),
    prefer: OptionFilter.optional(),
    lowest: Measure.optional(),
    highest: Measure.optional(),
  })
  .refine(
    (r) => [r.avoid, r.prefer, r.lowest, r.highest].filter((a) => a !== undefined).length === 1,
    { message: 'a rule does exactly one of avoid, prefer, lowest, highest' },
  );
export type RuleData = z.infer<typeof Rule>;

export const RuleStrategy = z.strictObject({
  name: z.string().trim().min(1).max(80),
  rules: z.array(Rule).max(20),
  /** Among the options left after every rule: the first as listed, or one at random. */
  otherwise: z.enum(['first', 'random']).default('first'),
});
export type RuleStrategyData = z.infer<typeof RuleStrategy>;

/** A strategy the lab can run: a built-in one by name, or composed rules. */
export const StrategySpec = z.union([
  z.strictObject({ builtin: z.enum(STRATEGY_NAMES) }),
  z.strictObject({ rules: RuleStrategy }),
]);
export type StrategySpecData = z.infer<typeof StrategySpec>;

function stageEffects(option: OptionData) {
  return Object.values(option.effects ?? {}).flat();
}

function loans(option: OptionData) {
  return stageEffects(option).flatMap((e) => (e.borrow ? [e.borrow] : []));
}

export function matches(option: OptionData, filter: OptionFilterData): boolean {
  const taken = loans(option);
  return (
    (filter.financing === undefined || taken.some((b) => b.creditor === filter.financing)) &&
    (filter.partner === undefined || option.map?.partner === filter.partner) &&
    (filter.borrows === undefined || taken.length > 0 === filter.borrows)
  );
}

export function measure(option: OptionData, by: MeasureData): number {
  if (by === 'cost')
    return -(option.effects?.now ?? []).reduce((sum, e) => sum + (e.change?.budget ?? 0), 0);
  if (by === 'borrowing') return loans(option).reduce((sum, b) => sum + b.pctGdp, 0);
  return stageEffects(option).reduce((sum, e) => sum + (e.change?.[by] ?? 0), 0);
}

/** The candidates a rule leaves: never none (a rule that would remove every option is skipped). */
function narrow(candidates: OptionData[], rule: RuleData): OptionData[] {
  let kept = candidates;
  if (rule.avoid) kept = candidates.filter((o) => !matches(o, rule.avoid as OptionFilterData));
  else if (rule.prefer)
    kept = candidates.filter((o) => matches(o, rule.prefer as OptionFilterData));
  else {
    const sign = rule.highest !== undefined ? -1 : 1;
    const by = (rule.highest ?? rule.lowest) as MeasureData;
    const best = Math.min(...candidates.map((o) => sign * measure(o, by)));
    kept = candidates.filter((o) => sign * measure(o, by) === best);
  }
  return kept.length > 0 ? kept : candidates;
}

/** The options the rules leave for a decision, in the scenario's order (for tests and the page). */
export function optionsLeft(
  rules: readonly RuleData[],
  state: GameState,
  index: ScenarioIndex,
  decisionId: string,
  open: readonly string[],
): string[] {
  const all = index.decisions.get(decisionId)?.options ?? [];
  let candidates = all.filter((o) => open.includes(o.id));
  for (const rule of rules) {
    if (holds(rule.if, state, index)) candidates = narrow(candidates, rule);
  }
  return candidates.map((o) => o.id);
}

/** A composed strategy for one game; `seed` feeds its own random stream (not the game's dice). */
export function ruleStrategy(data: RuleStrategyData, seed: number): Strategy {
  const tieBreak = data.otherwise === 'random' ? randomStrategy(seed) : null;
  return {
    pick(state, index, decisionId, open) {
      const left = optionsLeft(data.rules, state, index, decisionId, open);
      return tieBreak
        ? tieBreak.pick(state, index, decisionId, left)
        : (left[0] ?? (open[0] as string));
    },
  };
}

/** The strategy for game `seed`, derived as the command-line batch derives it. */
export function strategyFromSpec(spec: StrategySpecData, seed: number): Strategy {
  return 'builtin' in spec ? strategyByName(spec.builtin, seed) : ruleStrategy(spec.rules, seed);
}

export function specName(spec: StrategySpecData): string {
  return 'builtin' in spec ? spec.builtin : spec.rules.name;
}
