import { eq, inArray } from 'drizzle-orm';
import { schema, type Database, type Executor } from '@leerlus/db';
import { addDays } from '@leerlus/domain/improvement/calendar-dates';
import { generateOccurrences } from '@leerlus/domain/improvement/occurrences';
import type { GoalProgress, MatrixCadence, MeetingFrequency, MeetingType } from '@leerlus/domain/improvement/types';
import { todayLocal } from '../routes/goals/shared';
import { DEMO_INDICATOR_IDS } from './demo-indicators';

/**
 * The demo teams' improvement system (issue 6): goals with owners and targets, meetings, a filled
 * matrix, past meetings with attendance, status updates, decisions and actions, and planned ones — so a
 * newcomer sees a living team. Dates are relative to the day of seeding. Idempotent (fixed goal ids).
 */

const id = (n: number) => `00000000-0000-4000-8000-0000000e${String(n).padStart(4, '0')}`;
type Person = 'lead' | 'member' | 'advisor' | 'admin';
const EMAILS: Record<Person, string> = { lead: 'teamleider@demo.leerlus.nl', member: 'lid@demo.leerlus.nl', advisor: 'kwaliteit@demo.leerlus.nl', admin: 'admin@demo.leerlus.nl' };

interface GoalSpec {
  n: number;
  code: string | null;
  title: string;
  description: string;
  owner: Person;
  kind?: 'big' | 'small';
  baseline?: number;
  target?: number;
  status?: 'draft' | 'active';
}
interface MeetingSpec {
  n: number;
  name: string;
  type: MeetingType;
  frequency: MeetingFrequency;
  startDate: string;
  startTime: string;
  duration: number;
  chair: Person;
  members: Person[];
  purpose: string;
  location: string;
  standingItems?: string[];
  /** Goal numbers with their cadence. */
  cells: [number, MatrixCadence, number?][];
  /** Record past occurrences (attendance, status updates, decisions, actions). */
  isRecorded?: boolean;
}
interface TeamSpec {
  goals: GoalSpec[];
  meetings: MeetingSpec[];
  people: Person[];
}

