// Loading scenario text: valid files load, and every kind of broken or hostile file gets a located, readable problem.
import { describe, expect, it } from 'vitest';
import { formatIssue, type ScenarioIssue } from '../../src/sim/scenario/issues.ts';
import {
  MAX_SCENARIO_BYTES,
  parseScenarioText,
  type LoadResult,
} from '../../src/sim/scenario/load.ts';
import {
  addAt,
  loadTiny,
  positionOf,
  replaceOnce,
  tinyText,
  tinyWith,
  TINY_SEED,
  type Patch,
} from '../support/fixtures.ts';

function issuesOf(result: LoadResult): ScenarioIssue[] {
  if (result.ok) throw new Error('expected the scenario to be rejected, but it loaded');
  return result.issues;
}

function onlyIssue(result: LoadResult): ScenarioIssue {
  const issues = issuesOf(result);
  expect(issues).toHaveLength(1);
  return issues[0] as ScenarioIssue;
}

const LABEL_LINE = '        label: Take the credit\n';
const withTypo: Patch = [LABEL_LINE, `${LABEL_LINE}        labl: Take the credit\n`];

const ALIAS_BOMB = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  'h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
  'i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]',
  '',
].join('\n');

describe('parseScenarioText', () => {
  describe('a valid file', () => {
    it('loads the tiny fixture with its countries, decisions and endings', () => {
      const result = parseScenarioText(tinyText(), 'tiny.yaml');

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.scenario.id).toBe('tiny');
      expect(result.scenario.countries.map((c) => c.id)).toEqual(['tiny', 'other']);
      expect(result.scenario.decisions.map((d) => d.id)).toEqual([
        'towers',
        'towers-again',
        'cert',
      ]);
      expect(result.scenario.endings.map((e) => e.id)).toEqual(['captured', 'squeezed', 'slow']);
    });

    it('fills in the documented defaults for fields an author leaves out', () => {
      const result = parseScenarioText(tinyText(), 'tiny.yaml');

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.scenario.rules.yearsPerRound).toBe(1);
      expect(result.scenario.events.find((e) => e.id === 'squeeze')).toMatchObject({
        repeatable: false,
        automatic: true,
        inject: false,
      });
    });

    it('loads the same file saved with Windows line endings and a byte-order mark', () => {
      const text = `\uFEFF${tinyText().replace(/\n/g, '\r\n')}`;

      const result = parseScenarioText(text, 'tiny.yaml');

      expect(result.ok).toBe(true);
    });
  });

  describe('a file that breaks the schema', () => {
    it('reports an unknown key with the file, its line and column, and its field path', () => {
      const text = tinyWith(withTypo);
      const { line, col } = positionOf(text, 'labl:');

      const issue = onlyIssue(parseScenarioText(text, 'scenarios/tiny.yaml'));

      expect(issue).toEqual({
        file: 'scenarios/tiny.yaml',
        line,
        col,
        path: 'decisions[0].options[0].labl',
        message: expect.stringContaining('labl'),
      });
    });

    it('reports an unknown key at the same line when the file has Windows line endings', () => {
      const text = tinyWith(withTypo);
      const { line } = positionOf(text, 'labl:');

      const issue = onlyIssue(parseScenarioText(text.replace(/\n/g, '\r\n'), 'tiny.yaml'));

      expect(issue).toMatchObject({ line, path: 'decisions[0].options[0].labl' });
    });

    it('names the path and line of a value of the wrong type', () => {
      const text = tinyWith(['    round: 1\n', '    round: "two"\n']);
      const { line } = positionOf(text, 'round: "two"');

      const issue = onlyIssue(parseScenarioText(text, 'tiny.yaml'));

      expect(issue).toMatchObject({ path: 'decisions[0].round', line });
    });

    // Regression: load.ts once told "missing" from "wrong type" by zod's `issue.input`, which zod 4 leaves
    // out unless asked ({ reportInput: true }), so every wrong type read as a missing field.
    it.each([
      [
        'a round written as a word',
        ['    round: 1\n', '    round: "two"\n'],
        'decisions[0].round',
        'number',
      ],
      [
        'a title given as a number',
        ['    title: Tower offer\n', '    title: 3\n'],
        'decisions[0].title',
        'string',
      ],
      [
        'a single stage where a list belongs',
        ['stage: [deferred]', 'stage: deferred'],
        'decisions[1].when.stage',
        'array',
      ],
    ] as const)(
      'says %s has the wrong type instead of claiming the field is missing',
      (_what, patch, path, expectedType) => {
        const issue = onlyIssue(loadTiny(patch));

        expect(issue.path).toBe(path);
        expect(issue.message).toContain(expectedType);
        expect(issue.message).not.toMatch(/missing/i);
      },
    );

    it('reports a missing required field at the mapping that should hold it', () => {
      const text = tinyWith(['    prompt: A vendor offers towers on credit.\n', '']);
      const { line } = positionOf(text, '  - id: towers\n');

      const issue = onlyIssue(parseScenarioText(text, 'tiny.yaml'));

      expect(issue).toMatchObject({
        path: 'decisions[0].prompt',
        line,
        message: expect.stringMatching(/missing required field/),
      });
    });

    it('reports every problem of a file, not only the first', () => {
      const text = replaceOnce(tinyWith(withTypo), 'minutes: 5\n', 'minutes: 1\n');

      const paths = issuesOf(parseScenarioText(text, 'tiny.yaml')).map((i) => i.path);

      expect(paths).toEqual(expect.arrayContaining(['minutes', 'decisions[0].options[0].labl']));
    });
  });

  describe('a file that is not a YAML mapping', () => {
    it.each([
      ['unbalanced braces', '{{{'],
      ['tab indentation', 'format: dsr-scenario/1\n\tid: tiny\n\t\t- rounds: [\n'],
      ['two documents in one file', `${tinyText()}---\nid: second\n`],
    ])('reports %s as a (yaml) problem with a line', (_what, text) => {
      const issues = issuesOf(parseScenarioText(text, 'bad.yaml'));

      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.path).toBe('(yaml)');
        expect(issue.line).toBeGreaterThanOrEqual(1);
        expect(issue.message.length).toBeGreaterThan(0);
      }
    });

    it('says that tabs are not allowed on the line that is indented with one', () => {
      const issues = issuesOf(
        parseScenarioText('format: dsr-scenario/1\n\tid: tiny\n', 'bad.yaml'),
      );

      expect(issues).toContainEqual(
        expect.objectContaining({
          path: '(yaml)',
          line: 2,
          message: expect.stringMatching(/tab/i),
        }),
      );
    });

    it.each([
      ['a top-level list', '- id: tiny\n- id: other\n'],
      ['a top-level word', 'just some words\n'],
      ['a top-level number', '42\n'],
      ['an empty file', ''],
    ])('rejects %s with one whole-file problem asking for a mapping', (_what, text) => {
      const issue = onlyIssue(parseScenarioText(text, 'bad.yaml'));

      expect(issue).toMatchObject({ file: 'bad.yaml', line: 1, col: 1, path: '(file)' });
      expect(issue.message).toMatch(/mapping/);
    });

    it('reports a repeated key at the line of the repeat', () => {
      const text = tinyWith(['region: Nowhere\n', 'region: Nowhere\nregion: Elsewhere\n']);
      const { line } = positionOf(text, 'region: Elsewhere');

      const issues = issuesOf(parseScenarioText(text, 'tiny.yaml'));

      expect(issues).toContainEqual(
        expect.objectContaining({
          path: '(yaml)',
          line,
          message: expect.stringMatching(/unique/i),
        }),
      );
    });
  });

  describe('hostile input', () => {
    it('refuses a billion-laughs alias bomb with a problem about aliases', () => {
      const issue = onlyIssue(parseScenarioText(ALIAS_BOMB, 'bomb.yaml'));

      expect(issue.path).toBe('(file)');
      expect(issue.message).toMatch(/alias/i);
    });

    it('still accepts a file that reuses an anchor a few times', () => {
      const refuseAgain = '          headline: Refuse,\n';
      const doNothing = '          headline: Nothing,\n';
      const reuse = '          effects: { now: *yearly },\n';
      let text = tinyWith([
        '  everyRound: [{ change: { budget: 2 } }]',
        '  everyRound: &yearly [{ change: { budget: 2 } }]',
      ]);
      text = replaceOnce(text, refuseAgain, refuseAgain + reuse);
      text = replaceOnce(text, doNothing, doNothing + reuse);

      const result = parseScenarioText(text, 'tiny.yaml');

      expect(result.ok).toBe(true);
    });

    it('refuses a text over 1 MB and names its size', () => {
      const text = `${tinyText()}# ${'x'.repeat(3 * 1024 * 1024)}\n`;

      const issue = onlyIssue(parseScenarioText(text, 'huge.yaml'));

      expect(issue.path).toBe('(file)');
      expect(issue.message).toMatch(/3(\.\d)? MB/);
      expect(issue.message).toMatch(/at most 1 MB/);
    });

    it('counts the limit in bytes, so 600,000 two-byte characters are refused', () => {
      const text = `${tinyText()}# ${'é'.repeat(600_000)}\n`;
      expect(text.length).toBeLessThan(MAX_SCENARIO_BYTES);

      const issue = onlyIssue(parseScenarioText(text, 'accents.yaml'));

      expect(issue.message).toMatch(/MB/);
    });

    it('accepts a file just under the size limit', () => {
      const base = `${tinyText()}# `;
      const text = `${base}${'x'.repeat(MAX_SCENARIO_BYTES - base.length - 1)}\n`;
      expect(text.length).toBe(MAX_SCENARIO_BYTES);

      const result = parseScenarioText(text, 'big-but-fine.yaml');

      expect(result.ok).toBe(true);
    });

    it('refuses a binary string containing a NUL character', () => {
      const text = tinyWith(['region: Nowhere\n', 'region: Now\u0000here\n']);

      const issue = onlyIssue(parseScenarioText(text, 'blob.yaml'));

      expect(issue.path).toBe('(file)');
      expect(issue.message).toMatch(/binary/);
    });
  });

  describe('formatted problems', () => {
    const FIELD_LINE = /^scenarios\/tiny\.yaml:\d+:\d+: [\w.[\]]+: .+$/;

    it.each([
      ['an unknown key', withTypo],
      ['a wrong type', ['    round: 1\n', '    round: "two"\n']],
      ['a missing field', ['    prompt: A vendor offers towers on credit.\n', '']],
      ['an out-of-range value', ['minutes: 5\n', 'minutes: 1000\n']],
      ['a broken reference', ['    continues: towers\n', '    continues: cert\n']],
    ] as const)('read as file:line:col: path: message for %s', (_what, patch) => {
      const issues = issuesOf(loadTiny(patch, undefined, 'scenarios/tiny.yaml'));

      for (const issue of issues) expect(formatIssue(issue)).toMatch(FIELD_LINE);
    });

    it('read as file:line:col: (file): message for a whole-file problem', () => {
      const issue = onlyIssue(parseScenarioText('- a list\n', 'scenarios/list.yaml'));

      expect(formatIssue(issue)).toBe(`scenarios/list.yaml:1:1: (file): ${issue.message}`);
    });

    it('point at the line of the culprit for a broken cross-reference', () => {
      const text = tinyWith(['    continues: towers\n', '    continues: cert\n']);
      const { line } = positionOf(text, 'continues: cert');

      const issue = onlyIssue(parseScenarioText(text, 'tiny.yaml'));

      expect(issue).toMatchObject({ path: 'decisions[1].continues', line });
    });
  });

  describe('quote checking', () => {
    const SEED_TEXT = 'In 2020 a vendor offered the island towers on credit at two per cent.';
    const citeQuote =
      (quote: string): Patch =>
      (doc) =>
        addAt(doc, ['decisions', 0, 'cite'], [{ seed: TINY_SEED, quote }]);
    const seeds =
      (files: Record<string, string>) =>
      (file: string): string | undefined =>
        files[file];

    it('accepts a quote that is an exact passage of its seed document', () => {
      const result = loadTiny(
        citeQuote('offered the island towers on credit'),
        seeds({ [TINY_SEED]: SEED_TEXT }),
      );

      expect(result.ok).toBe(true);
    });

    it('reports a quote that is not an exact passage at cite[0].quote, on the quote line', () => {
      const patch = citeQuote('offered the island towers on a loan');
      const { line } = positionOf(tinyWith(patch), 'offered the island towers on a loan');

      const issue = onlyIssue(loadTiny(patch, seeds({ [TINY_SEED]: SEED_TEXT })));

      expect(issue).toMatchObject({
        path: 'decisions[0].cite[0].quote',
        line,
        message: expect.stringContaining(TINY_SEED),
      });
    });

    it('treats a quote that differs only in letter case as not exact', () => {
      const result = loadTiny(
        citeQuote('Offered The Island Towers'),
        seeds({ [TINY_SEED]: SEED_TEXT }),
      );

      expect(issuesOf(result).map((i) => i.path)).toEqual(['decisions[0].cite[0].quote']);
    });

    it('checks quotes on options as well as on decisions', () => {
      const patch: Patch = (doc) =>
        addAt(doc, ['decisions', 0, 'options', 1, 'cite'], [{ seed: TINY_SEED, quote: 'gift' }]);

      const issue = onlyIssue(loadTiny(patch, seeds({ [TINY_SEED]: SEED_TEXT })));

      expect(issue.path).toBe('decisions[0].options[1].cite[0].quote');
    });

    it('reports a seed document that cannot be found, naming it', () => {
      const issue = onlyIssue(loadTiny(citeQuote('towers on credit'), seeds({})));

      expect(issue).toMatchObject({
        path: 'decisions[0].cite[0].seed',
        message: expect.stringContaining(TINY_SEED),
      });
    });

    it('leaves quotes unchecked when no seed reader is given', () => {
      const result = loadTiny(citeQuote('words the source never said'));

      expect(result.ok).toBe(true);
    });
  });
});
