// The class link: what the teacher's guide writes, a student's browser reads back exactly; a link
// that was mistyped or cut short is refused with the part named and what it allows.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playThrough } from '../../src/sim/playthrough.ts';
import { MAX_SEED } from '../../src/sim/rng.ts';
import { firstOptionStrategy } from '../../src/sim/strategies.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { askedScenario } from '../../src/ui/classroom/askedQuestions.ts';
import { outlineOf, summarise } from '../../src/ui/classroom/classReport.ts';
import { darkPath } from '../../src/ui/classroom/qrCode.ts';
import { buildReport } from '../../src/ui/classroom/reportFormat.ts';
import { runSheet } from '../../src/ui/classroom/runSheet.ts';
import {
  decodeClassLink,
  encodeClassLink,
  isClassLink,
  seatCountry,
  type ClassLink,
  type LinkTarget,
} from '../../src/ui/classroom/classLink.ts';

const targets: LinkTarget[] = [
  { id: 'solomon-islands', countries: ['solomon-islands'], questionCount: 9, lesson: false },
  {
    id: 'central-asia',
    countries: ['kazakhstan', 'kyrgyzstan', 'uzbekistan', 'tajikistan'],
    questionCount: 9,
    lesson: true,
  },
];

const arbitraryLink: fc.Arbitrary<ClassLink> = fc.constantFrom(...targets).chain((target) =>
  fc.record({
    scenario: fc.constant(target.id),
    // A scenario without a lesson cut is only ever linked at full length.
    length: target.lesson
      ? fc.constantFrom('full' as const, 'lesson' as const)
      : fc.constant('full' as const),
    seed: fc.option(fc.integer({ min: 0, max: MAX_SEED }), { nil: null }),
    assign: fc.oneof(
      fc.constantFrom(...target.countries).map((country) => ({ kind: 'same' as const, country })),
      fc.constant({ kind: 'seat' as const }),
      fc.constant({ kind: 'choice' as const }),
    ),
    questions: fc.oneof(
      fc.constant<number[]>([]),
      fc
        .uniqueArray(fc.integer({ min: 1, max: target.questionCount }), {
          minLength: 2,
          maxLength: 3,
        })
        .map((q) => [...q].sort((a, b) => a - b)),
    ),
  }),
);

const problemsOf = (search: string) => {
  const decoded = decodeClassLink(search, targets);
  return decoded.ok ? [] : decoded.problems;
};

describe('the class link', () => {
  it('reads back every link it writes, whatever the settings', () => {
    fc.assert(
      fc.property(arbitraryLink, (link) => {
        const search = encodeClassLink(link);
        expect(isClassLink(`?${search}`)).toBe(true);
        expect(decodeClassLink(`?${search}`, targets)).toEqual({ ok: true, link });
      }),
      { numRuns: 500 },
    );
  });

  it('writes a short link a teacher can copy by hand', () => {
    const search = encodeClassLink({
      scenario: 'central-asia',
      length: 'lesson',
      seed: 42,
      assign: { kind: 'seat' },
      questions: [1, 4, 7],
    });
    expect(search).toBe('scenario=central-asia&length=lesson&seed=42&assign=seat&q=1,4,7');
  });

  it('reads a hand-written link with the defaults: the full game, students choose', () => {
    expect(decodeClassLink('?scenario=central-asia', targets)).toEqual({
      ok: true,
      link: {
        scenario: 'central-asia',
        length: 'full',
        seed: null,
        assign: { kind: 'choice' },
        questions: [],
      },
    });
  });

  it('is not a class link without a scenario: the game opens as usual', () => {
    expect(isClassLink('?seed=42')).toBe(false);
    expect(isClassLink('')).toBe(false);
  });

  it.each([
    ['?scenario=atlantis', 'scenario', /"atlantis".*solomon-islands, central-asia/],
    ['?scenario=central-asia&length=short', 'length', /"short".*"full".*"lesson"/],
    ['?scenario=solomon-islands&length=lesson', 'length', /no lesson cut, so it must be "full"/],
    ['?scenario=central-asia&seed=-1', 'seed', /"-1".*from 0 to 4294967295/],
    ['?scenario=central-asia&seed=4294967296', 'seed', /whole number/],
    ['?scenario=central-asia&seed=1e3', 'seed', /whole number/],
    ['?scenario=central-asia&country=mongolia', 'country', /"mongolia".*kazakhstan, kyrgyzstan/],
    ['?scenario=central-asia&assign=same', 'country', /has no "country"/],
    ['?scenario=central-asia&assign=random', 'assign', /"random".*"seat"/],
    ['?scenario=central-asia&assign=seat&country=kazakhstan', 'country', /only with "assign=same"/],
    ['?scenario=central-asia&q=1', 'q', /"1".*2 or 3 different question numbers from 1 to 9/],
    ['?scenario=central-asia&q=1,1', 'q', /different/],
    ['?scenario=central-asia&q=1,2,3,4', 'q', /2 or 3/],
    ['?scenario=central-asia&q=0,10', 'q', /from 1 to 9/],
    ['?scenario=central-asia&q=1,,2', 'q', /separated by commas/],
    ['?scenario=central-asia&questons=1,2', 'questons', /does not know; it knows scenario, length/],
    ['?scenario=central-asia&seed=1&seed=2', 'seed', /more than once/],
  ])('explains %s: which part is wrong and what it allows', (search, param, message) => {
    const problems = problemsOf(search);
    expect(problems.map((p) => p.param)).toContain(param);
    expect(problems.find((p) => p.param === param)?.message).toMatch(message);
  });

  it('names every wrong part at once, so one correction fixes the link', () => {
    const problems = problemsOf('?scenario=central-asia&length=long&seed=x&q=99');
    expect(problems.map((p) => p.param)).toEqual(['length', 'seed', 'q']);
  });

  it('never throws on any address, and refuses what it cannot read', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (search) => {
        const decoded = decodeClassLink(search, targets);
        if (!decoded.ok) expect(decoded.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives seat numbers the countries in turn, round the list', () => {
    const countries = ['a', 'b', 'c', 'd'];
    expect([1, 2, 3, 4, 5, 8, 9].map((n) => seatCountry(countries, n))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'a',
      'd',
      'a',
    ]);
    // A class of 30 spreads evenly: no country has more than one student more than another.
    const counts = countries.map(
      (c) =>
        Array.from({ length: 30 }, (_, i) => seatCountry(countries, i + 1)).filter((x) => x === c)
          .length,
    );
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });
});

