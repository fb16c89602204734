// Finds the Chromium that Playwright drives, installing Debian's package when none is present.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const ADVICE =
  'Install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (cmd) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutable(join(dir, cmd)));

/** Returns Chromium's path and exports it as CHROMIUM_PATH for playwright.config.ts; throws with advice if there is none. */
export function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${ADVICE}`);
  }
  if (!isExecutable(DEBIAN_CHROMIUM)) installFromDebian();
  process.env.CHROMIUM_PATH = DEBIAN_CHROMIUM;
  return DEBIAN_CHROMIUM;
}

// The command prefix that grants root: none for root, sudo if present, null if root is out of reach.
function rootPrefix() {
  if (process.getuid?.() === 0) return [];
  if (!onPath('sudo')) return null;
  // Without a terminal (CI) sudo cannot ask for a password, so -n makes it fail fast instead of hanging.
  return process.stdin.isTTY ? ['sudo'] : ['sudo', '-n'];
}

function installFromDebian() {
  const sudo = rootPrefix();
  if (!sudo || !onPath('apt-get')) {
    throw new Error(
      `Chromium not found at ${DEBIAN_CHROMIUM} and apt-get cannot install it here. ${ADVICE}`,
    );
  }
  const shown = [...sudo, 'apt-get', 'install', 'chromium'].join(' ');
  console.log(`Chromium not found: installing Debian's chromium package (${shown})...`);
  // `env` carries DEBIAN_FRONTEND through sudo, which drops the caller's environment.
  const aptGet = [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const [cmd, ...rest] = [...aptGet, ...args];
    const result = spawnSync(cmd, rest, {
      stdio: ['inherit', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      const output =
        `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`.trim();
      throw new Error(
        `apt-get ${args[0]} failed:\n${output.split('\n').slice(-15).join('\n')}\n${ADVICE}`,
      );
    }
  }
  if (!isExecutable(DEBIAN_CHROMIUM)) {
    throw new Error(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing. ${ADVICE}`);
  }
}