const TEAMS: TeamSpec[] = [
  {
    people: ['lead', 'member', 'advisor'],
    goals: [
      { n: 1, code: 'compl-90d', title: 'Minder complicaties na heup- en knieprothese', description: 'Complicaties binnen 90 dagen van 9 % naar 6 % vóór het einde van het jaar, gemeten per maand.', owner: 'lead', kind: 'big', baseline: 9, target: 6 },
      { n: 2, code: 'pain-3m', title: 'Minder pijn 3 maanden na de operatie', description: 'Gemiddelde NRS-pijnscore na 3 maanden van 3,2 naar 2,5.', owner: 'member', baseline: 3.2, target: 2.5 },
      { n: 3, code: 'recommend', title: 'Patiënten bevelen ons aan', description: 'Aandeel patiënten met aanbevelingsscore 9–10 van 70 % naar 80 %.', owner: 'advisor', baseline: 70, target: 80 },
      { n: 4, code: 'wait-6w', title: 'Binnen 6 weken geopereerd', description: '90 % van de patiënten binnen 6 weken na indicatiestelling geopereerd.', owner: 'lead', baseline: 72, target: 90 },
      { n: 5, code: 'staff-satisfaction', title: 'Tevreden team', description: 'Medewerkertevredenheid minimaal 7,5 per kwartaal.', owner: 'member', baseline: 7, target: 7.5 },
      { n: 6, code: 'cost-episode', title: 'Kosten per behandeling in beeld', description: 'Kosten volgen we als effect van de verbeteringen, geen primair doel.', owner: 'advisor', status: 'draft' },
      { n: 7, code: null, title: 'Vast verbeteroverleg met vaste agenda', description: 'Elke 2 weken een verbeteroverleg volgens de vaste agenda, met een statusupdate van elke eigenaar.', owner: 'lead' },
    ],
    meetings: [
      { n: 1, name: 'Dagstart orthopedie', type: 'huddle', frequency: 'weekly', startDate: '2026-01-05', startTime: '08:15', duration: 15, chair: 'lead', members: ['member'], purpose: 'Kort de wachttijd en knelpunten van de week bespreken.', location: 'Verbeterbord poli orthopedie', cells: [[4, 'every']] },
      {
        n: 2,
        name: 'Verbeteroverleg heup & knie',
        type: 'improvement',
        frequency: 'biweekly',
        startDate: '2026-01-06',
        startTime: '16:00',
        duration: 60,
        chair: 'lead',
        members: ['member', 'advisor'],
        purpose: 'Prestatiedialoog op de doelen van het zorgpad: status, signalen, besluiten en acties.',
        location: 'Vergaderruimte B3.12',
        standingItems: ['Mededelingen'],
        cells: [[1, 'every'], [2, 'every'], [3, 'every-nth', 2], [5, 'quarterly'], [7, 'quarterly']],
        isRecorded: true,
      },
      { n: 3, name: 'Kwaliteitsoverleg orthopedie', type: 'quality', frequency: 'monthly', startDate: '2026-01-15', startTime: '12:30', duration: 45, chair: 'advisor', members: ['lead'], purpose: 'Maandelijks overzicht van uitkomsten en kosten.', location: 'Online', cells: [[1, 'every'], [6, 'every']] },
      { n: 4, name: 'MDO orthopedie', type: 'mdt', frequency: 'weekly', startDate: '2026-01-08', startTime: '07:45', duration: 45, chair: 'lead', members: ['member'], purpose: 'Casusbespreking (geen verbeteroverleg).', location: 'MDO-ruimte', cells: [] },
    ],
  },
  {
    people: ['member', 'advisor'],
    goals: [
      { n: 11, code: 're-excision', title: 'Minder heroperaties na borstsparende operatie', description: 'Heroperaties van 12 % naar 8 % binnen een jaar.', owner: 'member', kind: 'big', baseline: 12, target: 8 },
      { n: 12, code: 'breast-q-12m', title: 'Hogere tevredenheid met de borst', description: 'BREAST-Q tevredenheid na 12 maanden van 62 naar 68.', owner: 'advisor', baseline: 62, target: 68 },
      { n: 13, code: 'wait-6w', title: 'Snel behandeld', description: '95 % binnen 6 weken behandeld.', owner: 'member', baseline: 85, target: 95 },
    ],
    meetings: [
      {
        n: 11,
        name: 'Verbeteroverleg mammateam',
        type: 'improvement',
        frequency: 'monthly',
        startDate: '2026-01-12',
        startTime: '17:00',
        duration: 60,
        chair: 'advisor',
        members: ['member'],
        purpose: 'Maandelijkse prestatiedialoog van het mammateam.',
        location: 'Mammapoli, ruimte 2',
        cells: [[11, 'every'], [12, 'quarterly'], [13, 'every']],
        isRecorded: true,
      },
      { n: 12, name: 'MDO mamma', type: 'mdt', frequency: 'weekly', startDate: '2026-01-07', startTime: '08:00', duration: 60, chair: 'member', members: [], purpose: 'Casusbespreking.', location: 'MDO-ruimte', cells: [] },
    ],
  },
  {
    people: ['advisor', 'admin'],
    goals: [
      { n: 21, code: 'hospital-last-30d', title: 'Minder ziekenhuisopnames in de laatste levensfase', description: 'Opnames in de laatste 30 dagen van 35 % naar 28 %.', owner: 'advisor', kind: 'big', baseline: 35, target: 28 },
      { n: 22, code: 'acp-documented', title: 'Proactieve zorgplanning vastgelegd', description: 'Bij 80 % van de patiënten is proactieve zorgplanning vastgelegd.', owner: 'advisor', baseline: 55, target: 80 },
      { n: 23, code: 'preferred-place', title: 'Overlijden op de plaats van voorkeur', description: '85 % overlijdt op de plaats van voorkeur.', owner: 'admin', baseline: 78, target: 85 },
    ],
    meetings: [
      {
        n: 21,
        name: 'Regionaal verbeteroverleg palliatieve zorg',
        type: 'improvement',
        frequency: 'monthly',
        startDate: '2026-01-20',
        startTime: '15:00',
        duration: 90,
        chair: 'advisor',
        members: ['admin'],
        purpose: 'Spiegelinformatie en verbeteracties met huisartsen en thuiszorg.',
        location: 'Online (Teams)',
        cells: [[21, 'every'], [22, 'every'], [23, 'quarterly']],
        isRecorded: true,
      },
    ],
  },
];

