import type { SpcPoint, SpcResult } from './types';

/**
 * Re-reading a computed result for the explanations and the rebase suggestion: which points the run
 * rules saw and the extent of the shift or trend around a point. Built once per result and phase (one
 * pass each, cached by result), so explaining every point of a long series stays linear.
 */
export interface PhaseRuns {
  /** Indices of the points the run rules see: non-excluded and with a value. */
  seq: number[];
  /** Position in seq of point `start + j`, or −1. */
  pos: Int32Array;
  start: number;
  /** Shift block of each position: [from, to] in seq. */
  shiftFrom: Int32Array;
  shiftTo: Int32Array;
  /** Trend direction of each position (+1, −1, 0) and its block. */
  trendDir: Int8Array;
  trendFrom: Int32Array;
  trendTo: Int32Array;
  /** Number of value changes up to each position: a block's length in points ignores repeated values. */
  changes: Int32Array;
}

const CACHE = new WeakMap<SpcResult, Map<number, PhaseRuns>>();

/** +1 above the centre, −1 below, 0 on it or without a value. */
export function sideOfCentre(p: SpcPoint): number {
  if (p.value === null || p.centre === null) return 0;
  return p.value > p.centre ? 1 : p.value < p.centre ? -1 : 0;
}

/** Blocks where `linked(k)` says position k joins k − 1: [from, to] of every position. */
function blocks(len: number, linked: (k: number) => boolean): [Int32Array, Int32Array] {
  const from = new Int32Array(len);
  const to = new Int32Array(len);
  for (let k = 0; k < len; k++) from[k] = k > 0 && linked(k) ? from[k - 1]! : k;
  for (let k = len - 1; k >= 0; k--) to[k] = k < len - 1 && linked(k + 1) ? to[k + 1]! : k;
  return [from, to];
}

/** Trend direction at each position: towards the next point when it is in the trend too (right side), else from the previous. */
function trendDirections(pts: SpcPoint[], seq: number[]): Int8Array {
  const dir = new Int8Array(seq.length);
  for (let k = 0; k < seq.length; k++) {
    const p = pts[seq[k]!]!;
    if (!p.signals.trend) continue;
    const next = k + 1 < seq.length ? pts[seq[k + 1]!]! : undefined;
    const prev = k > 0 ? pts[seq[k - 1]!]! : undefined;
    if (next?.signals.trend === true && next.value !== p.value) dir[k] = Math.sign(next.value! - p.value!);
    else if (prev !== undefined) dir[k] = Math.sign(p.value! - prev.value!);
  }
  return dir;
}

function trendBlocks(pts: SpcPoint[], seq: number[], dir: Int8Array): [Int32Array, Int32Array] {
  const step = (k: number): number => Math.sign(pts[seq[k]!]!.value! - pts[seq[k - 1]!]!.value!);
  const both = (k: number): boolean => pts[seq[k]!]!.signals.trend && pts[seq[k - 1]!]!.signals.trend;
  const [upFrom, upTo] = blocks(seq.length, (k) => both(k) && step(k) >= 0);
  const [downFrom, downTo] = blocks(seq.length, (k) => both(k) && step(k) <= 0);
  const from = new Int32Array(seq.length);
  const to = new Int32Array(seq.length);
  for (let k = 0; k < seq.length; k++) {
    from[k] = dir[k]! > 0 ? upFrom[k]! : downFrom[k]!;
    to[k] = dir[k]! > 0 ? upTo[k]! : downTo[k]!;
  }
  return [from, to];
}

function build(result: SpcResult, phase: number): PhaseRuns {
  const ph = result.phases[phase]!;
  const pts = result.points;
  const seq: number[] = [];
  const pos = new Int32Array(ph.end - ph.start + 1).fill(-1);
  for (let i = ph.start; i <= ph.end; i++) {
    const p = pts[i]!;
    if (!p.excluded && p.value !== null) pos[i - ph.start] = seq.push(i) - 1;
  }
  const [shiftFrom, shiftTo] = blocks(seq.length, (k) => {
    const a = pts[seq[k - 1]!]!;
    const b = pts[seq[k]!]!;
    return a.signals.shift && b.signals.shift && sideOfCentre(a) === sideOfCentre(b);
  });
  const trendDir = trendDirections(pts, seq);
  const [trendFrom, trendTo] = trendBlocks(pts, seq, trendDir);
  const changes = new Int32Array(seq.length);
  for (let k = 1; k < seq.length; k++)
    changes[k] = changes[k - 1]! + (pts[seq[k]!]!.value !== pts[seq[k - 1]!]!.value ? 1 : 0);
  return { seq, pos, start: ph.start, shiftFrom, shiftTo, trendDir, trendFrom, trendTo, changes };
}

/** The run-rule view of a phase of a result (cached). Undefined for a phase that does not exist. */
export function phaseRuns(result: SpcResult, phase: number): PhaseRuns | undefined {
  if (result.phases[phase] === undefined) return undefined;
  let byPhase = CACHE.get(result);
  if (byPhase === undefined) {
    byPhase = new Map();
    CACHE.set(result, byPhase);
  }
  let runs = byPhase.get(phase);
  if (runs === undefined) {
    runs = build(result, phase);
    byPhase.set(phase, runs);
  }
  return runs;
}

/** Position of point `index` in its phase's seq, or −1. */
export function positionOf(runs: PhaseRuns, index: number): number {
  return runs.pos[index - runs.start] ?? -1;
}

/** Points in the trend block at position k (a repeated value, skipped by "skip" ties, is not counted). */
export function trendLength(runs: PhaseRuns, k: number): number {
  return runs.changes[runs.trendTo[k]!]! - runs.changes[runs.trendFrom[k]!]! + 1;
}