const scenario = loadScenarioText(
  readFileSync('scenarios/central-asia.yaml', 'utf8'),
  'central-asia.yaml',
);

describe('the questions a class link chooses', () => {
  const link = '?scenario=central-asia&seed=7&assign=seat&q=2,5,9';

  it('are the only ones the student is asked, in the scenario order', () => {
    const asked = askedScenario(scenario, link).questions.map((q) => q.text);
    expect(asked).toEqual([2, 5, 9].map((n) => scenario.questions[n - 1]?.text));
  });

  it('change nothing without a link, with a link for another scenario, or with a bad link', () => {
    for (const search of ['', '?seed=7', '?scenario=solomon-islands&q=1,2', `${link}&q=1,2`])
      expect(askedScenario(scenario, search)).toBe(scenario);
  });

  it('are the only answers in the report file and in the class view', () => {
    const asked = askedScenario(scenario, link);
    const reports = ['Ana', 'Ben'].map((student, i) => {
      const state = playThrough(scenario, {
        seed: 7 + i,
        countryId: 'kyrgyzstan',
        strategy: firstOptionStrategy,
      });
      const report = buildReport(asked, state, student, ['a', 'b', 'c'], new Date(0));
      return { file: `${student}.json`, report };
    });
    expect(reports[0]?.report.answers.map((a) => a.question)).toEqual(
      asked.questions.map((q) => q.text),
    );
    const summary = summarise(reports, outlineOf(scenario));
    expect(summary.questions).toEqual(asked.questions.map((q) => q.text));
  });
});

describe("the workshop facilitator's run sheet", () => {
  it('has setup, every round, the injects and the hot wash, and its clock adds up to the total', () => {
    const rounds = scenario.rounds.map((r) => r.label);
    const { steps, total } = runSheet(rounds, 4, 10);
    expect(steps.map((s) => s.kind)).toEqual([
      'setup',
      ...rounds.map(() => 'round'),
      'injects',
      'hotWash',
    ]);
    expect(steps.reduce((sum, s) => sum + s.minutes, 0)).toBe(total);
    steps.forEach((s, i) => expect(s.from).toBe(i === 0 ? 0 : steps[i - 1]?.to));
    expect(steps.at(-1)?.to).toBe(total);
    expect(total).toBe(15 + rounds.length * 10 + 4 * 5 + 30);
  });
});

describe("the QR code's drawing", () => {
  /** Reads the path back into cells: each "M x y h w v1 ..." run covers w cells of row y. */
  function cells(d: string, size: number): boolean[][] {
    const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
      for (let i = 0; i < Number(w); i += 1) (grid[Number(y)] as boolean[])[Number(x) + i] = true;
    return grid;
  }

  it('covers exactly the dark modules, whatever the pattern', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((size) =>
          fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), {
            minLength: size,
            maxLength: size,
          }),
        ),
        (modules) => {
          expect(cells(darkPath(modules), modules.length)).toEqual(modules);
        },
      ),
    );
  });
});
