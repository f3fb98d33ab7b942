/** The outcome of a rate-limit check: allowed, or refused with the time until a slot frees up. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Above this many tracked keys, a hit also sweeps out keys whose window has passed (bounds memory). */
const SWEEP_THRESHOLD = 10_000;

/**
 * An in-memory sliding-window limiter: at most `limit` hits per key within any `windowMs`. One
 * instance per app (created when the routes register, never at import time). Per process only: behind
 * several API processes each enforces its own window, which still bounds guessing per process.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Checks every key and, only when all have room, records one hit on each. Refused attempts are not
   * recorded, so a flood does not extend its own block beyond the window.
   */
  hit(keys: readonly string[]): RateDecision {
    const now = this.now();
    if (this.hits.size > SWEEP_THRESHOLD) this.sweep(now);
    let retryAfterMs = 0;
    for (const key of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= this.limit) retryAfterMs = Math.max(retryAfterMs, recent[0]! + this.windowMs - now);
    }
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
    for (const key of keys) this.recent(key, now).push(now);
    return { allowed: true };
  }

  /** The hits of `key` still inside the window (pruned in place, oldest first). */
  private recent(key: string, now: number): number[] {
    const kept = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    this.hits.set(key, kept);
    return kept;
  }

  private sweep(now: number): void {
    for (const [key, times] of this.hits) {
      if (times.every((t) => t <= now - this.windowMs)) this.hits.delete(key);
    }
  }
}
