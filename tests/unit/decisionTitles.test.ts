// A deal's stage lines are headed by its decision's title ("Telecom towers:
// working"), whichever option built it, so the title must be true of every option that builds
// something: a count in it that one card does not share misnames what the player built.
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/scenarioFiles.ts';
import { formatIssue } from '../../src/sim/scenario/issues.ts';

const FILES = ['scenarios/solomon-islands.yaml', 'scenarios/central-asia.yaml'];

/** Counts in a text, leaving out years ("2023"). */
const counts = (text: string) =>
  (text.match(/\b\d+\b/g) ?? []).filter((n) => !/^(19|20)\d\d$/.test(n));

describe.each(FILES)('decision titles in %s', (file) => {
  const loaded = readScenarioFile(file);
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));

  it('state no count that an option with stages of its own does not share', () => {
    const misnamed = loaded.scenario.decisions.flatMap((d) =>
      d.options
        .filter((o) => Object.keys(o.effects ?? {}).some((stage) => stage !== 'now'))
        .filter((o) => counts(d.title).some((n) => !counts(`${o.headline} ${o.label}`).includes(n)))
        .map((o) => `${d.id}: "${d.title}" / ${o.id}`),
    );
    expect(misnamed).toEqual([]);
  });
});
