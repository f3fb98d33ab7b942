import { addDays } from '../improvement/calendar-dates';
import type { PdsaOutcome, PdsaStatus, RebaseStatus } from '../improvement/types';

/**
 * PDSA cycles on a goal's chart (issue 6): every cycle becomes an annotation at its start, a confirmed
 * rebase after "adopt" becomes a new phase of the goal's chart from its confirmed date. Pure: the API
 * places the dated annotations on the chart's periods with `placeOnPeriods`.
 */
export interface PdsaCycleFacts {
  id: string;
  title: string;
  status: PdsaStatus;
  parentId: string | null;
  startDate: string;
  checkDate: string | null;
  endDate: string | null;
  actOutcome: PdsaOutcome | null;
  rebaseStatus: RebaseStatus;
  rebaseFrom: string | null;
}

export type CycleAnnotationKind = 'pdsa' | 'rebase';

/** An annotation at a date (the chart places it on the period containing the date). */
export interface DatedAnnotation {
  kind: CycleAnnotationKind;
  date: string;
  label: string;
  cycleId: string;
  /** 1-based position of the cycle in its ramp (root = 1). */
  rampStep: number;
}

/** The 1-based step of each cycle in its ramp (its chain of parents); a broken or looping chain stops. */
export function rampSteps(cycles: readonly Pick<PdsaCycleFacts, 'id' | 'parentId'>[]): Map<string, number> {
  const byId = new Map(cycles.map((c) => [c.id, c]));
  const steps = new Map<string, number>();
  for (const cycle of cycles) {
    let step = 1;
    const seen = new Set([cycle.id]);
    let parent = cycle.parentId ? byId.get(cycle.parentId) : undefined;
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      step += 1;
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    steps.set(cycle.id, step);
  }
  return steps;
}

/** True when making `parentId` the parent of `cycleId` would close a loop in the ramp. */
export function wouldLoop(
  cycles: readonly Pick<PdsaCycleFacts, 'id' | 'parentId'>[],
  cycleId: string,
  parentId: string,
): boolean {
  const byId = new Map(cycles.map((c) => [c.id, c]));
  let current: string | null = parentId;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    if (current === cycleId) return true;
    seen.add(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return false;
}

/**
 * The chart annotations of a goal's cycles, by date: each cycle that is not cancelled at its start
 * ("PDSA 2: …" for the second step of a ramp), and each confirmed rebase at its phase start.
 */
export function cycleAnnotations(cycles: readonly PdsaCycleFacts[]): DatedAnnotation[] {
  const steps = rampSteps(cycles);
  const out: DatedAnnotation[] = [];
  for (const c of cycles) {
    const rampStep = steps.get(c.id) ?? 1;
    if (c.status !== 'cancelled')
      out.push({ kind: 'pdsa', date: c.startDate, label: c.title, cycleId: c.id, rampStep });
    if (c.rebaseStatus === 'confirmed' && c.rebaseFrom)
      out.push({ kind: 'rebase', date: c.rebaseFrom, label: c.title, cycleId: c.id, rampStep });
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.cycleId.localeCompare(b.cycleId),
  );
}

/** The confirmed phase starts (dates) of a goal's chart, ascending and unique. */
export function confirmedPhaseStarts(cycles: readonly PdsaCycleFacts[]): string[] {
  const dates = cycles
    .filter((c) => c.rebaseStatus === 'confirmed' && c.rebaseFrom)
    .map((c) => c.rebaseFrom!);
  return [...new Set(dates)].sort();
}

/**
 * The index of the period containing `date`, given the periods' start dates in ascending order: the last
 * period starting on or before the date. Null before the first period or after the last one ends
 * (`periodEnd`, exclusive, when given).
 */
export function periodIndexOf(
  periodStarts: readonly string[],
  date: string,
  periodEnd?: string,
): number | null {
  if (periodStarts.length === 0 || date < periodStarts[0]!) return null;
  if (periodEnd !== undefined && date >= periodEnd) return null;
  let lo = 0;
  let hi = periodStarts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (periodStarts[mid]! <= date) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Dated annotations placed on the chart's points (0-based index); those outside the periods are left out. */
export function placeOnPeriods<T extends { date: string }>(
  periodStarts: readonly string[],
  items: readonly T[],
  periodEnd?: string,
): (T & { index: number })[] {
  const out: (T & { index: number })[] = [];
  for (const item of items) {
    const index = periodIndexOf(periodStarts, item.date, periodEnd);
    if (index !== null) out.push({ ...item, index });
  }
  return out;
}

/**
 * The chart's phase boundaries from the confirmed phase starts: the index of each point that starts a
 * new phase (never the first point, one boundary per point).
 */
export function phaseStartIndexes(periodStarts: readonly string[], phaseStarts: readonly string[]): number[] {
  const out = new Set<number>();
  for (const date of phaseStarts) {
    const index = periodIndexOf(periodStarts, date);
    // A phase starting inside a period starts at the next whole period.
    const start = index === null ? null : periodStarts[index] === date ? index : index + 1;
    if (start !== null && start > 0 && start < periodStarts.length) out.add(start);
  }
  return [...out].sort((a, b) => a - b);
}

/** Phase numbers per point (0, 0, 1, 1, …) for the SPC engine's `phases` input. */
export function phasesFromStarts(pointCount: number, startIndexes: readonly number[]): number[] {
  const phases: number[] = [];
  let phase = 0;
  let next = 0;
  for (let i = 0; i < pointCount; i++) {
    while (next < startIndexes.length && startIndexes[next]! <= i) {
      phase += 1;
      next += 1;
    }
    phases.push(phase);
  }
  return phases;
}

export type RebaseCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'NOT_ADOPTED' | 'ALREADY_PROPOSED' | 'ALREADY_CONFIRMED' | 'NOT_PROPOSED' | 'REASON_REQUIRED';
    };

/** A rebase may be proposed only for a cycle whose Act step adopted the change (again after a rejection). */
export function canProposeRebase(cycle: Pick<PdsaCycleFacts, 'actOutcome' | 'rebaseStatus'>): RebaseCheck {
  if (cycle.actOutcome !== 'adopt') return { ok: false, code: 'NOT_ADOPTED' };
  if (cycle.rebaseStatus === 'proposed') return { ok: false, code: 'ALREADY_PROPOSED' };
  if (cycle.rebaseStatus === 'confirmed') return { ok: false, code: 'ALREADY_CONFIRMED' };
  return { ok: true };
}

/** A proposed rebase is confirmed or rejected by a person, always with a reason. */
export function canDecideRebase(cycle: Pick<PdsaCycleFacts, 'rebaseStatus'>, reason: string): RebaseCheck {
  if (cycle.rebaseStatus !== 'proposed') return { ok: false, code: 'NOT_PROPOSED' };
  if (reason.trim().length === 0) return { ok: false, code: 'REASON_REQUIRED' };
  return { ok: true };
}

/** The date a proposed phase starts by default: the day after the cycle ended (or its start when open). */
export function defaultRebaseFrom(cycle: Pick<PdsaCycleFacts, 'startDate' | 'endDate'>): string {
  return cycle.endDate ? addDays(cycle.endDate, 1) : cycle.startDate;
}