const LEARNING_NOTE: Record<string, string> = { learning: 'Succes: snellere terugkoppeling van de cijfers. Obstakel: weinig tijd voor de analyse.' };
const NO_NOTES: Record<string, string> = {};
const PROGRESS_CYCLE: GoalProgress[] = ['at-risk', 'on-track', 'off-track', 'on-track'];
const EXPLANATIONS: Record<GoalProgress, string> = {
  'on-track': 'Trend gaat de goede kant op; geen bijzondere signalen in de SPC-grafiek.',
  'at-risk': 'Laatste twee maanden boven het gemiddelde; nog geen signaal, wel aandacht.',
  'off-track': 'Signaal in de grafiek: zes punten boven de middellijn. Oorzaak wordt uitgezocht.',
};
const DECISIONS = ['Nieuw protocol wondzorg invoeren per volgende maand', 'Pijnconsult fysiotherapeut standaard in week 6', 'Wachtlijst wekelijks in de dagstart bespreken', 'PREM-vragenlijst digitaal versturen'];
const ACTIONS = ['Protocol wondzorg schrijven', 'Data complicaties per operateur uitzoeken', 'Afspraak plannen met fysiotherapie', 'Patiëntenpanel uitnodigen', 'Wachtlijstcijfers op het verbeterbord', 'Evaluatie nieuwe werkwijze'];

async function userIds(db: Executor): Promise<Record<Person, string>> {
  const rows = await db.select({ id: schema.users.id, email: schema.users.email }).from(schema.users).where(inArray(schema.users.email, Object.values(EMAILS)));
  const byEmail = new Map(rows.map((r) => [r.email, r.id]));
  return Object.fromEntries(Object.entries(EMAILS).map(([k, email]) => [k, byEmail.get(email)])) as Record<Person, string>;
}

/** Seeds the improvement system of the demo teams (index-aligned with DEMO_TEAMS). */
export async function seedDemoImprovement(db: Database, organisationId: string, teamIds: readonly string[]): Promise<{ created: boolean }> {
  const [existing] = await db.select({ id: schema.goals.id }).from(schema.goals).where(eq(schema.goals.id, id(1)));
  if (existing) return { created: false };
  const today = todayLocal();
  await db.transaction(async (tx) => {
    const people = await userIds(tx);
    for (const [k, spec] of TEAMS.entries()) {
      const teamId = teamIds[k];
      if (!teamId) continue;
      await seedTeam(tx, { organisationId, teamId }, spec, people, today);
    }
  });
  return { created: true };
}

