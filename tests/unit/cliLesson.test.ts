// The simulator's lesson length: `batch --length lesson` and `play --length lesson` play the cut,
// `check` checks the cut after the full game, and a scenario without a cut is refused in words.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchCommand, type BatchResult } from '../../src/cli/batchCommand.ts';
import { checkCommand } from '../../src/cli/checkCommand.ts';
import { playCommand } from '../../src/cli/playCommand.ts';
import { CliError } from '../../src/cli/cliError.ts';
import { addAt, tinyWith } from '../support/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'dsr-lesson-'));
const tinyFile = (name: string, lesson?: string[]) => {
  const file = join(dir, name);
  writeFileSync(
    file,
    tinyWith((doc) => {
      if (lesson)
        addAt(doc, ['lesson'], { minutes: 5, about: 'The key decisions.', decisions: lesson });
    }),
  );
  return file;
};
const withCut = tinyFile('with-cut.yaml', ['cert']);
const withoutCut = tinyFile('without-cut.yaml');

const batch = (file: string, length: 'full' | 'lesson'): BatchResult => {
  const lines: string[] = [];
  batchCommand({
    file,
    runs: 20,
    seed: 1,
    strategy: 'random',
    length,
    json: true,
    games: true,
    out: (line) => lines.push(line),
  });
  return JSON.parse(lines.join('\n')) as BatchResult;
};

describe('sim --length lesson', () => {
  it('batch plays only the decisions the cut keeps', () => {
    const decided = (result: BatchResult) =>
      new Set(result.games?.flatMap((g) => g.choices.map((c) => c.decision)));
    expect([...decided(batch(withCut, 'lesson'))]).toEqual(['cert']);
    expect(decided(batch(withCut, 'full')).has('towers')).toBe(true);
  });

  it('refuses the lesson length for a scenario without a cut, saying what to do', () => {
    expect(() => batch(withoutCut, 'lesson')).toThrow(CliError);
    expect(() => batch(withoutCut, 'lesson')).toThrow(/no lesson cut .*--length full/);
  });

  it('play shows a game of the cut', async () => {
    const lines: string[] = [];
    await playCommand({
      file: withCut,
      seed: 1,
      choices: ['mou'],
      length: 'lesson',
      out: (line) => lines.push(line),
    });
    const text = lines.join('\n');
    expect(text).toContain('CERT partnership');
    expect(text).not.toContain('Tower offer');
  });

  it('check checks the full game, then the cut', { timeout: 120_000 }, () => {
    const lines: string[] = [];
    checkCommand({
      file: withCut,
      seeds: 1,
      maxPaths: 50,
      truthRuns: 2,
      out: (l) => lines.push(l),
    });
    const headers = lines.filter((l) => l.includes('play-throughs explored'));
    expect(headers).toHaveLength(2);
    expect(headers[1]).toContain('with-cut.yaml (lesson cut)');
  });
});
