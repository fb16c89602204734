// Command-line input that would quietly do the wrong thing is refused with one clear line.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSim, scratchDir } from '../support/cli.ts';
import { TINY_PATH, tinyText } from '../support/fixtures.ts';

describe('sim refuses input that would mislead', () => {
  it('refuses a seed beyond 32 bits instead of replaying a smaller seed', () => {
    const run = runSim(['play', TINY_PATH, '--seed', '4294967297', '--choices', 'credit,mou']);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--seed must be a whole number from 0 to 4294967295');
  });

  it('still plays the largest 32-bit seed', () => {
    const run = runSim(['play', TINY_PATH, '--seed', '4294967295', '--choices', 'credit,mou']);

    expect(run.status).toBe(0);
  });

  it('refuses a --seeds folder that does not exist instead of skipping the quote check', () => {
    const run = runSim(['validate', TINY_PATH, '--seeds', '/no/such/folder']);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--seeds /no/such/folder: no such folder');
    expect(run.stdout).not.toContain('ok:');
  });

  it('refuses a Latin-1 file and names the line, instead of turning accents into junk', () => {
    const scratch = scratchDir();
    try {
      const text = tinyText().replace('Payments bite.', 'Payments bite in Honiara caf\u00e9s.');
      const latin1 = scratch.write('latin1.yaml', '');
      writeFileSync(latin1, Buffer.from(text, 'latin1'));
      const line = text.slice(0, text.indexOf('caf')).split('\n').length;

      const run = runSim(['validate', latin1]);

      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`not UTF-8 text (line ${line})`);
    } finally {
      scratch.cleanup();
    }
  });
});
