import { and, eq, inArray, lte } from 'drizzle-orm';
import type { AssessmentResults, Comparison } from '@leerlus/contracts/maturity';
import { schema, type Executor } from '@leerlus/db';
import { compareTeams, findingsOf, findingsText, gapList, overallTrend, readinessOf, themeTrends, type MeasurementSummary } from '@leerlus/domain/maturity/index';
import { answerVersions, presentAssessments, scoreOf, type AssessmentRow } from './assessment-queries';
import type { InstrumentRow } from './instrument-queries';
import { presentInstrument } from './instrument-queries';

const { maturityAssessments: assessments, maturityInstruments: instruments, maturityInstrumentVersions: versions, maturityTeamSettings: settings, teams } = schema;

/** The team's finished measurements with the same instrument up to this one's date, plus this one. */
async function historyOf(db: Executor, assessment: AssessmentRow): Promise<AssessmentRow[]> {
  const rows = await db
    .select({ a: assessments, instrumentKey: instruments.key, definition: versions.definition })
    .from(assessments)
    .innerJoin(instruments, eq(instruments.id, assessments.instrumentId))
    .innerJoin(versions, and(eq(versions.instrumentId, assessments.instrumentId), eq(versions.version, assessments.instrumentVersion)))
    .where(and(eq(assessments.teamId, assessment.teamId), eq(assessments.instrumentId, assessment.instrumentId), lte(assessments.measuredOn, assessment.measuredOn), inArray(assessments.status, ['submitted', 'locked'])));
  const others = rows.map((r) => ({ ...r.a, instrumentKey: r.instrumentKey, definition: r.definition })).filter((r) => r.id !== assessment.id);
  return [...others, assessment].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.createdAt.getTime() - b.createdAt.getTime());
}

/** Results of one measurement: scores, distribution, gaps, findings, radar with earlier measurements, trends. */
export async function resultsOf(db: Executor, assessment: AssessmentRow, actionIds: ReadonlyMap<string, string> = new Map()): Promise<AssessmentResults> {
  const definition = assessment.definition;
  const history = await historyOf(db, assessment);
  const stored = await answerVersions(db, history.map((h) => h.id));
  const scored = history.map((h) => ({ row: h, ...scoreOf(h.definition, stored.filter((s) => s.assessmentId === h.id)) }));
  const current = scored.find((s) => s.row.id === assessment.id)!;
  const axes = definition.themes.map((t) => ({ themeId: t.id, title: t.title }));
  const summaries: MeasurementSummary[] = scored.map((s) => ({ id: s.row.id, date: s.row.measuredOn, overallPercent: s.score.overall.percent, themes: s.score.themes.map((t) => ({ themeId: t.themeId, percent: t.percent })) }));
  const trends = themeTrends(axes.map((a) => a.themeId), summaries);
  const findings = findingsOf(definition, current.score, trends);
  const notesOf = (itemId: string) =>
    current.current.filter((a) => a.itemId === itemId && (a.stored.evidence !== '' || a.stored.comment !== '')).map((a) => ({ evidence: a.stored.evidence, comment: a.stored.comment }));
  return {
    assessment: (await presentAssessments(db, [assessment]))[0]!,
    definition,
    respondents: current.score.respondents,
    overall: current.score.overall,
    themes: current.score.themes,
    items: current.score.items.map((i) => ({ ...i, notes: notesOf(i.itemId) })),
    stages: current.score.stages,
    gaps: gapList(definition, current.score).map((g) => ({ ...g, actionId: actionIds.get(g.itemId) ?? null })),
    findings: { kinds: findings.map((f) => f.kind), nl: findingsText(definition, findings, 'nl'), en: findingsText(definition, findings, 'en') },
    readiness: definition.kind === 'readiness' ? readinessOf(definition, current.score) : null,
    radar: {
      axes,
      series: scored.map((s) => ({
        assessmentId: s.row.id,
        measuredOn: s.row.measuredOn,
        kind: s.row.kind,
        isCurrent: s.row.id === assessment.id,
        values: axes.map((a) => s.score.themes.find((t) => t.themeId === a.themeId)?.percent ?? null),
      })),
    },
    trends,
    overallTrend: overallTrend(summaries),
  };
}

/**
 * The organisation's teams' latest finished measurements with the instrument, as seen by one team:
 * teams that do not share are anonymised (domain compareTeams). Reads aggregates only.
 */
export async function comparisonFor(db: Executor, organisationId: string, ownTeamId: string, instrument: InstrumentRow): Promise<Comparison> {
  const rows = await db
    .select({ a: assessments, teamName: teams.name, shares: settings.sharesComparison, definition: versions.definition })
    .from(assessments)
    .innerJoin(teams, eq(teams.id, assessments.teamId))
    .innerJoin(versions, and(eq(versions.instrumentId, assessments.instrumentId), eq(versions.version, assessments.instrumentVersion)))
    .leftJoin(settings, eq(settings.teamId, assessments.teamId))
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.instrumentId, instrument.id), inArray(assessments.status, ['submitted', 'locked'])));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = latest.get(r.a.teamId);
    if (!seen || r.a.measuredOn > seen.a.measuredOn || (r.a.measuredOn === seen.a.measuredOn && r.a.createdAt > seen.a.createdAt)) latest.set(r.a.teamId, r);
  }
  const picked = [...latest.values()];
  const stored = await answerVersions(db, picked.map((p) => p.a.id));
  const measured = picked.map((p) => {
    const { score } = scoreOf(p.definition, stored.filter((s) => s.assessmentId === p.a.id));
    return { teamId: p.a.teamId, teamName: p.teamName, shares: p.shares ?? false, overallPercent: score.overall.percent, themes: score.themes.map((t) => ({ themeId: t.themeId, percent: t.percent })) };
  });
  const [own] = await db.select({ shares: settings.sharesComparison }).from(settings).where(eq(settings.teamId, ownTeamId));
  return {
    instrument: presentInstrument(instrument),
    ...compareTeams(measured, instrument.definition.themes.map((t) => t.id), ownTeamId),
    sharesComparison: own?.shares ?? false,
  };
}
