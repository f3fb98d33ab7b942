import { inArray } from 'drizzle-orm';
import { schema, syncBuiltInInstruments, type Database } from '@leerlus/db';
import { BUILT_IN_INSTRUMENTS, instrumentItems, nextMeasurementDate, type InstrumentDefinition } from '@leerlus/domain/maturity/index';
import { mulberry32 } from '@leerlus/domain/random/prng';

/**
 * Demo maturity data (issue 7): the hip & knee and breast cancer teams each have a baseline and a
 * re-measurement of the maturity meter and the QuickScan (the hip team's QuickScan baseline answered
 * individually by three people, so disagreement shows), a readiness check and a roadmap; palliative
 * care has one maturity-meter measurement and does not share its results (its QuickScan baseline is
 * left for the browser journey to run). Fixed ids keep the seed idempotent.
 */

const id = (n: number) => `00000000-0000-4000-8000-00000000${String(700 + n).padStart(4, '0')}`;

interface Plan {
  n: number;
  team: number;
  key: string;
  kind: 'baseline' | 'remeasurement';
  mode: 'individual' | 'session';
  measuredOn: string;
  status: 'draft' | 'submitted' | 'locked';
  /** Typical level as a share of the scale (0–1); answers scatter around it. */
  level: number;
  respondents: readonly string[];
}

const HIP_PEOPLE = ['teamleider@demo.leerlus.nl', 'lid@demo.leerlus.nl', 'kwaliteit@demo.leerlus.nl'];
const ADVISOR = ['kwaliteit@demo.leerlus.nl'];

const PLANS: readonly Plan[] = [
  { n: 1, team: 0, key: 'maturity-meter', kind: 'baseline', mode: 'session', measuredOn: '2025-05-20', status: 'locked', level: 0.3, respondents: ADVISOR },
  { n: 2, team: 0, key: 'maturity-meter', kind: 'remeasurement', mode: 'session', measuredOn: '2025-11-18', status: 'submitted', level: 0.6, respondents: ADVISOR },
  { n: 3, team: 0, key: 'quickscan', kind: 'baseline', mode: 'individual', measuredOn: '2025-09-01', status: 'locked', level: 0.45, respondents: HIP_PEOPLE },
  { n: 4, team: 0, key: 'quickscan', kind: 'remeasurement', mode: 'individual', measuredOn: '2026-03-02', status: 'submitted', level: 0.65, respondents: HIP_PEOPLE },
  { n: 5, team: 0, key: 'readiness', kind: 'baseline', mode: 'session', measuredOn: '2025-04-10', status: 'locked', level: 1, respondents: ADVISOR },
  { n: 6, team: 0, key: 'roadmap', kind: 'baseline', mode: 'session', measuredOn: '2025-11-18', status: 'submitted', level: 0.45, respondents: ADVISOR },
  { n: 7, team: 1, key: 'maturity-meter', kind: 'baseline', mode: 'session', measuredOn: '2025-06-12', status: 'locked', level: 0.25, respondents: ADVISOR },
  { n: 8, team: 1, key: 'maturity-meter', kind: 'remeasurement', mode: 'session', measuredOn: '2025-12-11', status: 'submitted', level: 0.4, respondents: ADVISOR },
  { n: 9, team: 1, key: 'quickscan', kind: 'baseline', mode: 'session', measuredOn: '2025-07-07', status: 'locked', level: 0.35, respondents: ADVISOR },
  { n: 10, team: 1, key: 'quickscan', kind: 'remeasurement', mode: 'session', measuredOn: '2026-01-12', status: 'submitted', level: 0.5, respondents: ADVISOR },
  { n: 11, team: 1, key: 'readiness', kind: 'baseline', mode: 'session', measuredOn: '2025-05-01', status: 'submitted', level: 0.7, respondents: ADVISOR },
  { n: 12, team: 2, key: 'maturity-meter', kind: 'baseline', mode: 'session', measuredOn: '2025-10-06', status: 'submitted', level: 0.3, respondents: ADVISOR },
];

