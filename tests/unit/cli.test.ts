// The `sim` command line, run as a real child process: exit codes, output formats, determinism, and clean user errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { endingAsRead } from '../../src/sim/endings.ts';
import type { GameRecord } from '../../src/sim/gameRecord.ts';
import { GameSession } from '../../src/sim/session.ts';
import { linesOf, runSim, scratchDir, STACK_FRAME } from '../support/cli.ts';
import { fakeScenario } from '../support/scenarios.ts';
import {
  addAt,
  insertAt,
  replaceOnce,
  tinyEndingIds,
  tinyWith,
  TINY_PATH,
  TINY_SEED,
} from '../support/fixtures.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const issueLine = (file: string) => new RegExp(`^${escape(file)}:\\d+:\\d+: [\\w.[\\]]+: .+$`);

let scratch: ReturnType<typeof scratchDir>;
beforeAll(() => {
  scratch = scratchDir();
});
afterAll(() => scratch.cleanup());

describe('sim CLI', { timeout: 120_000 }, () => {
  describe('validate', () => {
    it('accepts the fixture, prints an ok line and exits 0', () => {
      const run = runSim(['validate', TINY_PATH]);

      expect(run.status).toBe(0);
      expect(linesOf(run.stdout)).toEqual([
        `ok: ${TINY_PATH} (2 countries, 4 rounds, 3 decisions, 2 events, 3 endings)`,
      ]);
    });

    it('prints one file:line:col: path: message line per problem of a broken copy and exits 1', () => {
      const broken = replaceOnce(
        tinyWith([
          '        label: Take the credit\n',
          '        label: Take the credit\n        labl: x\n',
        ]),
        'minutes: 5\n',
        'minutes: 1\n',
      );
      const file = scratch.write('broken.yaml', broken);

      const run = runSim(['validate', file]);

      expect(run.status).toBe(1);
      const lines = linesOf(run.stdout);
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(issueLine(file));
      expect(lines.map((l) => l.split(': ')[1])).toEqual(
        expect.arrayContaining(['minutes', 'decisions[0].options[0].labl']),
      );
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });

    it('reports each of several files and exits 1 when any of them is broken', () => {
      const file = scratch.write(
        'late.yaml',
        tinyWith(['    round: 2\n    title: CERT', '    round: 7\n    title: CERT']),
      );

      const run = runSim(['validate', TINY_PATH, file]);

      expect(run.status).toBe(1);
      expect(linesOf(run.stdout)).toEqual([
        expect.stringMatching(new RegExp(`^ok: ${escape(TINY_PATH)} `)),
        expect.stringMatching(
          new RegExp(`^${escape(file)}:\\d+:\\d+: decisions\\[2\\]\\.round: round 7`),
        ),
      ]);
    });

    it('checks quotes against the seed documents named with --seeds', () => {
      const seeds = scratchDir();
      try {
        seeds.write(TINY_SEED, 'A vendor offered the island towers on credit.');
        const cite = (quote: string) =>
          tinyWith((doc) => addAt(doc, ['decisions', 0, 'cite'], [{ seed: TINY_SEED, quote }]));
        const exact = scratch.write('exact.yaml', cite('towers on credit'));
        const invented = scratch.write('invented.yaml', cite('towers for free'));

        const good = runSim(['validate', exact, '--seeds', seeds.dir]);
        const bad = runSim(['validate', invented, '--seeds', seeds.dir]);

        expect(good.status).toBe(0);
        expect(bad.status).toBe(1);
        expect(linesOf(bad.stdout)).toEqual([
          expect.stringMatching(
            new RegExp(`^${escape(invented)}:\\d+:\\d+: decisions\\[0\\]\\.cite\\[0\\]\\.quote: `),
          ),
        ]);
      } finally {
        seeds.cleanup();
      }
    });

    it.each([
      ['a missing file', () => `${scratch.dir}/no-such-scenario.yaml`, /no such file/],
      ['an empty file', () => scratch.write('empty.yaml', ''), /empty|mapping/],
      [
        'a 10 MB file',
        () => scratch.write('ten-mb.yaml', `# ${'x'.repeat(10 * 1024 * 1024)}\n`),
        /10(\.0)? MB.*at most 1 MB/,
      ],
      ['a directory', () => scratch.dir, /not a file/],
    ])('refuses %s with one clear line and no stack trace', (_what, makeFile, message) => {
      const file = makeFile();

      const run = runSim(['validate', file]);

      expect(run.status).toBe(1);
      const lines = linesOf(run.stdout);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${escape(file)}:1:1: \\(file\\): `));
      expect(lines[0]).toMatch(message);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME);
    });
  });

  describe('play', () => {
    const PLAY = ['play', TINY_PATH, '--seed', '3', '--choices', 'credit,mou'];

    it('prints a round-by-round transcript that ends with the ending reached', () => {
      const run = runSim(PLAY);

      expect(run.status).toBe(0);
      const lines = linesOf(run.stdout);
      expect(lines).toContain('== Round 1 (2020) ==');
      expect(lines).toContain('== Round 4 (2023) ==');
      const endings = lines.filter((l) => l.startsWith('== Ending: '));
      expect(endings).toHaveLength(1);
      expect(lines.indexOf(endings[0] as string)).toBeGreaterThan(
        lines.indexOf('== Round 4 (2023) =='),
      );
    });

    it('prints the same transcript every time for the same seed and choices', () => {
      const first = runSim(PLAY);
      const second = runSim(PLAY);

      expect(first.status).toBe(0);
      expect(second.stdout).toBe(first.stdout);
    });

    it('refuses a choice that is closed for this country and names the open options', () => {
      // `wait` requires alignWest >= 50; the other country starts at 40.
      const run = runSim([
        'play',
        TINY_PATH,
        '--seed',
        '3',
        '--country',
        'other',
        '--choices',
        'wait',
      ]);

      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/"wait" is not open at "towers"/);
      expect(run.stderr).toMatch(/open: credit, refuse$/m);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });

    it('says which decision is left when the listed choices run out', () => {
      const run = runSim(['play', TINY_PATH, '--seed', '3', '--choices', 'credit']);

      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/ran out of choices at "cert".*open: mou, national, none/);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });
  });

  describe('batch', () => {
    const BATCH = ['batch', TINY_PATH, '--runs', '50', '--seed', '1', '--json'];

    it('prints one JSON object whose ending counts add up to the number of runs', () => {
      const run = runSim(BATCH);

      expect(run.status).toBe(0);
      expect(linesOf(run.stdout)).toHaveLength(1);
      const result = JSON.parse(run.stdout) as {
        runs: number;
        endings: Record<string, number>;
        msPerRun: unknown;
        cpuMsPerRun: unknown;
      };
      expect(result.runs).toBe(50);
      const counts = Object.values(result.endings);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(50);
      expect(tinyEndingIds()).toEqual(expect.arrayContaining(Object.keys(result.endings)));
      expect(typeof result.msPerRun).toBe('number');
      expect(Number.isFinite(result.msPerRun)).toBe(true);
      expect(Number.isFinite(result.cpuMsPerRun)).toBe(true);
    });

    it('gives the same endings and indicators for the same seed', () => {
      const withoutSpeed = (stdout: string) => {
        const result = JSON.parse(stdout) as Record<string, unknown>;
        delete result.msPerRun;
        delete result.cpuMsPerRun;
        return result;
      };

      const first = runSim(BATCH);
      const second = runSim(BATCH);

      expect(withoutSpeed(second.stdout)).toEqual(withoutSpeed(first.stdout));
    });

    it('adds one record per game with --games: choices, events, the ending as the player read it', () => {
      const run = runSim([
        'batch',
        'tests/fixtures/truth.yaml',
        '--runs',
        '3',
        '--seed',
        '1',
        '--json',
        '--games',
      ]);

      expect(run.status).toBe(0);
      const result = JSON.parse(run.stdout) as { games: GameRecord[] };
      expect(result.games.map((g) => [g.seed, g.country])).toEqual([
        [1, 'tiny'],
        [2, 'tiny'],
        [3, 'tiny'],
      ]);
      for (const game of result.games) {
        expect(game.choices[0]).toMatchObject({ round: 1, decision: 'towers' });
        expect(Object.keys(game.indicators)).toContain('connectivity');
        // The words the player read: replay the same game and compare with its debrief texts.
        const session = GameSession.start(fakeScenario('truth.yaml'), { seed: game.seed });
        for (const c of game.choices) {
          while (session.phase === 'reviewing') session.next();
          session.choose(c.decision, c.option);
        }
        while (session.phase !== 'ended') session.next();
        const read = endingAsRead(session.state, session.index);
        expect(game.ending).toEqual({
          id: read?.ending.id,
          title: read?.ending.title,
          text: `${read?.summary}\n\n${read?.explanation}`,
        });
        expect(game.events.map((e) => e.id)).toEqual(Object.keys(session.state.fired));
      }
      const signed = result.games.find((g) => g.choices[0]?.option === 'credit');
      expect(signed?.ending?.text).toMatch(/^You signed the towers\./);
      expect(signed?.choices[0]?.label).toBe('Take the credit');
      expect(signed?.events).toContainEqual({
        round: 2,
        id: 'cameras-protest',
        title: 'Protest watched',
        text: 'Crowds gather in the capital. Cameras on the new towers identify organisers.',
      });
    });

    it('refuses --games without --json', () => {
      const run = runSim(['batch', TINY_PATH, '--runs', '2', '--games']);

      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/--games needs --json/);
    });

    it('refuses an unknown strategy and lists the known ones', () => {
      const run = runSim(['batch', TINY_PATH, '--runs', '5', '--strategy', 'greedy']);

      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/--strategy must be one of .*random.*not "greedy"/);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });
  });

  describe('check', () => {
    it('passes the fixture: every ending and option is reachable', () => {
      const run = runSim(['check', TINY_PATH, '--runs', '20']);

      expect(run.status).toBe(0);
      expect(linesOf(run.stdout).at(-1)).toBe('check passed');
      for (const id of tinyEndingIds()) expect(run.stdout).toMatch(new RegExp(`ok +ending ${id}:`));
    });

    it('fails and names an ending that can never be reached', () => {
      const file = scratch.write(
        'utopia.yaml',
        tinyWith((doc) =>
          insertAt(doc, ['endings'], 2, {
            id: 'utopia',
            title: 'Utopia',
            summary: 'Everyone is connected.',
            explanation: 'Connectivity cannot go past 100.',
            when: { indicator: 'connectivity', atLeast: 101 },
            illustrative: true,
          }),
        ),
      );

      const run = runSim(['check', file, '--runs', '20']);

      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/FAIL +ending utopia is never reached/);
      expect(linesOf(run.stdout).at(-1)).toBe('check FAILED');
    });
  });

  describe('check: the truth check', () => {
    const TRUTH_PATH = 'tests/fixtures/truth.yaml';

    it('proves over games with every strategy that every shown claim held', () => {
      const run = runSim(['check', TRUTH_PATH, '--runs', '10']);

      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(
        /ok +truth: every claim held in \d+ texts shown over 120 games \(seeds 1\.\.10, strategies random, first, connectivity, sovereignty, west, china\)/,
      );
    });

    it('fails a sentence shown in games where its claim is false, naming seed and condition', () => {
      const file = scratch.write(
        'lying.yaml',
        replaceOnce(readFileSync(TRUTH_PATH, 'utf8'), '        when: { flag: own-cert }\n', ''),
      );

      const run = runSim(['check', file, '--runs', '10']);

      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(
        /FAIL +endings\[1\]\.explanation\[1\] "Your own CERT answers attacks\." claims \{"flag":"own-cert"\}, false when shown in round 4 \(\w+, seed \d+, choices [\w,-]+\)/,
      );
      expect(run.stdout).toMatch(
        /FAIL +truth: endings\[1\]\.explanation\[1\] .* \(\w+, seed \d+, strategy \w+; \d+ game\(s\)\)$/m,
      );
      expect(linesOf(run.stdout).at(-1)).toBe('check FAILED');
    });
  });

  describe('machines', () => {
    it('lists the tower deal with its choices', () => {
      const run = runSim(['machines']);

      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^towerDeal\n {2}choices: sign, refuse, defer, renegotiate$/m);
    });
  });

  describe('user errors', () => {
    it.each([
      ['validate with no file', ['validate']],
      ['an unknown command', ['launch']],
      ['an unknown option', ['play', TINY_PATH, '--speed', '2']],
      [
        'a seed that is not a number',
        ['play', TINY_PATH, '--seed', 'three', '--choices', 'credit'],
      ],
      ['play of a missing file', ['play', 'scenarios/no-such-file.yaml', '--seed', '1']],
      ['batch without --runs', ['batch', TINY_PATH]],
      ['check of a missing file', ['check', 'scenarios/no-such-file.yaml']],
      // Regression: GameSession.start throws UnknownCountryError, which main.ts once let escape as a stack trace.
      [
        'play with an unknown country',
        ['play', TINY_PATH, '--seed', '1', '--country', 'atlantis', '--choices', 'credit,mou'],
      ],
      [
        'batch with an unknown country',
        ['batch', TINY_PATH, '--runs', '2', '--country', 'atlantis'],
      ],
      ['check with an unknown country', ['check', TINY_PATH, '--country', 'atlantis']],
    ])('%s exits 1 with a "sim:" message and no stack trace', (_what, args) => {
      const run = runSim(args);

      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^sim: /);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.stdout).not.toMatch(STACK_FRAME);
    });
  });
});
