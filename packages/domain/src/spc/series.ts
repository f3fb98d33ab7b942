import type { SpcBaseline, SpcChart, SpcRequest } from './types';

/** One phase (rebase group) of the series. */
export interface PhaseRange {
  start: number;
  /** Inclusive. */
  end: number;
  /** Exclusive end of the points the centre and limits are computed from (the frozen baseline). */
  calcEnd: number;
  /** This phase's usable, non-excluded points are seq[seqStart..seqEnd). */
  seqStart: number;
  seqEnd: number;
}

/**
 * The request unpacked into typed arrays, on the unmultiplied scale. NaN marks "no value".
 * Single passes over typed arrays keep a million-point XmR fast (no per-point objects).
 */
export interface SeriesFrame {
  chart: SpcChart;
  n: number;
  /** The plotted value (for mr: the moving range). */
  y: Float64Array;
  /** Numerators (the raw values) and denominators (null when the chart has none). */
  num: Float64Array;
  den: Float64Array | null;
  /** 1 where a denominator was given but is zero or missing: no value and no limits. */
  noLimits: Uint8Array;
  excluded: Uint8Array;
  phases: PhaseRange[];
  /** Indices of usable (valued), non-excluded points, phase by phase: what the run rules see. */
  seq: Int32Array;
}

/**
 * The values as a typed array of length n, NaN for missing. TypedArray.set copies a plain array of numbers
 * natively (far faster than a loop); it turns null into 0, so where there are nulls the zeros are checked
 * afterwards (includes(null) answers at once for an array that holds only numbers).
 */
function toFloat(values: readonly (number | null)[], n: number): Float64Array {
  const out = new Float64Array(n);
  out.set((values.length > n ? values.slice(0, n) : values) as ArrayLike<number>);
  out.fill(Number.NaN, values.length);
  if (values.includes(null))
    for (let i = 0; i < n; i++) if (out[i] === 0 && values[i] === null) out[i] = Number.NaN;
  return out;
}

/** value = numerator / denominator where a denominator is given; a zero denominator gives no value. */
function baseValues(num: Float64Array, den: Float64Array | null, noLimits: Uint8Array): Float64Array {
  if (den === null) return num;
  const n = num.length;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = den[i]!;
    if (!(d > 0) && !(d < 0)) {
      noLimits[i] = 1;
      x[i] = Number.NaN;
    } else {
      x[i] = num[i]! / d;
    }
  }
  return x;
}

/** Sorted, unique phase starts inside (0, n); index 0 always starts the first phase. */
function phaseStarts(phases: readonly number[] | undefined, n: number): number[] {
  const starts = [0];
  const sorted = [...(phases ?? [])]
    .filter((p) => Number.isInteger(p) && p > 0 && p < n)
    .sort((a, b) => a - b);
  for (const p of sorted) if (p !== starts[starts.length - 1]) starts.push(p);
  return starts;
}

/**
 * Baseline freeze: "phase" counts N points from each phase start; "series" counts N points from the
 * first point of the series, so a phase that starts after them computes its own limits from all of its
 * points (a rebase after the frozen period is a new process).
 */
function calcEndOf(start: number, endExcl: number, baseline: SpcBaseline | undefined): number {
  if (baseline === undefined) return endExcl;
  if (baseline.scope === 'phase') return Math.min(endExcl, start + baseline.points);
  return start >= baseline.points ? endExcl : Math.min(endExcl, baseline.points);
}

/**
 * Moving ranges for the mr chart: within a phase, between consecutive usable non-excluded points
 * (missing and excluded points are bridged); an excluded point shows its range to the previous kept one.
 */
function movingRangeValues(x: Float64Array, excluded: Uint8Array, phases: PhaseRange[]): Float64Array {
  const y = new Float64Array(x.length).fill(Number.NaN);
  for (const ph of phases) {
    let prev = Number.NaN;
    for (let i = ph.start; i <= ph.end; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) continue;
      y[i] = Math.abs(v - prev);
      if (excluded[i] === 0) prev = v;
    }
  }
  return y;
}

function buildSeq(y: Float64Array, excluded: Uint8Array, phases: PhaseRange[]): Int32Array {
  const seq = new Int32Array(y.length);
  let k = 0;
  for (const ph of phases) {
    ph.seqStart = k;
    for (let i = ph.start; i <= ph.end; i++) if (excluded[i] === 0 && !Number.isNaN(y[i]!)) seq[k++] = i;
    ph.seqEnd = k;
  }
  return seq.subarray(0, k);
}

/** Unpack a (validated) request into typed arrays, phases and the run-rule sequence. */
export function buildFrame(request: SpcRequest): SeriesFrame {
  const n = request.values.length;
  const num = toFloat(request.values, n);
  const den =
    request.denominators === undefined || request.chart === 'c' ? null : toFloat(request.denominators, n);
  const noLimits = new Uint8Array(n);
  const excluded = new Uint8Array(n);
  for (const e of request.exclude ?? []) if (Number.isInteger(e) && e >= 0 && e < n) excluded[e] = 1;

  const starts = phaseStarts(request.phases, n);
  const phases: PhaseRange[] = starts.map((start, p) => {
    const endExcl = starts[p + 1] ?? n;
    return {
      start,
      end: endExcl - 1,
      calcEnd: calcEndOf(start, endExcl, request.baseline),
      seqStart: 0,
      seqEnd: 0,
    };
  });
  if (n === 0) phases.length = 0;

  const x = baseValues(num, den, noLimits);
  const y = request.chart === 'mr' ? movingRangeValues(x, excluded, phases) : x;
  return {
    chart: request.chart,
    n,
    y,
    num,
    den,
    noLimits,
    excluded,
    phases,
    seq: buildSeq(y, excluded, phases),
  };
}
