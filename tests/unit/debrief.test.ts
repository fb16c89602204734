// The debrief's pure rules: which choices mattered most (traced through the log), which indicators
// moved most, when "nothing happened behind your back" may be said, and how history lines up
// with the rounds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicators } from '../../src/sim/indicators.ts';
import { playThrough } from '../../src/sim/playthrough.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import type { GameState, LogEntry } from '../../src/sim/state.ts';
import { firstOptionStrategy } from '../../src/sim/strategies.ts';
import { alignHistory } from '../../src/ui/debrief/historyAlign.ts';
import {
  choiceImpacts,
  choicesThatMattered,
  indicatorsThatMoved,
  largestMoves,
} from '../../src/ui/debrief/mattered.ts';
import { nothingUnseen, unseenFacts } from '../../src/ui/debrief/unseenFacts.ts';

const solomon = loadScenarioText(
  readFileSync('scenarios/solomon-islands.yaml', 'utf8'),
  'solomon-islands.yaml',
);

const base: Indicators = {
  connectivity: 20,
  publicDebt: 15,
  chinaDebtShare: 0,
  budget: 45,
  dataExposure: 10,
  certMaturity: 10,
  civilLiberties: 65,
  regimeStability: 45,
  publicTrust: 50,
  alignChina: 20,
  alignRussia: 5,
  alignWest: 60,
  prcVisibility: 5,
  westVisibility: 5,
};

function entry(decision: string, option: string, changes: Partial<Indicators>): LogEntry {
  return { round: 1, kind: 'stage', title: '', origin: { decision, option }, changes, notes: [] };
}

function game(choices: [string, string][], log: LogEntry[], end: Partial<Indicators> = {}) {
  const last = { ...base, ...end };
  return {
    choices: choices.map(([decision, option], i) => ({ round: i + 1, decision, option })),
    log,
    history: [base, last],
    indicators: last,
  } as unknown as GameState;
}

describe('the choices that mattered most', () => {
  it('ranks choices by the moves traced to them through the log, later stages included', () => {
    const state = game(
      [
        ['cable', 'huawei'],
        ['cert', 'pacson'],
        ['towers', 'exim'],
        ['police', 'none'],
      ],
      [
        entry('cable', 'huawei', { alignChina: 6 }),
        entry('cert', 'pacson', { certMaturity: 4 }),
        entry('towers', 'exim', { connectivity: 10 }),
        // The cable's later stages make it the heaviest choice, though its first effect was small.
        entry('cable', 'huawei', { dataExposure: 15 }),
        entry('cable', 'huawei', { prcVisibility: 2 }),
        { ...entry('x', 'y', { publicTrust: -40 }), origin: { event: 'riots' } },
      ],
    );
    const top = choicesThatMattered(state, 3);
    expect(top.map((c) => c.decision)).toEqual(['cable', 'towers', 'cert']);
    expect(top[0]?.net).toEqual({ alignChina: 6, dataExposure: 15, prcVisibility: 2 });
    expect(top[0]?.index).toBe(0);
  });

  it('weighs moves by the range of their indicator, and lets reversals cancel out', () => {
    const state = game(
      [
        ['loan', 'big'],
        ['cert', 'mou'],
      ],
      [
        // 10 points of debt on a 0-200 scale weigh 5; 6 points of a score weigh 6.
        entry('loan', 'big', { publicDebt: 10 }),
        entry('cert', 'mou', { certMaturity: 6 }),
        entry('cert', 'mou', { alignChina: 3 }),
        entry('cert', 'mou', { alignChina: -3 }),
      ],
    );
    const impacts = choiceImpacts(state);
    expect(impacts.map((c) => [c.decision, c.score])).toEqual([
      ['cert', 6],
      ['loan', 5],
    ]);
  });

  it('leaves out choices that moved nothing, so fewer than three may be shown', () => {
    const state = game(
      [
        ['a', 'x'],
        ['b', 'y'],
      ],
      [entry('a', 'x', { budget: 2 })],
    );
    expect(choicesThatMattered(state).map((c) => c.decision)).toEqual(['a']);
  });

  it('names the largest moves of a choice first', () => {
    expect(
      largestMoves({ budget: -2, dataExposure: 15, alignChina: 6, publicTrust: 0 }, 2),
    ).toEqual([
      ['dataExposure', 15],
      ['alignChina', 6],
    ]);
  });

  it('picks three choices from a real game, each with moves that add up from its log entries', () => {
    const state = playThrough(solomon, { seed: 11, strategy: firstOptionStrategy });
    const top = choicesThatMattered(state);
    expect(top).toHaveLength(3);
    for (const c of top) {
      const traced = state.log.filter(
        (e) => e.origin.decision === c.decision && e.origin.option === c.option,
      );
      expect(traced.length).toBeGreaterThan(0);
      expect(c.score).toBeGreaterThanOrEqual(choiceImpacts(state)[3]?.score ?? 0);
    }
  });
});

