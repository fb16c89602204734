// Conditions over the game state, as scenarios use them for options, events and endings.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { probability } from '../../src/sim/chance.ts';
import { holds } from '../../src/sim/conditions.ts';
import { newGameState } from '../../src/sim/newGame.ts';
import { availableOptions } from '../../src/sim/playerChoices.ts';
import { GameSession } from '../../src/sim/session.ts';
import { indexScenario } from '../../src/sim/scenario/scenarioIndex.ts';
import { referenceProblems, replaceAt } from '../support/fixtures.ts';
import { fakeScenario } from '../support/scenarios.ts';

const index = indexScenario(fakeScenario());
const base = newGameState(fakeScenario(), { seed: 1 });
const withTowers = produce(base, (d) => {
  d.choices.push({ round: 1, decision: 'towers', option: 'credit' });
  d.deals.towers = {
    kind: 'towerDeal',
    options: [{ decision: 'towers', option: 'credit' }],
    stage: 'building',
    machine: { value: 'building', context: { roundsLeft: 2, plannedRounds: 2 } },
  };
  d.flags.push('squeezed');
});

describe('conditions', () => {
  it('compare an indicator with inclusive bounds', () => {
    expect(holds({ indicator: 'connectivity', atLeast: 30 }, base, index)).toBe(true);
    expect(holds({ indicator: 'connectivity', atLeast: 31 }, base, index)).toBe(false);
    expect(holds({ indicator: 'connectivity', atLeast: 10, atMost: 30 }, base, index)).toBe(true);
  });

  it('know which option was chosen and which stage a deal is in', () => {
    expect(holds({ decision: 'towers', chose: ['credit'] }, withTowers, index)).toBe(true);
    expect(holds({ decision: 'towers', chose: ['refuse'] }, withTowers, index)).toBe(false);
    expect(holds({ decision: 'towers', stage: ['building'] }, withTowers, index)).toBe(true);
    expect(holds({ decision: 'towers', stage: ['operating'] }, base, index)).toBe(false);
  });

  it('follow a follow-up decision to the deal it continues', () => {
    expect(holds({ decision: 'towers-again', stage: ['building'] }, withTowers, index)).toBe(true);
  });

  it('test flags both ways, and combine with all, any and not', () => {
    expect(holds({ flag: 'squeezed' }, withTowers, index)).toBe(true);
    expect(holds({ flag: 'squeezed', is: false }, base, index)).toBe(true);
    expect(
      holds(
        { all: [{ flag: 'squeezed' }, { indicator: 'budget', atLeast: 90 }] },
        withTowers,
        index,
      ),
    ).toBe(false);
    expect(
      holds(
        { any: [{ flag: 'squeezed' }, { indicator: 'budget', atLeast: 90 }] },
        withTowers,
        index,
      ),
    ).toBe(true);
    expect(holds({ not: { flag: 'squeezed' } }, withTowers, index)).toBe(false);
  });

  it('test the country played and the elections held', () => {
    expect(holds({ country: ['tiny'] }, base, index)).toBe(true);
    expect(holds({ country: ['other'] }, base, index)).toBe(false);
    expect(holds({ election: 'vote', result: 'pending' }, base, index)).toBe(true);
  });
});

describe('alone: no other decision falls due this round', () => {
  // A year-filling decision in rounds 2-4 of the tiny scenario, where the CERT is put in round 2 and
  // the towers come back in round 2 only if deferred. A second filler must not wait on the first.
  const scenario = fakeScenario();
  const cert = scenario.decisions.find((d) => d.id === 'cert');
  if (!cert) throw new Error('the tiny scenario has a cert decision');
  const filler = (id: string) => ({
    ...cert,
    id,
    round: 2,
    until: 4,
    when: { alone: true } as const,
  });
  const withFillers = { ...scenario, decisions: [...scenario.decisions, filler('a'), filler('b')] };
  const fillerIndex = indexScenario(withFillers);
  const inRound = (round: number, state = base) =>
    produce(state, (d) => {
      d.round = round;
    });

  it('fails while another decision is due and holds once none is', () => {
    expect(holds({ alone: true }, inRound(2), fillerIndex)).toBe(false);
    expect(holds({ alone: true }, inRound(3), fillerIndex)).toBe(true);
  });

  it('puts both fillers in a round with nothing else, and neither beside the CERT', () => {
    const game = GameSession.start(withFillers, { seed: 1 });
    try {
      const put: Record<number, string[]> = {};
      while (game.phase !== 'ended') {
        if (game.phase === 'reviewing') {
          game.next();
          continue;
        }
        put[game.state.round] ??= [...game.state.pending];
        const decision = game.state.pending[0] as string;
        game.choose(decision, availableOptions(game.state, game.index, decision)[0] as string);
      }
      expect(put[2]).not.toContain('a');
      expect(put[2]).toContain('cert');
      expect(put[3]).toEqual(['a', 'b']);
    } finally {
      game.stop();
    }
  });

  it('is accepted in a decision’s when and rejected anywhere else', () => {
    expect(
      referenceProblems((doc) => replaceAt(doc, ['decisions', 1, 'when'], { alone: true })),
    ).toEqual([]);
    expect(
      referenceProblems((doc) => replaceAt(doc, ['endings', 1, 'when'], { alone: true })),
    ).toEqual([{ path: 'endings[1].when.alone', message: "alone belongs in a decision's when" }]);
  });
});

describe('the odds of an event', () => {
  it('add a weight per indicator point to the base and clamp', () => {
    const chance = { base: 0.1, per: { dataExposure: 0.01 }, min: 0, max: 1 };
    expect(probability(chance, base)).toBeCloseTo(0.2);
    expect(probability({ ...chance, max: 0.15 }, base)).toBe(0.15);
    expect(
      probability({ base: 0.1, flags: { squeezed: 0.3 }, min: 0, max: 1 }, withTowers),
    ).toBeCloseTo(0.4);
  });
});
