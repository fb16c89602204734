// Cross-reference checks: each rule the schema cannot express rejects a broken scenario and names the culprit.
import { describe, expect, it } from 'vitest';
import { LIFECYCLES } from '../../src/sim/machines/lifecycles.ts';
import {
  addAt,
  moveItem,
  referenceProblems,
  removeAt,
  replaceAt,
  type Patch,
} from '../support/fixtures.ts';

/** Expects exactly one problem at `path`, whose message contains every fragment; returns the message. */
function expectProblem(patch: Patch, path: string, ...fragments: string[]): string {
  const problems = referenceProblems(patch);
  const here = problems.filter((p) => p.path === path);
  expect(here, `problems: ${JSON.stringify(problems)}`).toHaveLength(1);
  const message = here[0]?.message ?? '';
  for (const fragment of fragments) expect(message).toContain(fragment);
  return message;
}

/** The names a message lists in parentheses, e.g. `(choices: sign, refuse)` gives [sign, refuse]. */
function listed(message: string, label: string): string[] {
  const list = new RegExp(`\\(${label}: ([^)]*)\\)`).exec(message)?.[1];
  return list ? list.split(/,\s*/) : [];
}

describe('checkReferences', () => {
  it('finds nothing wrong with the unpatched fixture', () => {
    expect(referenceProblems((_doc) => {})).toEqual([]);
  });

  describe('ids', () => {
    it('rejects two decisions with the same id', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['decisions', 2, 'id'], 'towers'),
        'decisions[2].id',
        'duplicate',
        '"towers"',
      );
    });

    it('rejects two options of one decision with the same id', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['decisions', 0, 'options', 1, 'id'], 'credit'),
        'decisions[0].options[1].id',
        'duplicate option id',
        '"credit"',
      );
    });

    it('rejects two endings with the same id', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['endings', 1, 'id'], 'captured'),
        'endings[1].id',
        '"captured"',
      );
    });
  });

  describe('conditions', () => {
    it('rejects a condition that names an unknown decision', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['events', 0, 'when', 'all', 0, 'decision'], 'pylons'),
        'events[0].when.all[0].decision',
        'unknown decision',
        '"pylons"',
      );
    });

    it('rejects a chose condition that names an option the decision does not have', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['decisions', 1, 'when'], { decision: 'towers', chose: ['loan'] }),
        'decisions[1].when.chose[0]',
        '"towers"',
        '"loan"',
      );
    });

    it('rejects a stage condition naming a stage the machine does not have, listing its stages', () => {
      const message = expectProblem(
        (doc) => replaceAt(doc, ['decisions', 1, 'when', 'stage', 0], 'launched'),
        'decisions[1].when.stage[0]',
        'towerDeal',
        '"launched"',
      );

      expect(listed(message, 'stages')).toEqual(expect.arrayContaining(['signed', 'operating']));
      expect(listed(message, 'stages')).toEqual(
        expect.arrayContaining([...LIFECYCLES.towerDeal.stages]),
      );
    });

    it('checks conditions nested in not, inside option requirements', () => {
      expectProblem(
        (doc) =>
          replaceAt(doc, ['decisions', 0, 'options', 2, 'requires'], {
            not: { decision: 'ghost', stage: ['signed'] },
          }),
        'decisions[0].options[2].requires.not.decision',
        '"ghost"',
      );
    });

    it('rejects a condition on an unknown election', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['endings', 1, 'when'], { election: 'referendum', result: 'lost' }),
        'endings[1].when.election',
        '"referendum"',
      );
    });

    it('rejects a flag that conditions read but no effect ever sets', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['endings', 1, 'when', 'flag'], 'bankrupt'),
        'endings[1].when.flag',
        '"bankrupt"',
        'never set',
      );
    });

    it('accepts a flag that is only set inside a delayed effect', () => {
      const problems = referenceProblems((doc) => {
        removeAt(doc, ['events', 0, 'effects', 1]);
        replaceAt(
          doc,
          ['decisions', 0, 'options', 1, 'effects', 'refused', 1, 'then'],
          [{ setFlag: 'squeezed' }],
        );
      });

      expect(problems).toEqual([]);
    });

    // Regression: references.ts once collected the flags read by conditions only, so odds weighted by a
    // flag that nothing sets (a dead weight, usually a typo) passed unnoticed.
    it('rejects a chance weighted by a flag that no effect ever sets', () => {
      expectProblem(
        (doc) => addAt(doc, ['events', 0, 'chance', 'flags'], { bankrupt: 0.2 }),
        'events[0].chance.flags.bankrupt',
        '"bankrupt"',
      );
    });

    it('rejects election odds weighted by a flag that no effect ever sets', () => {
      expectProblem(
        (doc) => addAt(doc, ['elections', 0, 'keepChance', 'flags'], { bankrupt: -0.2 }),
        'elections[0].keepChance.flags.bankrupt',
        '"bankrupt"',
      );
    });

    it('accepts odds weighted by a flag that an effect sets', () => {
      const problems = referenceProblems((doc) =>
        addAt(doc, ['elections', 0, 'keepChance', 'flags'], { squeezed: -0.2 }),
      );

      expect(problems).toEqual([]);
    });
  });

  describe('deal machines', () => {
    it("rejects an option outcome the machine does not have, listing the machine's choices", () => {
      const message = expectProblem(
        (doc) => replaceAt(doc, ['decisions', 0, 'options', 0, 'outcome'], 'buy'),
        'decisions[0].options[0].outcome',
        '"buy"',
      );

      expect(listed(message, 'choices')).toEqual(
        expect.arrayContaining(['sign', 'refuse', 'defer', 'renegotiate']),
      );
      expect(listed(message, 'choices')).toEqual(
        expect.arrayContaining([...LIFECYCLES.towerDeal.choices]),
      );
    });

    it('rejects an effects key naming a stage the machine does not have', () => {
      expectProblem(
        (doc) =>
          addAt(
            doc,
            ['decisions', 2, 'options', 0, 'effects', 'operating'],
            [{ change: { certMaturity: 5 } }],
          ),
        'decisions[2].options[0].effects.operating',
        'certPartnership',
        '"operating"',
      );
    });

    it('rejects an ongoing key naming a stage the machine does not have, even "now"', () => {
      expectProblem(
        (doc) =>
          addAt(
            doc,
            ['decisions', 0, 'options', 0, 'ongoing', 'now'],
            [{ change: { budget: -1 } }],
          ),
        'decisions[0].options[0].ongoing.now',
        '"now"',
      );
    });

    it('rejects a signal the target machine does not take, listing the ones it does', () => {
      const message = expectProblem(
        (doc) => replaceAt(doc, ['events', 0, 'effects', 0, 'signal', 'event'], 'cut'),
        'events[0].effects[0].signal.event',
        '"cut"',
      );

      expect(listed(message, 'signals')).toEqual(
        expect.arrayContaining(['breach', 'debtDistress']),
      );
    });

    it('rejects a signal sent to an unknown decision', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['events', 0, 'effects', 0, 'signal', 'decision'], 'pylons'),
        'events[0].effects[0].signal.decision',
        '"pylons"',
      );
    });

    it('rejects a follow-up that continues a later decision', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['decisions', 1, 'continues'], 'cert'),
        'decisions[1].continues',
        '"cert"',
        'earlier',
      );
    });

    it('rejects a follow-up that continues a decision driven by a different machine', () => {
      expectProblem(
        (doc) => {
          moveItem(doc, ['decisions'], 2, 0);
          replaceAt(doc, ['decisions', 2, 'continues'], 'cert');
        },
        'decisions[2].continues',
        '"cert"',
        'certPartnership',
        'towerDeal',
      );
    });

    it('rejects a follow-up that continues a decision that does not exist', () => {
      expectProblem(
        ['    continues: towers\n', '    continues: nothing\n'],
        'decisions[1].continues',
        '"nothing"',
      );
    });

    it('rejects a decision that continues itself', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['decisions', 1, 'continues'], 'towers-again'),
        'decisions[1].continues',
        '"towers-again"',
      );
    });
  });

  describe('effects', () => {
    it('rejects change on publicDebt, which only the loan ledger moves', () => {
      expectProblem(
        (doc) => addAt(doc, ['rules', 'everyRound', 0, 'change', 'publicDebt'], 1),
        'rules.everyRound[0].change.publicDebt',
        '"publicDebt"',
        'borrow',
      );
    });

    it('rejects change on chinaDebtShare inside a delayed effect', () => {
      expectProblem(
        (doc) =>
          replaceAt(doc, ['decisions', 0, 'options', 1, 'effects', 'refused', 1, 'then', 0], {
            change: { chinaDebtShare: -5 },
          }),
        'decisions[0].options[1].effects.refused[1].then[0].change.chinaDebtShare',
        '"chinaDebtShare"',
      );
    });

    it('rejects postponing an election the scenario does not have', () => {
      expectProblem(
        (doc) =>
          replaceAt(
            doc,
            ['events', 1, 'effects'],
            [{ postponeElection: { election: 'referendum', rounds: 1 } }],
          ),
        'events[1].effects[0].postponeElection.election',
        '"referendum"',
      );
    });
  });

  describe('rounds', () => {
    it('rejects a decision put in a round after the last one', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['decisions', 2, 'round'], 5),
        'decisions[2].round',
        'round 5',
        '(4)',
      );
    });

    it('accepts a decision in the last round', () => {
      expect(referenceProblems((doc) => replaceAt(doc, ['decisions', 2, 'round'], 4))).toEqual([]);
    });

    it('rejects an election held after the last round', () => {
      expectProblem(
        (doc) => replaceAt(doc, ['elections', 0, 'round'], 9),
        'elections[0].round',
        'round 9',
      );
    });

    it('rejects an event window that ends after the last round', () => {
      expectProblem(
        (doc) => addAt(doc, ['events', 1, 'rounds'], { from: 2, to: 5 }),
        'events[1].rounds',
        '1..4',
      );
    });
  });

  describe('sources', () => {
    it.each([
      ['a country', ['countries', 0], 'countries[0]'],
      ['a decision', ['decisions', 0], 'decisions[0]'],
      ['an option', ['decisions', 0, 'options', 1], 'decisions[0].options[1]'],
      ['an event', ['events', 0], 'events[0]'],
      ['an election', ['elections', 0], 'elections[0]'],
      ['an ending', ['endings', 2], 'endings[2]'],
    ] as const)('rejects %s with neither cite nor illustrative', (_what, itemPath, path) => {
      expectProblem(
        (doc) => removeAt(doc, [...itemPath, 'illustrative']),
        path,
        'cite',
        'illustrative',
      );
    });

    it('rejects a cite whose seed file is not listed under documents', () => {
      expectProblem(
        (doc) =>
          addAt(
            doc,
            ['decisions', 0, 'cite'],
            [{ seed: '004_7794b837158828d9.txt', quote: 'a quote' }],
          ),
        'decisions[0].cite[0].seed',
        '"004_7794b837158828d9.txt"',
        'documents',
      );
    });

    it('accepts an item sourced by a url instead of illustrative', () => {
      const problems = referenceProblems((doc) => {
        removeAt(doc, ['decisions', 0, 'illustrative']);
        addAt(
          doc,
          ['decisions', 0, 'cite'],
          [{ url: 'https://example.org/towers', title: 'Tower deal' }],
        );
      });

      expect(problems).toEqual([]);
    });
  });

  describe('endings', () => {
    it('rejects a fallback ending (no when) that is not last, and a last ending that has a when', () => {
      const problems = referenceProblems((doc) => moveItem(doc, ['endings'], 2, 1));

      expect(problems).toEqual(
        expect.arrayContaining([
          { path: 'endings[1]', message: expect.stringContaining('only the last ending') },
          { path: 'endings[2].when', message: expect.stringContaining('the last ending') },
        ]),
      );
    });

    it('rejects a set of endings without a fallback', () => {
      expectProblem(
        (doc) => addAt(doc, ['endings', 2, 'when'], { flag: 'squeezed' }),
        'endings[2].when',
        'no when',
      );
    });
  });

  describe('countries', () => {
    it('rejects a country missing a starting indicator, naming the indicator', () => {
      expectProblem(
        (doc) => removeAt(doc, ['countries', 1, 'start', 'indicators', 'certMaturity']),
        'countries[1].start.indicators',
        '"certMaturity"',
      );
    });

    it('rejects a starting value for a derived indicator', () => {
      expectProblem(
        (doc) => addAt(doc, ['countries', 0, 'start', 'indicators', 'publicDebt'], 30),
        'countries[0].start.indicators.publicDebt',
        'start.debt',
      );
    });

    it('rejects a decision offered to an unknown country', () => {
      expectProblem(
        (doc) => addAt(doc, ['decisions', 2, 'countries'], ['tiny', 'atlantis']),
        'decisions[2].countries[1]',
        '"atlantis"',
      );
    });

    it('rejects a condition on an unknown country', () => {
      expectProblem(
        (doc) =>
          replaceAt(doc, ['decisions', 0, 'options', 2, 'requires'], { country: ['atlantis'] }),
        'decisions[0].options[2].requires.country[0]',
        '"atlantis"',
      );
    });
  });
});
