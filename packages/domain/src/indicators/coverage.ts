import type { IndicatorKind } from './types';

/**
 * The six goal domains of a minimal goal set (seed 000, "Einddoel verbetersysteem": "een minimale set
 * van doelen t.a.v. DROMS, PROMS, PREMS, Kosten, Procesmaten, MTV").
 */
export const GOAL_DOMAINS = ['drom', 'prom', 'prem', 'cost', 'process', 'staff'] as const;
export type GoalDomain = (typeof GOAL_DOMAINS)[number];

/** The goal domain an indicator kind counts for; volume is context, not a goal domain. */
export function goalDomainOf(kind: IndicatorKind): GoalDomain | null {
  switch (kind) {
    case 'clinical-outcome':
      return 'drom';
    case 'prom':
      return 'prom';
    case 'prem':
      return 'prem';
    case 'cost':
      return 'cost';
    case 'process':
      return 'process';
    case 'staff-satisfaction':
      return 'staff';
    case 'volume':
      return null;
  }
}

export interface GoalDomainCoverage {
  /** Domains with at least one indicator, in GOAL_DOMAINS order. */
  covered: GoalDomain[];
  /** Domains without any indicator, in GOAL_DOMAINS order. */
  missing: GoalDomain[];
  /** Indicators per domain. */
  counts: Record<GoalDomain, number>;
  /** True when every domain is covered: the minimal goal set is complete. */
  isComplete: boolean;
}

/** Which goal domains a team's indicators cover, and which are still missing. */
export function goalDomainCoverage(kinds: readonly IndicatorKind[]): GoalDomainCoverage {
  const counts = Object.fromEntries(GOAL_DOMAINS.map((d) => [d, 0])) as Record<GoalDomain, number>;
  for (const kind of kinds) {
    const domain = goalDomainOf(kind);
    if (domain) counts[domain] += 1;
  }
  const covered = GOAL_DOMAINS.filter((d) => counts[d] > 0);
  const missing = GOAL_DOMAINS.filter((d) => counts[d] === 0);
  return { covered, missing, counts, isComplete: missing.length === 0 };
}
