// The headless-core boundary: ESLint refuses presentation, DOM, Node and nondeterminism in src/sim/, and the tree obeys.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtures.ts';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

async function lint(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]sx?$/.test(entry.name) ? [path] : [];
  });
}

const PHASER = "import Phaser from 'phaser';\nexport const game = Phaser;\n";

describe('the src/sim boundary', { timeout: 60_000 }, () => {
  it.each([
    ['Phaser', PHASER, 'no-restricted-imports', /no Phaser/],
    [
      'Howler',
      "import { Howl } from 'howler';\nexport const sound = Howl;\n",
      'no-restricted-imports',
      /no Howler/,
    ],
    [
      'presentation code',
      "import { panel } from '../ui/panel.ts';\nexport const view = panel;\n",
      'no-restricted-imports',
      /presentation/,
    ],
    [
      'the CLI',
      "import { runBatch } from '../cli/batchCommand.ts';\nexport const batch = runBatch;\n",
      'no-restricted-imports',
      /CLI/,
    ],
    [
      'Node built-ins',
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'no-restricted-imports',
      /browser/,
    ],
    ['the DOM', 'export const title = document.title;\n', 'no-restricted-globals', /no DOM/],
    [
      'the window',
      'export const href = window.location.href;\n',
      'no-restricted-globals',
      /no DOM/,
    ],
    [
      'Math.random',
      'export const roll = Math.random();\n',
      'no-restricted-properties',
      /seeded generator/,
    ],
    ['Date.now', 'export const now = Date.now();\n', 'no-restricted-properties', /events/],
  ])('refuses %s in src/sim/', async (_what, code, ruleId, message) => {
    const messages = await lint(code, 'src/sim/example.ts');

    expect(messages).toContainEqual(
      expect.objectContaining({ ruleId, severity: 2, message: expect.stringMatching(message) }),
    );
  });

  it('refuses Phaser in a file nested deeper inside src/sim/', async () => {
    const messages = await lint(PHASER, 'src/sim/machines/example.ts');

    expect(messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });

  it('lets presentation code in src/ui/ import Phaser', async () => {
    const messages = await lint(PHASER, 'src/ui/example.ts');

    expect(messages).toEqual([]);
  });

  it('lets src/sim/ use the seeded generator and plain TypeScript', async () => {
    const code = "import { seedRng } from './rng.ts';\nexport const rng = seedRng(1);\n";

    const messages = await lint(code, 'src/sim/example.ts');

    expect(messages).toEqual([]);
  });

  // Regression: no-restricted-imports only sees static import/export declarations, and presentation
  // patterns such as '**/ui/**' need a path segment after the folder name.
  it.each([
    ['a dynamic import of Phaser', "export const load = () => import('phaser');\n"],
    [
      'an import of the ui folder index',
      "import { panel } from '../ui';\nexport const view = panel;\n",
    ],
  ])('refuses %s in src/sim/', async (_what, code) => {
    const messages = await lint(code, 'src/sim/example.ts');

    expect(messages.filter((m) => m.severity === 2)).not.toEqual([]);
  });

  it('matches the tree: no file under src/sim/ imports Phaser or Howler', () => {
    const simDir = join(REPO_ROOT, 'src/sim');
    const files = sourceFiles(simDir);
    const importsPresentation =
      /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"](?:phaser|howler)(?:\/[^'"]*)?['"]/m;

    const offenders = files
      .filter((file) => importsPresentation.test(readFileSync(file, 'utf8')))
      .map((file) => relative(REPO_ROOT, file));

    expect(files.length).toBeGreaterThan(10);
    expect(importsPresentation.test(PHASER)).toBe(true);
    expect(importsPresentation.test("const sound = await import('howler/dist/howler.core');")).toBe(
      true,
    );
    expect(offenders).toEqual([]);
  });
});
