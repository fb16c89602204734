// `npm start`: installs dependencies if needed, rebuilds dist/ when sources changed, then serves it locally.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildCli, cliIsStale } from './cliBuild.mjs';
import { ROOT, ensureDeps, run } from './ensureDeps.mjs';
import { newestMtime } from './mtimes.mjs';

// Everything that ends up in dist/; a dependency update changes the bundle too.
const SOURCES = [
  'src',
  'scenarios',
  'assets',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];
const HOST = '127.0.0.1';
const PORT = process.env.PORT ?? '4173';

async function announceWhenReady(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok)
        return console.log(`\nDigital Silk Road is running at ${url}  (Ctrl+C to stop)\n`);
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

if (!/^\d+$/.test(PORT)) {
  console.error(`PORT must be a number, got "${PORT}".`);
  process.exit(1);
}
try {
  ensureDeps();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const builtAt = newestMtime(join(ROOT, 'dist/index.html'));
const changedAt = Math.max(...SOURCES.map((source) => newestMtime(join(ROOT, source))));
if (builtAt < changedAt) {
  console.log(
    builtAt ? 'Sources changed since the last build: rebuilding.' : 'No build yet: building.',
  );
  if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);
}
// The command-line simulator (`npm run sim`) is built JavaScript too.
if (cliIsStale()) await buildCli();

// The binary itself, not npx, so that signals reach the server rather than a wrapper.
const vite = join(ROOT, 'node_modules/.bin/vite');
const server = spawn(vite, ['preview', '--host', HOST, '--port', PORT, '--strictPort'], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
announceWhenReady(`http://${HOST}:${PORT}/`);