/** A value on the scale near `level` for this item and respondent (deterministic). */
function valueFor(definition: InstrumentDefinition, level: number, random: () => number): number {
  const options = definition.scale.options;
  const jitter = (random() - 0.5) * 0.5;
  const index = Math.round(Math.min(1, Math.max(0, level + jitter)) * (options.length - 1));
  return options[index]!.value;
}

export async function seedDemoMaturity(db: Database, organisationId: string, teamIds: readonly string[]): Promise<void> {
  const existing = await db.select({ id: schema.maturityAssessments.id }).from(schema.maturityAssessments).where(inArray(schema.maturityAssessments.id, PLANS.map((p) => id(p.n))));
  if (existing.length > 0) return;
  await syncBuiltInInstruments(db, BUILT_IN_INSTRUMENTS);
  const instruments = await db.select().from(schema.maturityInstruments);
  const users = await db.select({ id: schema.users.id, email: schema.users.email }).from(schema.users).where(inArray(schema.users.email, HIP_PEOPLE));
  const userId = (email: string) => users.find((u) => u.email === email)?.id ?? null;
  await db.transaction(async (tx) => {
    for (const plan of PLANS) {
      const definition = BUILT_IN_INSTRUMENTS.find((d) => d.key === plan.key)!;
      const instrument = instruments.find((i) => i.key === plan.key && i.organisationId === null && i.networkId === null)!;
      const advisor = userId(ADVISOR[0]!);
      const finished = plan.status !== 'draft';
      await tx.insert(schema.maturityAssessments).values({
        id: id(plan.n),
        organisationId,
        teamId: teamIds[plan.team]!,
        instrumentId: instrument.id,
        instrumentVersion: definition.version,
        kind: plan.kind,
        mode: plan.mode,
        status: plan.status,
        measuredOn: plan.measuredOn,
        nextDueOn: nextMeasurementDate(plan.measuredOn, definition.recurrenceMonths),
        createdBy: advisor,
        submittedAt: finished ? new Date(`${plan.measuredOn}T15:00:00Z`) : null,
        submittedBy: finished ? advisor : null,
        lockedAt: plan.status === 'locked' ? new Date(`${plan.measuredOn}T16:00:00Z`) : null,
        lockedBy: plan.status === 'locked' ? advisor : null,
      });
      const random = mulberry32(plan.n * 7919);
      const respondents = plan.mode === 'session' ? [null] : plan.respondents.map(userId);
      const rows = respondents.flatMap((respondentId) =>
        instrumentItems(definition).map(({ item }, i) => {
          // The breast cancer team's readiness: sufficient IT support is still missing (a must-have).
          const value = plan.n === 11 && item.id === 'it-support' ? 0 : plan.key === 'quickscan' && item.id === 'suppliers' && i % 2 === 0 ? null : valueFor(definition, plan.level, random);
          return {
            assessmentId: id(plan.n),
            respondentId,
            itemId: item.id,
            version: 1,
            value,
            isNotApplicable: value === null,
            evidence: '',
            comment: '',
            answeredBy: respondentId ?? advisor,
            answeredAt: new Date(`${plan.measuredOn}T14:00:00Z`),
          };
        }),
      );
      await tx.insert(schema.maturityAnswers).values(rows);
      if (plan.mode === 'individual') await tx.insert(schema.maturityRespondents).values(respondents.filter((r): r is string => r !== null).map((u) => ({ assessmentId: id(plan.n), userId: u })));
    }
    await tx
      .insert(schema.maturityTeamSettings)
      .values([
        { teamId: teamIds[0]!, sharesComparison: true },
        { teamId: teamIds[1]!, sharesComparison: true },
        { teamId: teamIds[2]!, sharesComparison: false },
      ])
      .onConflictDoNothing();
  });
}
