import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limit';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` hits per window and tells when the oldest one expires', () => {
    let now = 1_000_000;
    const limiter = new SlidingWindowLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.hit(['k'])).toEqual({ allowed: true });
      now += 10_000;
    }
    expect(limiter.hit(['k'])).toEqual({ allowed: false, retryAfterMs: 30_000 });
    now += 30_001; // the first hit leaves the window
    expect(limiter.hit(['k'])).toEqual({ allowed: true });
  });

  it('refuses when any key is full and then records nothing on the others', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(1, 1_000, () => now);
    expect(limiter.hit(['ip:a', 'email:x'])).toEqual({ allowed: true });
    expect(limiter.hit(['ip:b', 'email:x']).allowed).toBe(false);
    // ip:b was not charged for the refused attempt.
    expect(limiter.hit(['ip:b', 'email:y'])).toEqual({ allowed: true });
    now = 1_001;
    expect(limiter.hit(['ip:a', 'email:x'])).toEqual({ allowed: true });
  });
});
