// `npm start`: installs dependencies if needed, rebuilds dist/ when sources changed, then serves it
// and the workshop rooms from one Node process (server/main.ts). `npm start -- --lan` opens it to
// the local network.
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
const PORT = process.env.PORT ?? '4173';

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

// Node itself, not npx, so that signals reach the server rather than a wrapper.
const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'server/main.ts', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, PORT, NODE_ENV: 'production' } },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
