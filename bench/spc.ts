/**
 * SPC engine benchmark: prints timings and ratios (no assertions).
 *   node --import tsx bench/spc.ts
 * (1) a 1,000,000-point XmR chart with every MDC rule (targets: < 150 ms, < 10× a plain loop over the same
 *     array in the same run). Two plain loops are printed: one that only sums the array (the wording)
 *     and one that computes the same XmR statistics (mean, screened MR̄, limits), the fair equivalent.
 *     computeSpc returns every point's value, lines, signals and type (in columns; the point objects are
 *     built on first read of `points`): the time to build them and to serialise the API's JSON is printed too;
 * (2) 1,000 series of 60 points each (target: < 50 ms in total).
 * Each measurement is warmed up first and reported as the median of several runs.
 */
import { availableParallelism, loadavg } from 'node:os';
import { computeSpc } from '@leerlus/domain/spc/index';
import type { SpcRequest, SpcResult } from '@leerlus/domain/spc/index';

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

interface Timing {
  /** Median wall time, ms. */
  wall: number;
  /** Median CPU time of the process, ms: on a shared machine, wall time also counts the time other processes ran. */
  cpu: number;
}

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Median wall and CPU times of `runs` calls after `warmup` unmeasured ones. Each result is dropped before the
 * next call (only its size is kept), so one run's million objects do not weigh on the next run's garbage collector.
 */
function time(fn: () => unknown, runs: number, warmup: number): Timing {
  let checksum = 0;
  for (let i = 0; i < warmup; i++) checksum += size(fn());
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuNow();
    const t0 = performance.now();
    const result = fn();
    walls.push(performance.now() - t0);
    cpus.push(cpuNow() - c0);
    checksum += size(result);
  }
  if (Number.isNaN(checksum)) console.log('unreachable');
  return { wall: median(walls), cpu: median(cpus) };
}

function size(result: unknown): number {
  if (typeof result === 'number') return result;
  if (typeof result === 'string' || Array.isArray(result)) return result.length;
  return (result as SpcResult).phases.length;
}

function plainSum(values: number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

/**
 * The XmR statistics of the MDC preset as a plain loop: mean, mean moving range screened once (ranges
 * ≥ 3.267·MR̄ dropped), limits at mean ± 2.66·MR̄. What computeSpc does before its rules and point types.
 */
function plainXmr(values: number[]): number {
  const n = values.length;
  let sum = values[0]!;
  let mrSum = 0;
  for (let i = 1; i < n; i++) {
    sum += values[i]!;
    mrSum += Math.abs(values[i]! - values[i - 1]!);
  }
  const cutoff = (3.267 * mrSum) / (n - 1);
  let kept = 0;
  let keptSum = 0;
  for (let i = 1; i < n; i++) {
    const mr = Math.abs(values[i]! - values[i - 1]!);
    if (mr < cutoff) {
      keptSum += mr;
      kept++;
    }
  }
  const mean = sum / n;
  const width = (2.66 * keptSum) / kept;
  return mean + width - (mean - width);
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
const both = (t: Timing): string => `${fmt(t.wall)} (CPU ${fmt(t.cpu)})`;
const ratio = (a: Timing, b: Timing): string =>
  `${(a.wall / b.wall).toFixed(1)}× (CPU ${(a.cpu / b.cpu).toFixed(1)}×)`;

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
// Each result's points are read, as the API's answer (the board's JSON) does.
const boardMs = time(() => board.map((r) => computeSpc(r).points), 21, 20);
console.log('(2) 1,000 series × 60 points');
console.log(
  `    total:             ${both(boardMs)}   (target < 50 ms), ${boardMs.wall.toFixed(1)} µs per series`,
);

// (1) One million points, preset mdc: outside, shift 7, trend 7, two-of-three, MR screening.
const big: SpcRequest = { chart: 'i', preset: 'mdc', improvement: 'increase', values: series(1_000_000, 42) };
const values = big.values as number[];
// The plain loops first, before computeSpc leaves garbage for the collector to work on while they run.
const sumLoop = time(() => plainSum(values), 21, 5);
const xmrLoop = time(() => plainXmr(values), 21, 5);
const xmr = time(() => computeSpc(big), 9, 3);
const withPoints = time(() => computeSpc(big).points, 5, 2);
const floor = time(() => objectFloor(values), 5, 2);
// The API's answer is ~365 bytes of JSON per point: serialised once, for a tenth of the points.
const tenth = computeSpc({ ...big, values: values.slice(0, 100_000) });
const t0 = performance.now();
const json = JSON.stringify(tenth);
const jsonMs = performance.now() - t0;
console.log('(1) 1,000,000-point XmR, all MDC rules');
console.log(`    computeSpc:          ${both(xmr)}   (target < 150 ms)`);
console.log(`    plain XmR loop:      ${both(xmrLoop)}   ratio ${ratio(xmr, xmrLoop)}   (target < 10×)`);
console.log(`    plain summing loop:  ${both(sumLoop)}   ratio ${ratio(xmr, sumLoop)}`);
console.log('    context:');
console.log(`      computeSpc and reading result.points (1,000,000 point objects): ${both(withPoints)}`);
console.log(`      allocating 1,000,000 bare objects of the point's shape: ${both(floor)}`);
console.log(
  `      JSON.stringify of the result (the API's answer) for 100,000 points (${(json.length / 1e6).toFixed(1)} MB, one run): ${fmt(jsonMs)}`,
);
