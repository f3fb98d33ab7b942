/**
 * Funnel engine benchmark: prints timings (no assertions).
 *   node --import tsx bench/funnel.ts
 * Main case: 1,000 ratio units (expected 5–2,000) with additive overdispersion on the log scale and
 * 10% truncation, exact Poisson limits at 95% and 99.8% (target: < 20 ms). Also printed for
 * comparison: the other limits methods and types at the same size, and a 200-point curve.
 * Each case is warmed up first and reported as the median of several runs.
 */
import { computeFunnel, type FunnelRequest } from '@leerlus/domain/funnel/index';

/** Deterministic uniform numbers (LCG) so runs are comparable. */
function uniforms(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
}

/** A Poisson-ish count around mean m with between-unit spread of sd `spread` on the log scale. */
function count(mean: number, next: () => number, logSpread = 0.15): number {
  const spread = Math.exp(logSpread * Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next()));
  const z = Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
  return Math.max(0, Math.round(mean * spread + z * Math.sqrt(mean * spread)));
}

function ratioUnits(n: number, seed: number, logSpread = 0.15): FunnelRequest['units'] {
  const next = uniforms(seed);
  return Array.from({ length: n }, (_, i) => {
    const expected = 5 + 1995 * next() ** 2;
    return { id: `unit-${i}`, observed: count(expected, next, logSpread), expected };
  });
}

function proportionUnits(n: number, seed: number): FunnelRequest['units'] {
  const next = uniforms(seed);
  return Array.from({ length: n }, (_, i) => {
    const denominator = 20 + Math.round(4980 * next() ** 2);
    return { id: `unit-${i}`, numerator: Math.min(denominator, count(0.12 * denominator, next)), denominator };
  });
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Median wall time of `runs` calls after `warmup` unmeasured ones. */
function time(fn: () => unknown, runs = 21, warmup = 20): number {
  let sink: unknown = null;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn();
    times.push(performance.now() - t0);
  }
  if (sink === undefined) console.log('');
  return median(times);
}

const ratios = ratioUnits(1000, 42);
const calmRatios = ratioUnits(1000, 42, 0);
const proportions = proportionUnits(1000, 7);
const curve = Array.from({ length: 200 }, (_, i) => 5 * 1.03 ** i);

const cases: [string, FunnelRequest][] = [
  [
    'ratio, exact, additive log overdispersion, 10% truncation (target < 20 ms)',
    { type: 'ratio', units: ratios, overdispersion: { method: 'additive', zScore: 'log', trim: { method: 'truncate', fraction: 0.1 } } },
  ],
  [
    'ratio, exact, same overdispersion on Poisson data (φ ≤ 1: exact limits kept)',
    { type: 'ratio', units: calmRatios, overdispersion: { method: 'additive', zScore: 'log', trim: { method: 'truncate', fraction: 0.1 } } },
  ],
  ['ratio, exact, no overdispersion', { type: 'ratio', units: ratios }],
  ['ratio, byar', { type: 'ratio', units: ratios, limits: 'byar' }],
  ['ratio, normal', { type: 'ratio', units: ratios, limits: 'normal' }],
  ['proportion, exact (interpolated binomial)', { type: 'proportion', units: proportions }],
  ['proportion, wilson', { type: 'proportion', units: proportions, limits: 'wilson' }],
  [
    'proportion, exact, multiplicative arcsine overdispersion, 10% winsorising',
    { type: 'proportion', units: proportions, overdispersion: { method: 'multiplicative', trim: { method: 'winsorise', fraction: 0.1 } } },
  ],
  ['ratio, exact, curve of 200 points only', { type: 'ratio', units: [], curve }],
];

console.log('Funnel engine, 1,000 units, levels 0.95 and 0.998 (median of 21 runs after 20 warm-up runs)');
for (const [label, request] of cases) {
  const ms = time(() => computeFunnel(request));
  console.log(`  ${ms.toFixed(2).padStart(8)} ms  ${label}`);
}
for (const [name, index] of [['main case', 0], ['Poisson data', 1]] as const) {
  const fit = computeFunnel(cases[index]![1]).overdispersion;
  console.log(`  (${name}: phi = ${fit?.phi.toFixed(3)}, tau2 = ${fit?.tau2.toFixed(5)}, applied = ${fit?.applied})`);
}
