// The workshop's round timer with a hand-moved clock: it counts, pauses, resets and adjusts, says
// "one minute left" and "time is up" exactly once each, and survives being saved mid-round.
import { describe, expect, it } from 'vitest';
import { RoundTimer, formatRemaining } from '../../src/ui/workshop/timer.ts';

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const MIN = 60_000;

describe('the round timer', () => {
  it('counts down only while running', () => {
    const c = clock();
    const timer = new RoundTimer(c, { minutes: 5, remainingMs: 5 * MIN });
    c.advance(30_000);
    expect(timer.remainingMs()).toBe(5 * MIN);
    timer.start();
    c.advance(30_000);
    expect(timer.remainingMs()).toBe(4.5 * MIN);
    timer.pause();
    c.advance(MIN);
    expect(timer.remainingMs()).toBe(4.5 * MIN);
    expect(timer.running).toBe(false);
  });

  it('says "one minute left" once, then "time is up" once, and stops at zero', () => {
    const c = clock();
    const timer = new RoundTimer(c, { minutes: 3, remainingMs: 3 * MIN });
    timer.start();
    c.advance(1.5 * MIN);
    expect(timer.poll()).toEqual([]);
    c.advance(0.5 * MIN);
    expect(timer.poll()).toEqual(['oneMinuteLeft']);
    c.advance(1_000);
    expect(timer.poll()).toEqual([]);
    c.advance(2 * MIN);
    expect(timer.poll()).toEqual(['timeUp']);
    expect(timer.poll()).toEqual([]);
    expect(timer.remainingMs()).toBe(0);
    expect(timer.running).toBe(false);
    expect(timer.timeIsUp).toBe(true);
  });

  it('skips the warning for a round of a minute or less', () => {
    const c = clock();
    const timer = new RoundTimer(c, { minutes: 1, remainingMs: MIN });
    timer.start();
    c.advance(MIN);
    expect(timer.poll()).toEqual(['timeUp']);
  });

  it('resets to the full time, stopped, and warns again in the next round', () => {
    const c = clock();
    const timer = new RoundTimer(c, { minutes: 2, remainingMs: 2 * MIN });
    timer.start();
    c.advance(2 * MIN);
    expect(timer.poll()).toEqual(['timeUp']);
    timer.reset();
    expect(timer.remainingMs()).toBe(2 * MIN);
    expect(timer.running).toBe(false);
    expect(timer.timeIsUp).toBe(false);
    timer.start();
    c.advance(MIN + 1);
    expect(timer.poll()).toEqual(['oneMinuteLeft']);
  });

  it('adds and takes off minutes (1 to 120) and re-arms the warning when time is added', () => {
    const c = clock();
    const timer = new RoundTimer(c, { minutes: 2, remainingMs: 2 * MIN });
    timer.start();
    c.advance(1.5 * MIN);
    expect(timer.poll()).toEqual(['oneMinuteLeft']);
    timer.adjust(2);
    expect(timer.minutes).toBe(4);
    expect(timer.remainingMs()).toBe(2.5 * MIN);
    c.advance(1.5 * MIN + 1);
    expect(timer.poll()).toEqual(['oneMinuteLeft']);
    timer.adjust(-10);
    expect(timer.minutes).toBe(1);
    expect(timer.remainingMs()).toBe(0);
    expect(timer.poll()).toEqual(['timeUp']);
    timer.setMinutes(500);
    expect(timer.minutes).toBe(120);
  });

  it('can be off: no time, no signals, and nothing starts it', () => {
    const c = clock();
    const timer = new RoundTimer(c, { minutes: null, remainingMs: 0 });
    timer.start();
    c.advance(10 * MIN);
    expect(timer.enabled).toBe(false);
    expect(timer.running).toBe(false);
    expect(timer.poll()).toEqual([]);
    timer.setMinutes(10);
    expect(timer.enabled).toBe(true);
    expect(timer.remainingMs()).toBe(10 * MIN);
  });

  it('is saved as its setting and the time left, and resumes paused where it was', () => {
    const c = clock();
    const timer = new RoundTimer(c, { minutes: 10, remainingMs: 10 * MIN });
    timer.start();
    c.advance(9.5 * MIN);
    expect(timer.poll()).toEqual(['oneMinuteLeft']);
    const saved = timer.snapshot();
    expect(saved).toEqual({ minutes: 10, remainingMs: 0.5 * MIN });
    const resumed = new RoundTimer(clock(99), JSON.parse(JSON.stringify(saved)));
    expect(resumed.running).toBe(false);
    expect(resumed.remainingMs()).toBe(0.5 * MIN);
    // The warning was already given before the break.
    expect(resumed.poll()).toEqual([]);
  });

  it('shows minutes and seconds, rounding up so 0:00 means over', () => {
    expect(formatRemaining(10 * MIN)).toBe('10:00');
    expect(formatRemaining(65_001)).toBe('1:06');
    expect(formatRemaining(400)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5)).toBe('0:00');
  });
});