async function seedTeam(tx: Executor, team: { organisationId: string; teamId: string }, spec: TeamSpec, people: Record<Person, string>, today: string): Promise<void> {
  const { organisationId, teamId } = team;
  const indicatorImprovement = new Map((await tx.select({ id: schema.indicators.id, improvement: schema.indicators.improvement }).from(schema.indicators)).map((r) => [r.id, r.improvement]));
  await tx.insert(schema.goals).values(
    spec.goals.map((g) => {
      const indicatorId = g.code ? DEMO_INDICATOR_IDS[g.code]! : null;
      return {
        id: id(g.n),
        organisationId,
        teamId,
        indicatorId,
        title: g.title,
        description: g.description,
        kind: g.kind ?? 'small',
        scope: indicatorId ? ('team' as const) : ('improvement-system' as const),
        ownerId: people[g.owner],
        direction: indicatorId ? (indicatorImprovement.get(indicatorId) ?? 'neutral') : ('neutral' as const),
        baselineValue: g.baseline ?? null,
        baselineSource: g.baseline === undefined ? null : ('entered' as const),
        targetValue: g.target ?? null,
        deadline: `${today.slice(0, 4)}-12-31`,
        status: g.status ?? ('active' as const),
        createdBy: people.lead,
      };
    }),
  );
  for (const m of spec.meetings) {
    const meetingId = id(100 + m.n);
    await tx.insert(schema.meetings).values({
      id: meetingId,
      organisationId,
      teamId,
      name: m.name,
      type: m.type,
      purpose: m.purpose,
      frequency: m.frequency,
      chairId: people[m.chair],
      location: m.location,
      durationMinutes: m.duration,
      startDate: m.startDate,
      startTime: m.startTime,
      standingItems: m.standingItems ?? [],
    });
    if (m.members.length > 0) await tx.insert(schema.meetingMembers).values(m.members.map((p) => ({ meetingId, userId: people[p] })));
    if (m.cells.length > 0) {
      await tx.insert(schema.meetingGoals).values(m.cells.map(([n, cadence, nth], position) => ({ meetingId, goalId: id(n), teamId, cadence, nth: nth ?? (cadence === 'every-nth' ? 2 : null), position })));
    }
    if (!m.isRecorded) continue;
    const series = generateOccurrences({ frequency: m.frequency, startDate: m.startDate, startTime: m.startTime, timeZone: 'Europe/Amsterdam' }, addDays(today, -90), addDays(today, 60));
    const occurrences = await tx
      .insert(schema.meetingOccurrences)
      .values(
        series.map((o) => ({
          meetingId,
          teamId,
          localDate: o.localDate,
          startsAt: new Date(o.startsAt),
          sequence: o.sequence,
          status: o.localDate < today ? ('held' as const) : ('planned' as const),
          notes: o.localDate < today ? LEARNING_NOTE : NO_NOTES,
        })),
      )
      .returning();
    const held = occurrences.filter((o) => o.status === 'held');
    const attendees = [m.chair, ...m.members];
    for (const [k, occurrence] of held.entries()) {
      await tx.insert(schema.meetingAttendance).values(attendees.map((p, i) => ({ occurrenceId: occurrence.id, userId: people[p], status: i === attendees.length - 1 && k % 3 === 2 ? ('excused' as const) : ('present' as const) }))).onConflictDoNothing();
      const goalNs = m.cells.map(([n]) => n);
      await tx.insert(schema.statusUpdates).values(
        goalNs.map((n, i) => {
          const progress = PROGRESS_CYCLE[(k + i) % PROGRESS_CYCLE.length]!;
          const goal = spec.goals.find((g) => g.n === n)!;
          return {
            teamId,
            goalId: id(n),
            occurrenceId: occurrence.id,
            authorId: people[goal.owner],
            progress,
            explanation: EXPLANATIONS[progress],
            nextStep: progress === 'on-track' ? 'Volhouden en volgende maand opnieuw meten.' : 'Oorzakenanalyse met het kernteam; mogelijk een PDSA starten.',
            createdAt: occurrence.startsAt,
          };
        }),
      );
      await tx.insert(schema.decisions).values({ teamId, occurrenceId: occurrence.id, goalId: id(goalNs[0]!), text: DECISIONS[k % DECISIONS.length]!, rationale: 'Besproken in de prestatiedialoog op basis van de SPC-grafiek.', decidedOn: occurrence.localDate, decidedBy: 'Kernteam', createdBy: people[m.chair] });
      const due = addDays(occurrence.localDate, 21);
      await tx.insert(schema.actions).values({
        teamId,
        title: ACTIONS[k % ACTIONS.length]!,
        description: 'Afgesproken in het verbeteroverleg.',
        ownerId: people[attendees[k % attendees.length]!],
        dueDate: due,
        // Older actions are done; the latest ones are still open (and some overdue) for the next agenda.
        status: k < held.length - 2 ? 'done' : 'open',
        completedAt: k < held.length - 2 ? new Date(`${due}T12:00:00Z`) : null,
        originKind: 'meeting',
        originId: occurrence.id,
        occurrenceId: occurrence.id,
        goalId: id(goalNs[k % goalNs.length]!),
        createdBy: people[m.chair],
      });
    }
  }
}
