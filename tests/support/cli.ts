// Runs the real `sim` command-line simulator as a child process and captures what it prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './fixtures.ts';

export interface SimRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A guard against a hung child, not a timing assertion: a killed run fails on its status. */
const HANG_GUARD_MS = 60_000;

export function runSim(args: readonly string[], env: Record<string, string> = {}): SimRun {
  // As `npm run sim` runs it: the built simulator, rebuilt first if a source changed.
  const result = spawnSync(process.execPath, ['scripts/sim.mjs', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    input: '',
    timeout: HANG_GUARD_MS,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** The non-empty lines of an output. */
export function linesOf(output: string): string[] {
  return output.split('\n').filter((line) => line.trim() !== '');
}

/** A scratch directory for files the CLI reads; `cleanup` removes it. */
export function scratchDir(): {
  dir: string;
  write: (name: string, text: string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'dsr-cli-'));
  return {
    dir,
    write: (name, text) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A V8 stack frame line, as printed for an uncaught error. */
export const STACK_FRAME = /^\s{4}at /m;
