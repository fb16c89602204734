// Reads scenario files from disk for the command-line simulator, with the seed documents (when
// they can be found) so that every quote is checked against its source.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MAX_SCENARIO_BYTES,
  parseScenarioText,
  tooLarge,
  type LoadResult,
} from '../sim/scenario/load.ts';
import type { SeedReader } from '../sim/scenario/quotes.ts';
import {
  hasLessonCut,
  lessonCut,
  type GameLength,
  type PlayedScenario,
} from '../sim/scenario/lessonCut.ts';
import type { ScenarioData } from '../sim/scenario/scenario.schema.ts';
import { formatIssue } from '../sim/scenario/issues.ts';
import { CliError } from './cliError.ts';

/** The folder holding package.json: this file runs from src/cli/ or, built, from dist-node/. */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const repoRoot = findRepoRoot();

/** The seed documents: $DSR_SEEDS_DIR, else ../shared/seeds beside the repository. */
export function seedsDir(explicit?: string): string | undefined {
  // A folder named on the command line must exist: skipping the quote check silently would pass a bad file.
  if (explicit !== undefined && !existsSync(explicit))
    throw new CliError(`--seeds ${explicit}: no such folder (quotes cannot be checked)`);
  const candidates = [explicit, process.env.DSR_SEEDS_DIR, join(repoRoot, '../shared/seeds')];
  return candidates.find((dir): dir is string => dir !== undefined && existsSync(dir));
}

export function seedReader(dir: string | undefined): SeedReader | undefined {
  if (!dir) return undefined;
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      const path = join(dir, file);
      cache.set(
        file,
        /^[\w.-]+$/.test(file) && existsSync(path) ? readFileSync(path, 'utf8') : undefined,
      );
    }
    return cache.get(file);
  };
}

export function readScenarioFile(file: string, readSeed?: SeedReader): LoadResult {
  const whole = (message: string): LoadResult => ({
    ok: false,
    issues: [{ file, line: 1, col: 1, path: '(file)', message }],
  });
  if (!existsSync(file)) return whole('no such file');
  const stats = statSync(file);
  if (!stats.isFile()) return whole('not a file');
  // Refuse before reading: a 10 MB file is not read into memory only to be rejected.
  if (stats.size > MAX_SCENARIO_BYTES) {
    return whole(tooLarge(stats.size));
  }
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Reading Latin-1 as UTF-8 would quietly turn "é" into "\uFFFD" in the players' text.
    return whole(notUtf8(bytes));
  }
  return parseScenarioText(text, file, readSeed);
}

/** Names the first line that is not UTF-8, for an editor's "Save as". */
function notUtf8(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(10, start);
    const end = newline < 0 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return `the file is not UTF-8 text (line ${line}); save it as UTF-8`;
    }
    start = end + 1;
  }
  return 'the file is not UTF-8 text; save it as UTF-8';
}

/** Loads a scenario or throws a CliError listing its problems one per line. */
export function loadScenarioOrFail(file: string): ScenarioData {
  const result = readScenarioFile(file);
  if (!result.ok) throw new CliError(result.issues.map(formatIssue).join('\n'));
  return result.scenario;
}

/** The scenario to play at a length (`--length lesson`: its lesson cut, which it must have). */
export function loadPlayedOrFail(file: string, length: GameLength): PlayedScenario {
  const scenario = loadScenarioOrFail(file);
  if (length === 'full') return scenario;
  if (!hasLessonCut(scenario))
    throw new CliError(`${file} has no lesson cut (no lesson section): play it with --length full`);
  return lessonCut(scenario);
}
