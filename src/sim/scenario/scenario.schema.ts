// The shape of a scenario file (scenarios/*.yaml). Unknown keys are errors so that a typo never
// silently drops content; cross-references are checked afterwards in references.ts.
import { z } from 'zod';
import { INDICATOR_IDS } from '../indicators.ts';
import { MACHINE_KINDS } from '../machines/lifecycles.ts';
import { Condition } from './conditions.schema.ts';
import { Chance, EffectList } from './effects.schema.ts';
import { Lesson } from './lesson.schema.ts';
import { Citation, Id, MachineWord, Text, Words, sourced } from './primitives.schema.ts';
import { PartedText } from './textParts.schema.ts';

const StageEffects = z.record(MachineWord, EffectList);

const Term = z.strictObject({ label: Text(80), value: Text(300) });

export const PARTNERS = ['china', 'russia', 'west', 'regional', 'domestic'] as const;
export type Partner = (typeof PARTNERS)[number];

/** Where a deal's infrastructure appears on the map, and whose it is. */
const OptionMap = z.strictObject({
  partner: z.enum(PARTNERS),
  sites: z.array(Id).min(1).max(20).optional(),
  link: Id.optional(),
});

export const Option = z.strictObject({
  id: Id,
  label: Text(120),
  /** The card's headline and one sentence; description, appeal, risk and terms open on demand. */
  headline: Words(8),
  short: Words(25),
  description: Text(),
  outcome: MachineWord,
  appeal: Text(600).optional(),
  risk: Text(600).optional(),
  terms: z.array(Term).max(12).optional(),
  rounds: z.int().min(1).max(10).optional(),
  requires: Condition.optional(),
  lockedText: Text(300).optional(),
  effects: StageEffects.optional(),
  ongoing: StageEffects.optional(),
  map: OptionMap.optional(),
  ...sourced,
});

export const Decision = z.strictObject({
  id: Id,
  machine: z.enum(MACHINE_KINDS),
  continues: Id.optional(),
  round: z.int().min(1).max(100),
  /** Offered again each round up to this one, until a choice other than "hold" is made. */
  until: z.int().min(1).max(100).optional(),
  when: Condition.optional(),
  countries: z.array(Id).min(1).optional(),
  date: Text(60).optional(),
  title: Text(160),
  prompt: Text(),
  /** The prompt as shown by default (the problem; the cards carry the choices); the full prompt opens on demand. */
  short: Words(25),
  /**
   * One line per advisor: the country's own reasons and fears, in human form (illustrative). The
   * first two speak by default: list first the two who disagree most on this decision.
   */
  voices: z
    .array(z.strictObject({ advisor: Id, line: Words(15) }))
    .max(4)
    .optional(),
  options: z.array(Option).min(2).max(6),
  ...sourced,
});

export const GameEvent = z.strictObject({
  id: Id,
  title: Text(160),
  text: PartedText(),
  headline: Words(8),
  short: Words(25),
  /** A major event gets a moment of its own on the stage; others go to the ticker. */
  major: z.boolean().default(false),
  /** The map place where it happens. */
  place: Id.optional(),
  date: Text(60).optional(),
  rounds: z.strictObject({ from: z.int().min(1), to: z.int().min(1) }).optional(),
  when: Condition.optional(),
  chance: Chance.optional(),
  repeatable: z.boolean().default(false),
  /**
   * Events that cannot both happen in one game: this event never fires once one of these has, and
   * (the exclusion is symmetric, inferred by the game) none of these fires once this one has.
   */
  excludes: z.array(Id).min(1).max(20).optional(),
  /** `start`: rolled as the round opens, before its decisions; `end`: after them. */
  phase: z.enum(['start', 'end']).default('end'),
  /** A hidden event happens without the player being told; the debrief reveals it. */
  hidden: z.boolean().default(false),
  automatic: z.boolean().default(true),
  inject: z.boolean().default(false),
  effects: EffectList,
  ...sourced,
});

export const Election = z.strictObject({
  id: Id,
  round: z.int().min(1).max(100),
  title: Text(160),
  text: Text(),
  headline: Words(8),
  short: Words(25),
  keepChance: Chance,
  kept: z.strictObject({ text: PartedText(), effects: EffectList }),
  lost: z.strictObject({ text: PartedText(), effects: EffectList }),
  ...sourced,
});

