// Shared set-up for `npm test` and `npm start`: the repo root, a command runner, and npm installs.
import { existsSync, statSync, utimesSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs a command in the repo root with inherited output; returns its exit code (1 if it could not start or was killed). */
export function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) console.error(`Could not run ${cmd}: ${result.error.message}`);
  return result.status ?? 1;
}

/** Installs dependencies when node_modules is missing or older than package-lock.json; throws if npm fails. */
export function ensureDeps() {
  const lockfile = join(ROOT, 'package-lock.json');
  const marker = installMarker();
  const hasLock = existsSync(lockfile);
  const stale = !marker || (hasLock && statSync(lockfile).mtimeMs > statSync(marker).mtimeMs);
  if (!stale) return;

  const args = hasLock ? ['ci'] : ['install'];
  console.log(
    `Installing dependencies (npm ${args[0]}): node_modules is ${marker ? 'older than package-lock.json' : 'missing'}.`,
  );
  // Playwright must never fetch its own browser: the machines are offline and Debian's Chromium is used.
  const code = run('npm', [...args, '--no-audit', '--no-fund'], {
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  });
  if (code !== 0) throw new Error(`npm ${args[0]} failed (exit code ${code}).`);
  // `npm install` may write package-lock.json after the hidden lockfile; touching the marker stops a reinstall loop.
  const synced = installMarker();
  if (synced) utimesSync(synced, new Date(), new Date());
}

// npm rewrites its hidden lockfile after every install, so its mtime says when node_modules was last synced.
function installMarker() {
  const modules = join(ROOT, 'node_modules');
  return [join(modules, '.package-lock.json'), modules].find((path) => existsSync(path));
}
