/**
 * SPC engine benchmark: prints timings and ratios (no assertions).
 *   node --import tsx bench/spc.ts
 * (1) a 1,000,000-point XmR chart with every MDC rule, against a plain loop summing the same array in the
 *     same run (targets: ratio < 10×, time < 150 ms);
 * (2) 1,000 series of 60 points each (target: < 50 ms in total).
 * Each measurement is warmed up first and reported as the median of several runs.
 */
import { availableParallelism, loadavg } from 'node:os';
import { computeSpc } from '@leerlus/domain/spc/index';
import type { SpcRequest } from '@leerlus/domain/spc/index';

/** Deterministic normal-ish data (LCG + Box–Muller) so runs are comparable. */
function series(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const uniform = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++)
    out[i] = 100 + 10 * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return out;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * Median wall time of `runs` calls after `warmup` unmeasured ones. Each result is dropped before the next
 * call (only its size is kept), so one run's million objects do not weigh on the next run's garbage collector.
 */
function time(fn: () => { length: number } | number, runs: number, warmup: number): number {
  let checksum = 0;
  for (let i = 0; i < warmup; i++) checksum += size(fn());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = fn();
    times.push(performance.now() - t0);
    checksum += size(result);
  }
  if (Number.isNaN(checksum)) console.log('unreachable');
  return median(times);
}

function size(result: { length: number } | number): number {
  return typeof result === 'number' ? result : result.length;
}

function plainSum(values: number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

/** Context for (1): just allocating a million objects of the result point's shape (the contract's JSON). */
function objectFloor(values: number[]): unknown[] {
  const signals = { outside: false, shift: false, trend: false, twoOfThree: false };
  const out = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]! * 1;
    out[i] = {
      index: i,
      label: null,
      value: v,
      phase: 0,
      excluded: false,
      centre: 100,
      lower: 70.5,
      upper: 129.5,
      lower2: 80.3,
      upper2: 119.7,
      lower1: 90.2,
      upper1: 109.8,
      signals,
      type: 'common',
    };
  }
  return out;
}

const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

// Timings on a shared machine mean little without its load: print it alongside.
console.log(
  `Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)}`,
);

// (2) A board: 1,000 series of 60 points.
const board: SpcRequest[] = Array.from({ length: 1000 }, (_, k) => ({
  chart: 'i',
  preset: 'mdc',
  improvement: 'increase',
  target: 100,
  values: series(60, k + 1),
}));
// Measured first, on a clean heap: what a server computing a board sees (not the aftermath of the
// million-point case's garbage), with enough warm-up for the JIT to settle.
const boardMs = time(() => board.map((r) => computeSpc(r)), 21, 20);
console.log('(2) 1,000 series × 60 points');
console.log(
  `    total:             ${fmt(boardMs)}   (target < 50 ms), ${((boardMs * 1000) / 1000).toFixed(1)} µs per series`,
);

// (1) One million points, preset mdc: outside, shift 7, trend 7, two-of-three, MR screening.
const big: SpcRequest = { chart: 'i', preset: 'mdc', improvement: 'increase', values: series(1_000_000, 42) };
const xmr = time(() => computeSpc(big).points, 7, 3);
const loop = time(() => plainSum(big.values as number[]), 21, 5);
const floor = time(() => objectFloor(big.values as number[]), 7, 3);
console.log('(1) 1,000,000-point XmR, all MDC rules');
console.log(`    computeSpc:        ${fmt(xmr)}   (target < 150 ms)`);
console.log(`    plain summing loop: ${fmt(loop)}`);
console.log(`    ratio:             ${(xmr / loop).toFixed(1)}×   (target < 10×)`);
console.log(`    context: allocating 1,000,000 bare point objects of the result shape takes ${fmt(floor)}`);

