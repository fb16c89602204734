// Hostile or careless scenario files: each is refused with one located problem, never a crash,
// a hang or a link that runs script.
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/sim/scenario/load.ts';
import { addAt, loadTiny, replaceAt, tinyWith, type Patch } from '../support/fixtures.ts';

/** Loads the patched fixture and returns its problems as "path: message" lines. */
function problems(patch: Patch): string[] {
  const result = loadTiny(patch);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('a hostile scenario file', () => {
  it('names a cyclic alias instead of overflowing the stack', () => {
    const found = problems(['when: { flag: squeezed }', 'when: &w { not: *w }']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^endings\[1\]\.when\.not: .*refers to itself/);
  });

  it('refuses conditions nested hundreds deep with one problem', () => {
    const deep = '{ not: '.repeat(300) + '{ flag: squeezed }' + ' }'.repeat(300);
    const found = problems(['when: { flag: squeezed }', `when: ${deep}`]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('nested more than 40 levels deep');
  });

  it('refuses a terminal escape code hidden in a text', () => {
    const found = problems(['summary: The debt bit.', 'summary: "The debt \\e[31mbit."']);
    expect(found).toEqual([expect.stringMatching(/^endings\[1\]\.summary: .*U\+001B/)]);
  });

  it('refuses an absurd number where an indicator change belongs', () => {
    const found = problems(['change: { alignChina: 10 }', 'change: { alignChina: 1e308 }']);
    expect(found).toEqual([expect.stringContaining('out of range')]);
  });

  it('accepts only web links as sources, never javascript:', () => {
    const cite =
      (url: string): Patch =>
      (doc) =>
        replaceAt(doc, ['endings', 0], {
          ...(doc.getIn(['endings', 0]) as { toJSON(): object }).toJSON(),
          illustrative: undefined,
          cite: [{ url }],
        });
    expect(problems(cite('javascript:alert(1)'))).toEqual([
      expect.stringMatching(/^endings\[0\]\.cite\[0\]\.url: must be an https/),
    ]);
    expect(problems(cite('https://example.org/report'))).toEqual([]);
  });
});

describe('YAML mistakes', () => {
  it('names a key written twice in one mapping, at its second line', () => {
    const result = loadTiny([
      '    summary: The debt bit.\n',
      '    summary: The debt bit.\n    summary: Again.\n',
    ]);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.message)).toEqual([
      'the key "summary" appears twice in the same mapping (keys must be unique)',
    ]);
    expect(issues[0]?.line).toBe(
      tinyWith([
        '    summary: The debt bit.\n',
        '    summary: The debt bit.\n    summary: Again.\n',
      ])
        .split('\n')
        .indexOf('    summary: Again.') + 1,
    );
  });

  it('lists the first twenty problems of a file full of them, then says how many more', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `key${i}: {a: [}`).join('\n');
    const result = parseScenarioText(text, 'junk.yaml');
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(21);
    expect(issues[20]?.message).toMatch(/^and \d+ more YAML error\(s\) after this point$/);
  });
});

describe('lists with ids or terms', () => {
  it('refuses two glossary entries for the same term', () => {
    const entry = { term: 'CERT', definition: 'A computer emergency response team.' };
    const found = problems((doc) => addAt(doc, ['glossary'], [entry, { ...entry, term: 'cert' }]));
    expect(found).toEqual([expect.stringMatching(/^glossary\[1\]\.id: duplicate glossary term/)]);
  });

  it('refuses a voice from an advisor the scenario does not list', () => {
    const found = problems((doc) => {
      addAt(doc, ['advisors'], [{ id: 'finance', name: 'Finance minister', role: 'Finance' }]);
      addAt(
        doc,
        ['decisions', 0, 'voices'],
        [{ advisor: 'security', line: 'Who holds the keys?' }],
      );
    });
    expect(found).toEqual([expect.stringContaining('unknown advisor "security"')]);
  });
});

describe('short forms are short', () => {
  it('refuses an option headline longer than eight words', () => {
    const long = 'one two three four five six seven eight nine';
    const found = problems((doc) => addAt(doc, ['decisions', 0, 'options', 0, 'headline'], long));
    expect(found).toEqual(['decisions[0].options[0].headline: must be at most 8 words']);
  });

  it('accepts an option sentence of exactly twenty-five words', () => {
    const sentence = Array.from({ length: 25 }, (_, i) => `w${i}`).join(' ');
    expect(
      problems((doc) => addAt(doc, ['decisions', 0, 'options', 0, 'short'], sentence)),
    ).toEqual([]);
  });

  it('refuses an event set on a map place the scenario does not have', () => {
    const found = problems((doc) => addAt(doc, ['events', 0, 'place'], 'honiara'));
    expect(found).toEqual([expect.stringContaining('"honiara"')]);
  });
});
