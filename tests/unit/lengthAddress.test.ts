// `?length=` in the page address: a class link's `length=lesson` starts the lesson cut; anything
// that is not a length is reported (the page says so in words) rather than silently ignored.
import { describe, expect, it } from 'vitest';
import { lengthFromAddress } from '../../src/app/modes.ts';

describe('lengthFromAddress', () => {
  it('reads the lesson and the full game', () => {
    expect(lengthFromAddress('?length=lesson')).toBe('lesson');
    expect(lengthFromAddress('?seed=4&length=full')).toBe('full');
  });

  it('is null when the address names no length', () => {
    expect(lengthFromAddress('')).toBeNull();
    expect(lengthFromAddress('?seed=4')).toBeNull();
  });

  it('reports what it was given when that is not a length, cut to 40 characters', () => {
    expect(lengthFromAddress('?length=short')).toEqual({ ignored: 'short' });
    expect(lengthFromAddress('?length=Lesson')).toEqual({ ignored: 'Lesson' });
    expect(lengthFromAddress(`?length=${'x'.repeat(100)}`)).toEqual({ ignored: 'x'.repeat(40) });
  });
});