export const Ending = z.strictObject({
  id: Id,
  title: Text(120),
  summary: PartedText(400),
  explanation: PartedText(4000),
  when: Condition.optional(),
  ...sourced,
});

const StartingPosition = z.strictObject({
  indicators: z.partialRecord(z.enum(INDICATOR_IDS), z.number()),
  debt: z.strictObject({
    pctGdp: z.number().min(0).max(200),
    chinaSharePct: z.number().min(0).max(100),
  }),
});

export const Country = z.strictObject({
  id: Id,
  name: Text(80),
  summary: Text(),
  start: StartingPosition,
  ...sourced,
});

export const Document = z.strictObject({
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name'),
  title: Text(300),
  author: Text(200),
  date: Text(80),
  note: Text(600).optional(),
});

export const HistoryEntry = z.strictObject({
  date: Text(60),
  title: Text(160),
  text: Text(),
  decision: Id.optional(),
  chose: Id.optional(),
  /** The entry as the timeline shows it by default. */
  short: Words(30),
  disputed: Text(600).optional(),
  ...sourced,
});

const Place = z.strictObject({
  id: Id,
  name: Text(80),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  kind: z.enum(['capital', 'city', 'landing', 'partner']).default('city'),
});

/** The region the map shows, its places, and the partner capitals that arcs lead to. */
const MapSpec = z.strictObject({
  bounds: z.tuple([z.tuple([z.number(), z.number()]), z.tuple([z.number(), z.number()])]),
  places: z.array(Place).min(1).max(60),
  partners: z.partialRecord(z.enum(PARTNERS), Id).default({}),
});

export const Scenario = z.strictObject({
  format: z.literal('dsr-scenario/1'),
  id: Id,
  title: Text(120),
  region: Text(80),
  years: z.strictObject({ start: z.int(), end: z.int() }),
  minutes: z.int().min(5).max(240),
  summary: Text(),
  objectives: z.array(Text(400)).min(1).max(12),
  rounds: z
    .array(z.strictObject({ label: Text(40) }))
    .min(1)
    .max(40),
  map: MapSpec.optional(),
  documents: z.array(Document).min(1).max(50),
  countries: z.array(Country).min(1).max(8),
  rules: z
    .strictObject({
      everyRound: EffectList.default([]),
      budgetPointsPerPctGdp: z.number().min(0).max(100).default(10),
      yearsPerRound: z.number().min(0.25).max(5).default(1),
    })
    .default({ everyRound: [], budgetPointsPerPctGdp: 10, yearsPerRound: 1 }),
  decisions: z.array(Decision).min(1).max(100),
  events: z.array(GameEvent).max(200).default([]),
  elections: z.array(Election).max(20).default([]),
  endings: z.array(Ending).min(2).max(20),
  history: z.array(HistoryEntry).max(100).default([]),
  questions: z
    .array(z.strictObject({ text: Text(600), notes: Text(2000).optional() }))
    .max(30)
    .default([]),
  /** Illustrative advisors whose voices speak at each decision. */
  advisors: z
    .array(z.strictObject({ id: Id, name: Text(80), role: Text(120) }))
    .max(6)
    .default([]),
  glossary: z
    .array(
      z.strictObject({
        term: Text(80),
        /** Other forms of the term to mark in the game's texts (e.g. "Export-Import Bank"). */
        also: z.array(Text(80)).max(6).optional(),
        definition: Text(800),
        cite: z.array(Citation).max(5).optional(),
      }),
    )
    .max(100)
    .default([]),
  /** A shorter game for a lesson: the key decisions only (see lesson.schema.ts). */
  lesson: Lesson.optional(),
});

export type ScenarioData = z.infer<typeof Scenario>;
export type DecisionData = z.infer<typeof Decision>;
export type OptionData = z.infer<typeof Option>;
export type GameEventData = z.infer<typeof GameEvent>;
export type ElectionData = z.infer<typeof Election>;
export type EndingData = z.infer<typeof Ending>;
export type CountryData = z.infer<typeof Country>;
export type MapSpecData = z.infer<typeof MapSpec>;
export type PlaceData = z.infer<typeof Place>;
export type AdvisorData = ScenarioData['advisors'][number];
