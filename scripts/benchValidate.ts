// The command line's half of `npm run bench`: CPU time of `sim validate` over every shipped
// scenario, as a user runs it (`node scripts/sim.mjs`, the built CLI in a fresh Node process,
// start-up included), median of 5 after one run that rebuilds the CLI if its sources changed.
// Target (issue 11): at most 0.6 s of CPU. Figures for the issue notes, never test assertions.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const files = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join('scenarios', f));

// The child reports its own CPU time (user + system, since it started) as it exits.
const REPORT = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu ' + (u.user + u.system) + '\\n'); });`;

const cpu: number[] = [];
for (let run = -1; run < RUNS; run++) {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(REPORT)}`,
      'scripts/sim.mjs',
      'validate',
      ...files,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const found = /\ncpu (\d+)\n/.exec(child.stderr);
  if (child.status !== 0 || !found)
    throw new Error(`validate failed:\n${child.stdout}${child.stderr}`);
  if (run >= 0) cpu.push(Number(found[1]) / 1e6);
}
const sorted = [...cpu].sort((a, b) => a - b);
console.log(
  `sim validate ${files.join(' ')}: median ${sorted[Math.floor(RUNS / 2)]?.toFixed(2)} s of CPU (runs: ${cpu.map((s) => s.toFixed(2)).join(', ')}; target at most 0.6 s)`,
);
