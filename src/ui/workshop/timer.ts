// The round timer's logic, with the clock passed in so that tests can move time by hand. It only
// counts and reports "one minute left" and "time is up": it never decides anything for a team.
import { MAX_TIMER_MINUTES } from './plan.ts';

export interface Clock {
  now(): number;
}

/** What is saved: the setting and the time left (a resumed timer waits, paused). */
export interface TimerSnapshot {
  minutes: number | null;
  remainingMs: number;
}

export type TimerSignal = 'oneMinuteLeft' | 'timeUp';

const MINUTE = 60_000;

export class RoundTimer {
  private minutesSetting: number | null;
  private elapsedMs: number;
  private startedAt: number | null = null;
  private warned: boolean;
  private expired: boolean;

  constructor(
    private readonly clock: Clock,
    snapshot: TimerSnapshot,
  ) {
    this.minutesSetting = snapshot.minutes;
    const duration = (snapshot.minutes ?? 0) * MINUTE;
    this.elapsedMs = Math.min(duration, Math.max(0, duration - snapshot.remainingMs));
    this.warned = this.remainingMs() <= MINUTE;
    this.expired = this.enabled && this.remainingMs() <= 0;
  }

  get enabled(): boolean {
    return this.minutesSetting !== null;
  }

  get minutes(): number | null {
    return this.minutesSetting;
  }

  get running(): boolean {
    return this.startedAt !== null;
  }

  get timeIsUp(): boolean {
    return this.expired;
  }

  remainingMs(): number {
    const duration = (this.minutesSetting ?? 0) * MINUTE;
    const running = this.startedAt === null ? 0 : this.clock.now() - this.startedAt;
    return Math.max(0, duration - this.elapsedMs - running);
  }

  start(): void {
    if (!this.enabled || this.running || this.remainingMs() <= 0) return;
    this.startedAt = this.clock.now();
  }

  pause(): void {
    if (this.startedAt === null) return;
    this.elapsedMs += this.clock.now() - this.startedAt;
    this.startedAt = null;
  }

  /** Back to the full time, stopped: each round starts when the facilitator says so. */
  reset(): void {
    this.startedAt = null;
    this.elapsedMs = 0;
    this.warned = (this.minutesSetting ?? 0) * MINUTE <= MINUTE;
    this.expired = false;
  }

  /** Adds (or with a negative number takes off) whole minutes from the round's length. */
  adjust(deltaMinutes: number): void {
    if (this.minutesSetting === null) return;
    const next = Math.min(MAX_TIMER_MINUTES, Math.max(1, this.minutesSetting + deltaMinutes));
    // Folding the running stretch into the elapsed time first keeps the cap below exact.
    const wasRunning = this.running;
    this.pause();
    this.minutesSetting = next;
    this.elapsedMs = Math.min(this.elapsedMs, next * MINUTE);
    const left = this.remainingMs();
    if (wasRunning && left > 0) this.startedAt = this.clock.now();
    // More time after the warning or the end arms them again, so they are said once per crossing.
    if (left > MINUTE) this.warned = false;
    if (left > 0) this.expired = false;
  }

  /** Turns the timer off (null) or on with a length; either way it starts again from the top. */
  setMinutes(minutes: number | null): void {
    this.minutesSetting =
      minutes === null ? null : Math.min(MAX_TIMER_MINUTES, Math.max(1, Math.round(minutes)));
    this.reset();
  }

  /** Called on every tick: what the facilitator's console should announce now, each said once. */
  poll(): TimerSignal[] {
    if (!this.enabled) return [];
    const left = this.remainingMs();
    const signals: TimerSignal[] = [];
    if (left <= 0 && !this.expired) {
      this.pause();
      this.expired = true;
      this.warned = true;
      signals.push('timeUp');
    } else if (left > 0 && left <= MINUTE && !this.warned) {
      this.warned = true;
      signals.push('oneMinuteLeft');
    }
    return signals;
  }

  snapshot(): TimerSnapshot {
    return { minutes: this.minutesSetting, remainingMs: this.remainingMs() };
  }
}

/** "9:05": whole seconds, rounded up so that 0:00 means the time is really over. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