describe('the indicators that moved most', () => {
  it('orders by the furthest point reached from the start, in points of the range', () => {
    const mid = { ...base, publicTrust: 20, alignChina: 30 };
    const end = { ...base, publicTrust: 48, alignChina: 35, publicDebt: 55 };
    // Trust fell 30 and recovered: it still travelled furthest. Debt's 40 on 0-200 weighs 20.
    expect(indicatorsThatMoved([base, mid, end])).toEqual([
      'publicTrust',
      'publicDebt',
      'alignChina',
    ]);
  });

  it('charts none when nothing moved', () => {
    expect(indicatorsThatMoved([base, base])).toEqual([]);
  });
});

describe('what the player never saw', () => {
  it('says nothing happened behind their back only when no hidden event fired and nothing hidden rose', () => {
    expect(nothingUnseen(unseenFacts(game([], [])))).toBe(true);
    expect(nothingUnseen(unseenFacts(game([], [], { prcVisibility: 2 })))).toBe(true);
  });

  it('reports a hidden indicator that grew, with its figures, even when no hidden event fired', () => {
    const facts = unseenFacts(game([], [], { prcVisibility: 44, westVisibility: 5 }));
    expect(facts.rises).toEqual([{ id: 'prcVisibility', from: 5, to: 44 }]);
    expect(nothingUnseen(facts)).toBe(false);
  });

  it('reports hidden events', () => {
    const hidden = { ...entry('a', 'b', {}), hidden: true, kind: 'event' as const };
    expect(nothingUnseen(unseenFacts(game([], [hidden])))).toBe(false);
  });

  it('is never silent about the PRC visibility a real game built up', () => {
    const state = playThrough(solomon, { seed: 11, strategy: firstOptionStrategy });
    expect(state.indicators.prcVisibility).toBeGreaterThan(state.history[0]?.prcVisibility ?? 0);
    expect(nothingUnseen(unseenFacts(state))).toBe(false);
  });
});

describe('history beside the rounds', () => {
  const rounds = ['2018', '2019', '2020', '2021', '2022 H1', '2022 H2', '2023', '2024'];

  it('places each entry in the round of its first year, and splits a shared year by month', () => {
    const dates = [
      '2016-2019',
      '30 April 2018',
      'June-September 2019',
      'March 2022',
      '18 August 2022',
      '2022',
      'August 2024 - 2025',
      '2030',
    ];
    expect(alignHistory(rounds, dates)).toEqual([[0, 1], [2], [], [], [3, 5], [4], [], [6, 7]]);
  });

  it('puts every entry of a shipped scenario in some round', () => {
    const placed = alignHistory(
      solomon.rounds.map((r) => r.label),
      solomon.history.map((e) => e.date),
    );
    expect(placed.flat().sort((a, b) => a - b)).toEqual(solomon.history.map((_, i) => i));
  });
});
