// Students never read a lifecycle's state name: every stage a deal can reach has a name in words.
import { describe, expect, it } from 'vitest';
import { LIFECYCLES } from '../../src/sim/machines/lifecycles.ts';
import { STAGE_NAMES, stageName } from '../../src/ui/panels/stageNames.ts';

describe('deal stages as a player reads them', () => {
  const stages = [...new Set(Object.values(LIFECYCLES).flatMap((l) => l.stages))];

  it('names every stage of every lifecycle', () => {
    expect(stages.filter((stage) => !(stage in STAGE_NAMES))).toEqual([]);
  });

  it('never shows a state name split into words', () => {
    expect(stageName('buildingNationalCert')).toBe('building its own response team');
  });
});
