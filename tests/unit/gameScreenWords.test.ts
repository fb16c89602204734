// The words the game screen uses for changes, sources and time still to come.
import { describe, expect, it } from 'vitest';
import { changeText } from '../../src/ui/panels/changeTone.ts';
import { pendingText } from '../../src/ui/panels/plural.ts';
import { documentYear } from '../../src/ui/panels/sources.ts';

describe('the game screen in words a student knows', () => {
  it('tells whether a change is good for the country, not only its direction', () => {
    expect(changeText('dataExposure', 3)).toBe('▲ up 3, worse');
    expect(changeText('publicDebt', -1.26)).toBe('▼ down 1.3, better');
    expect(changeText('alignChina', 6)).toBe('▲ up 6');
    expect(changeText('connectivity', 0)).toBe('no change');
  });

  it('forms plurals by the language rules', () => {
    expect(pendingText('Repayments start', 1)).toBe('Repayments start: in 1 round');
    expect(pendingText('Repayments start', 2)).toBe('Repayments start: in 2 rounds');
  });

  it('dates a document by its year, hedged when it is undated', () => {
    expect(documentYear('9 December 2020')).toBe('2020');
    expect(documentYear('undated (events to October 2018; published February 2019)')).toBe(
      'c. 2019',
    );
  });
});
