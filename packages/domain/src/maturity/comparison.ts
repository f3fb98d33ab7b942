import { quantileType7 } from '../stats/quantile';

/**
 * Comparison of teams' latest measurements of one instrument across an organisation or network. The
 * team decides whether it shares: a team that does not share appears without its name or id, labelled
 * by a letter assigned after sorting by score (so neither the order nor the label reveals which team
 * it is). The asking team always sees its own name and its position against the spread.
 */

export interface TeamMeasurement {
  teamId: string;
  teamName: string;
  shares: boolean;
  overallPercent: number | null;
  themes: { themeId: string; percent: number | null }[];
}

export interface ComparisonEntry {
  /** Null when the team is anonymised. */
  teamId: string | null;
  label: string;
  isOwn: boolean;
  isAnonymous: boolean;
  overallPercent: number | null;
  themes: { themeId: string; percent: number | null }[];
}

export interface Spread {
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}

export interface Comparison {
  entries: ComparisonEntry[];
  overall: Spread;
  themes: ({ themeId: string } & Spread)[];
  /** The asking team's rank by overall score (1 = highest) among the teams with a score; null without one. */
  own: { rank: number | null; of: number; percentile: number | null } | null;
}

export function spreadOf(values: readonly (number | null)[]): Spread {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (xs.length === 0) return { n: 0, min: null, q1: null, median: null, q3: null, max: null };
  return { n: xs.length, min: xs[0]!, q1: quantileType7(xs, 0.25), median: quantileType7(xs, 0.5), q3: quantileType7(xs, 0.75), max: xs[xs.length - 1]! };
}

const letter = (n: number): string => (n < 26 ? String.fromCharCode(65 + n) : letter(Math.floor(n / 26) - 1) + letter(n % 26));

/** Builds the comparison as seen by `ownTeamId` (null: a viewer without a team of their own). */
export function compareTeams(teams: readonly TeamMeasurement[], themeIds: readonly string[], ownTeamId: string | null): Comparison {
  const sorted = [...teams].sort((a, b) => (b.overallPercent ?? -1) - (a.overallPercent ?? -1) || a.teamName.localeCompare(b.teamName));
  let anonymous = 0;
  const entries = sorted.map((t): ComparisonEntry => {
    const isOwn = t.teamId === ownTeamId;
    const isAnonymous = !t.shares && !isOwn;
    return {
      teamId: isAnonymous ? null : t.teamId,
      label: isAnonymous ? letter(anonymous++) : t.teamName,
      isOwn,
      isAnonymous,
      overallPercent: t.overallPercent,
      themes: themeIds.map((themeId) => ({ themeId, percent: t.themes.find((x) => x.themeId === themeId)?.percent ?? null })),
    };
  });
  const scored = sorted.filter((t) => t.overallPercent !== null);
  const ownTeam = teams.find((t) => t.teamId === ownTeamId);
  let own: Comparison['own'] = null;
  if (ownTeam) {
    const rank = ownTeam.overallPercent === null ? null : scored.filter((t) => t.overallPercent! > ownTeam.overallPercent!).length + 1;
    const below = ownTeam.overallPercent === null ? 0 : scored.filter((t) => t.overallPercent! < ownTeam.overallPercent!).length;
    const ties = ownTeam.overallPercent === null ? 0 : scored.filter((t) => t.overallPercent === ownTeam.overallPercent).length;
    // Percentile rank: share of teams below plus half of the ties (the own team included).
    const percentile = rank === null || scored.length === 0 ? null : ((below + ties / 2) / scored.length) * 100;
    own = { rank, of: scored.length, percentile };
  }
  return {
    entries,
    overall: spreadOf(teams.map((t) => t.overallPercent)),
    themes: themeIds.map((themeId) => ({ themeId, ...spreadOf(teams.map((t) => t.themes.find((x) => x.themeId === themeId)?.percent ?? null)) })),
    own,
  };
}
