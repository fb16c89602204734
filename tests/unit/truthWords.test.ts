// Words and figures on screen a student can trust: one rounding rule (scores whole, percentages to
// one decimal) and a source named without the scenario author's working note.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS, INDICATORS } from '../../src/sim/indicators.ts';
import { loadScenarioText } from '../../src/sim/scenario/load.ts';
import { changePhrase, changeText } from '../../src/ui/panels/changeTone.ts';
import { formatValue } from '../../src/ui/panels/IndicatorPanel.ts';
import { sourceName } from '../../src/ui/panels/sources.ts';

describe('one rounding rule on screen', () => {
  it('shows every score out of 100 as a whole number, values and changes alike', () => {
    for (const id of INDICATOR_IDS.filter((i) => INDICATORS[i].unit === '/100')) {
      expect(formatValue(id, 35.94), id).toBe('36');
      expect(changeText(id, -2.4), id).toMatch(/^▼ down 2(,|$)/);
    }
    expect(changePhrase('budget', 1.6)).toBe('Fiscal room +2 (better)');
  });

  it('says a score moved by less than 1 instead of showing it as 0', () => {
    expect(changePhrase('budget', -0.3)).toBe('Fiscal room down less than 1 (worse)');
    expect(changeText('budget', 0.3)).toBe('▲ up less than 1, better');
  });

  it('keeps one decimal for percentages', () => {
    expect(formatValue('chinaDebtShare', 16.666)).toBe('16.7%');
    expect(changeText('publicDebt', -1.26)).toBe('▼ down 1.3, better');
  });
});

describe('sources', () => {
  it.each(['solomon-islands.yaml', 'central-asia.yaml'])(
    '%s: no source is shown with an author\'s working note "(title not in the file)"',
    (file) => {
      const scenario = loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file);
      for (const doc of scenario.documents) {
        const name = sourceName(scenario, { seed: doc.file, quote: 'x' } as never);
        expect(name).not.toMatch(/not in the file/i);
        expect(name).toContain(doc.author);
      }
      const cary = scenario.documents.find((d) => d.author === 'Dakota Cary');
      expect(sourceName(scenario, { seed: cary?.file, quote: 'x' } as never)).toMatch(
        /Community Watch.*\(the copy of the text the game quotes does not show this title\)$/,
      );
    },
  );
});
