// The class link: one address that carries a lesson's settings (scenario, length, dice, how
// countries are assigned, the questions chosen) from the teacher's guide to every student. It lives
// in the address's query, so nothing is sent anywhere and nobody needs an account. Pure: encoding,
// decoding and the checks, each problem said in words (which part of the link, what it allows).
import { MAX_SEED } from '../../sim/rng.ts';
import { GAME_LENGTHS, type GameLength } from '../../sim/scenario/lessonCut.ts';
import { t } from '../messages.ts';

/** How a class's students get their country. */
export type Assign =
  | { kind: 'same'; country: string }
  /** Each student types the seat or group number the teacher gave them: see seatCountry. */
  | { kind: 'seat' }
  | { kind: 'choice' };

export interface ClassLink {
  scenario: string;
  length: GameLength;
  /** Null: each student gets fresh dice. */
  seed: number | null;
  assign: Assign;
  /** 1-based question numbers, ascending; empty means every question. */
  questions: number[];
}

/** What a link is checked against: the scenario it names, as far as the link is concerned. */
export interface LinkTarget {
  id: string;
  countries: readonly string[];
  questionCount: number;
  /** Whether the scenario has a lesson cut to play. */
  lesson: boolean;
}

export const MIN_QUESTIONS = 2;
export const MAX_QUESTIONS = 3;
export const MAX_SEAT = 999;
/** The link's parts, in the order the link writes them. */
export const PARAMS = ['scenario', 'length', 'seed', 'assign', 'country', 'q'] as const;

/** A problem with one part of a link, in words a teacher or student can act on. */
export interface LinkProblem {
  param: string;
  message: string;
}

export type Decoded = { ok: true; link: ClassLink } | { ok: false; problems: LinkProblem[] };

/** True when the address is a class link (it names a scenario); anything else opens the game as usual. */
export function isClassLink(search: string): boolean {
  return new URLSearchParams(search).has('scenario');
}

/** The query of a link, without the leading "?", its parts always in the same order. */
export function encodeClassLink(link: ClassLink): string {
  const params = new URLSearchParams({ scenario: link.scenario, length: link.length });
  if (link.seed !== null) params.set('seed', String(link.seed));
  if (link.assign.kind === 'same') params.set('country', link.assign.country);
  else params.set('assign', link.assign.kind);
  // Commas stay readable: a teacher may copy the link by hand from the board.
  const q = link.questions.length > 0 ? `&q=${link.questions.join(',')}` : '';
  return `${params.toString()}${q}`;
}

/** The country for seat or group number `seat` (from 1): the countries in turn, round-robin. */
export function seatCountry(countries: readonly string[], seat: number): string | undefined {
  return countries[(seat - 1) % countries.length];
}

/** A whole number given as digits only (no sign, no exponent, no spaces), within bounds. */
export function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,12}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function problem(param: string, given: string | null, allowed: string): LinkProblem {
  return {
    param,
    message:
      given === null
        ? t('lkMissing', { param, allowed })
        : t('lkBadValue', { param, given: shown(given), allowed }),
  };
}

function decodeQuestions(given: string | null, target: LinkTarget): number[] | LinkProblem {
  if (given === null) return [];
  const allowed = t('lkAllowedQuestions', {
    min: MIN_QUESTIONS,
    max: MAX_QUESTIONS,
    count: target.questionCount,
  });
  const parts = given.split(',');
  const numbers = parts.map((p) => wholeNumber(p, 1, target.questionCount));
  const distinct = new Set(numbers);
  if (
    numbers.some((n) => n === null) ||
    distinct.size !== numbers.length ||
    numbers.length < MIN_QUESTIONS ||
    numbers.length > MAX_QUESTIONS
  )
    return problem('q', given, allowed);
  return (numbers as number[]).sort((a, b) => a - b);
}

function decodeAssign(params: URLSearchParams, target: LinkTarget): Assign | LinkProblem[] {
  const assign = params.get('assign');
  const country = params.get('country');
  const countries = target.countries.join(', ');
  if (assign !== null && !['same', 'seat', 'choice'].includes(assign))
    return [problem('assign', assign, t('lkAllowedAssign'))];
  if (country !== null && assign !== null && assign !== 'same')
    return [problem('country', country, t('lkCountryOnlySame'))];
  if (country === null && assign === 'same')
    return [problem('country', null, t('lkAllowedCountry', { countries }))];
  if (country !== null) {
    if (!target.countries.includes(country))
      return [problem('country', country, t('lkAllowedCountry', { countries }))];
    return { kind: 'same', country };
  }
  return assign === 'seat' ? { kind: 'seat' } : { kind: 'choice' };
}

/**
 * Reads a link's query against the scenarios that exist. Every problem is reported, not only the
 * first, so that one correction fixes the link.
 */
export function decodeClassLink(search: string, targets: readonly LinkTarget[]): Decoded {
  const params = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  for (const key of new Set(params.keys()))
    if (!(PARAMS as readonly string[]).includes(key))
      problems.push({
        param: key,
        message: t('lkUnknown', { param: key, known: PARAMS.join(', ') }),
      });
  for (const key of PARAMS)
    if (params.getAll(key).length > 1)
      problems.push({ param: key, message: t('lkTwice', { param: key }) });

  const id = params.get('scenario') ?? '';
  const target = targets.find((s) => s.id === id);
  if (!target) {
    const names = targets.map((s) => s.id).join(', ');
    problems.push(problem('scenario', id, t('lkAllowedScenario', { names })));
    return { ok: false, problems };
  }
  const lengthText = params.get('length') ?? 'full';
  const length = GAME_LENGTHS.find((l) => l === lengthText);
  if (!length) problems.push(problem('length', lengthText, t('lkAllowedLength')));
  if (length === 'lesson' && !target.lesson)
    problems.push(problem('length', lengthText, t('lkNoLessonCut')));
  const seedText = params.get('seed');
  const seed = seedText === null ? null : wholeNumber(seedText, 0, MAX_SEED);
  if (seedText !== null && seed === null)
    problems.push(problem('seed', seedText, t('lkAllowedSeed', { max: MAX_SEED })));
  const assign = decodeAssign(params, target);
  if (Array.isArray(assign)) problems.push(...assign);
  const questions = decodeQuestions(params.get('q'), target);
  if (!Array.isArray(questions)) problems.push(questions);

  if (problems.length > 0 || !length || Array.isArray(assign) || !Array.isArray(questions))
    return { ok: false, problems };
  return { ok: true, link: { scenario: id, length, seed, assign, questions } };
}
