// The command-line simulator as plain JavaScript in dist-node/, so that `npm run sim` starts
// without compiling TypeScript. Built with Vite's own bundler (dependencies included, one chunk
// per command, loaded on demand), and again only when one of its sources changed.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './ensureDeps.mjs';
import { newestMtime } from './mtimes.mjs';

export const CLI_ENTRY = join(ROOT, 'dist-node/cli.js');
// All of src/, not only src/cli and src/sim: the CLI may render through shared code elsewhere.
const SOURCES = ['src', 'package-lock.json', 'scripts/cliBuild.mjs'];

/** A cheap check (file times only): is dist-node/ missing or older than a source? */
export function cliIsStale() {
  const builtAt = newestMtime(CLI_ENTRY);
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > builtAt);
}

export async function buildCli() {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: 'src/cli/main.ts',
      target: 'node20',
      minify: false,
      write: false,
      rollupOptions: { output: { entryFileNames: 'cli.js', chunkFileNames: '[name].js' } },
    },
    // One file per command instead of hundreds of package files to find and read at start.
    ssr: { noExternal: true },
  });
  const { output } = Array.isArray(result) ? result[0] : result;
  const dir = join(ROOT, 'dist-node');
  mkdirSync(dir, { recursive: true });
  // Each file is written beside its place and renamed into it, the entry last: a simulator
  // started meanwhile (tests run several) never reads half a file.
  const files = [...output].sort((a, b) => Number(a.isEntry ?? false) - Number(b.isEntry ?? false));
  for (const file of files) {
    const path = join(dir, file.fileName);
    writeFileSync(`${path}.${process.pid}`, file.type === 'chunk' ? file.code : file.source);
    renameSync(`${path}.${process.pid}`, path);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
