// Failed join attempts per address in a sliding minute: a guesser is slowed to a few codes a
// minute, while a class joining at once (every device right first time) is never held up.
export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  blocked(who: string, now: number): boolean {
    const recent = (this.failures.get(who) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length === 0) this.failures.delete(who);
    else this.failures.set(who, recent);
    return recent.length >= this.limit;
  }

  fail(who: string, now: number): void {
    this.failures.set(who, [...(this.failures.get(who) ?? []), now]);
  }
}
