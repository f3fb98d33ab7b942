import type { AgendaItem, Matrix, Meeting, OccurrenceDetail } from '@leerlus/contracts/improvement';
import { renderPdf } from '../../documents/pdf';

/**
 * The printable artefacts of the improvement system (seed 000's templates): the minutes of a meeting
 * (Markdown and PDF), the factsheet of a meeting ("format factsheet verbeteroverleg") and the matrix
 * poster ("database verbeteroverleggen en indicatoren matrix"). Dutch and English.
 */

export type DocLocale = 'nl' | 'en';

const L = {
  nl: {
    minutes: 'Verslag',
    present: 'Aanwezig',
    absent: 'Afwezig',
    excused: 'Afgemeld',
    guests: 'Gasten',
    agenda: 'Agenda',
    decisions: 'Besluiten',
    actions: 'Acties',
    none: 'Geen',
    owner: 'Eigenaar',
    due: 'Deadline',
    latest: 'Laatste waarde',
    target: 'Doel',
    status: 'Status',
    next: 'Volgende stap',
    notes: 'Notities',
    rationale: 'Onderbouwing',
    decidedBy: 'Besloten door',
    title: 'Titel',
    text: 'Besluit',
    date: 'Datum',
    opening: 'Opening en aanwezigheid',
    'actions-due': 'Acties die aflopen',
    'decisions-item': 'Te nemen besluiten',
    learning: 'Leermoment: successen en obstakels',
    closing: 'Afsluiting: besluiten en acties herhalen',
    overdue: 'te laat',
    progress: { 'on-track': 'op koers', 'at-risk': 'risico', 'off-track': 'niet op koers' },
    factsheet: 'Factsheet verbeteroverleg',
    purpose: 'Doel van het overleg',
    type: 'Soort overleg',
    frequency: 'Frequentie',
    chair: 'Voorzitter',
    participants: 'Deelnemers',
    location: 'Locatie',
    online: 'Online',
    duration: 'Duur',
    minutesUnit: 'minuten',
    time: 'Tijd',
    fixedAgenda: 'Vaste agenda',
    goals: 'Besproken doelen',
    cadence: 'Hoe vaak',
    checklist: 'Checklist goed verbeteroverleg',
    checklistItems: [
      'Het overleg begint en eindigt op tijd en volgt de vaste agenda',
      'Per doel geeft de eigenaar een statusupdate: op koers, risico of niet op koers, met toelichting',
      'De SPC-grafiek wordt besproken: signaal of ruis?',
      'Besluiten en acties worden vastgelegd met eigenaar en deadline',
      'Acties van de vorige keer worden nagelopen',
      'Er is ruimte om te leren van successen en obstakels; iedereen mag iets inbrengen',
      'Een casusbespreking (MDO) is geen verbeteroverleg',
    ],
    types: { huddle: 'Huddle', improvement: 'Verbeteroverleg', mdt: 'MDO (casusbespreking)', quality: 'Kwaliteitsoverleg', management: 'Management/bestuur', other: 'Overig' },
    frequencies: { weekly: 'Wekelijks', biweekly: 'Elke 2 weken', monthly: 'Maandelijks', quarterly: 'Elk kwartaal', custom: 'Eigen ritme' },
    cadences: { every: 'elk overleg', 'every-nth': 'elke {n}e keer', quarterly: 'elk kwartaal' },
    matrixTitle: 'Matrix overleggen × doelen',
    goal: 'Doel',
    indicator: 'Indicator',
    warnings: 'Aandachtspunten',
    warningText: {
      'goal-not-discussed': 'wordt in geen enkel overleg besproken',
      'goal-discussed-less-often-than-data': 'wordt minder vaak besproken dan de data ververst',
      'goal-only-in-mdt': 'wordt alleen in een MDO besproken',
      'meeting-too-many-goals': 'heeft te veel doelen per keer',
    },
    page: 'Pagina',
  },
  en: {
    minutes: 'Minutes',
    present: 'Present',
    absent: 'Absent',
    excused: 'Excused',
    guests: 'Guests',
    agenda: 'Agenda',
    decisions: 'Decisions',
    actions: 'Actions',
    none: 'None',
    owner: 'Owner',
    due: 'Due',
    latest: 'Latest value',
    target: 'Target',
    status: 'Status',
    next: 'Next step',
    notes: 'Notes',
    rationale: 'Rationale',
    decidedBy: 'Decided by',
    title: 'Title',
    text: 'Decision',
    date: 'Date',
    opening: 'Opening and attendance',
    'actions-due': 'Actions due',
    'decisions-item': 'Decisions to take',
    learning: 'Learning moment: successes and obstacles',
    closing: 'Closing: recap decisions and actions',
    overdue: 'overdue',
    progress: { 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track' },
    factsheet: 'Improvement meeting factsheet',
    purpose: 'Purpose of the meeting',
    type: 'Type of meeting',
    frequency: 'Frequency',
    chair: 'Chair',
    participants: 'Participants',
    location: 'Location',
    online: 'Online',
    duration: 'Duration',
    minutesUnit: 'minutes',
    time: 'Time',
    fixedAgenda: 'Fixed agenda',
    goals: 'Goals discussed',
    cadence: 'How often',
    checklist: 'Checklist for a good improvement meeting',
    checklistItems: [
      'The meeting starts and ends on time and follows the fixed agenda',
      'For each goal the owner gives a status update: on track, at risk or off track, with an explanation',
      'The SPC chart is discussed: signal or noise?',
      'Decisions and actions are recorded with an owner and a due date',
      "Last meeting's actions are reviewed",
      'There is room to learn from successes and obstacles; everyone may contribute',
      'A clinical case discussion (MDT) is not an improvement meeting',
    ],
    types: { huddle: 'Huddle', improvement: 'Improvement meeting', mdt: 'MDT (case discussion)', quality: 'Quality meeting', management: 'Management/board', other: 'Other' },
    frequencies: { weekly: 'Weekly', biweekly: 'Every 2 weeks', monthly: 'Monthly', quarterly: 'Quarterly', custom: 'Custom' },
    cadences: { every: 'every meeting', 'every-nth': 'every {n}th meeting', quarterly: 'every quarter' },
    matrixTitle: 'Meeting × goal matrix',
    goal: 'Goal',
    indicator: 'Indicator',
    warnings: 'Points of attention',
    warningText: {
      'goal-not-discussed': 'is discussed in no meeting',
      'goal-discussed-less-often-than-data': 'is discussed less often than its data refresh',
      'goal-only-in-mdt': 'is only discussed in an MDT',
      'meeting-too-many-goals': 'has too many goals per meeting',
    },
    page: 'Page',
  },
} as const;

/** dd-mm-jjjj, as the app shows dates. */
export const formatDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const formatNumber = (value: number, locale: DocLocale) => new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(value);

export function cadenceLabel(cadence: 'every' | 'every-nth' | 'quarterly', nth: number | null, locale: DocLocale): string {
  return L[locale].cadences[cadence].replace('{n}', String(nth ?? ''));
}

/** The title of an agenda item in the document language. */
export function agendaItemTitle(item: AgendaItem, locale: DocLocale): string {
  const l = L[locale];
  switch (item.kind) {
    case 'goal':
      return item.goal.title;
    case 'standing':
      return item.title;
    case 'extra':
      return item.item.title;
    case 'decisions':
      return l['decisions-item'];
    default:
      return l[item.kind];
  }
}

interface MinutesSection {
  title: string;
  lines: string[];
}

/** The minutes as sections of plain lines, shared by the Markdown and the PDF. */
function minutesSections(detail: OccurrenceDetail, locale: DocLocale): MinutesSection[] {
  const l = L[locale];
  return detail.agenda.map((item, index) => {
    const lines: string[] = [];
    if (item.kind === 'goal') {
      const g = item.goal;
      if (g.ownerName) lines.push(`${l.owner}: ${g.ownerName}`);
      if (g.latest) lines.push(`${l.latest}: ${formatNumber(g.latest.value, locale)} (${formatDate(g.latest.period)})${g.targetValue !== null ? ` · ${l.target}: ${formatNumber(g.targetValue, locale)}` : ''}`);
      for (const s of detail.statusUpdates.filter((u) => u.goalId === g.id)) {
        lines.push(`${l.status}: ${l.progress[s.progress]}${s.explanation ? ` — ${s.explanation}` : ''}`);
        if (s.nextStep) lines.push(`${l.next}: ${s.nextStep}`);
      }
    }
    if (item.kind === 'actions-due') {
      for (const a of item.actions) lines.push(`${a.title}${a.ownerName ? ` (${a.ownerName})` : ''}${a.dueDate ? ` — ${formatDate(a.dueDate)}` : ''}${a.overdue ? ` [${l.overdue}]` : ''}`);
    }
    if (item.kind === 'extra' && item.item.description) lines.push(item.item.description);
    const note = detail.occurrence.notes[item.key];
    if (note) lines.push(`${l.notes}: ${note}`);
    return { title: `${index + 1}. ${agendaItemTitle(item, locale)}`, lines };
  });
}

function attendanceLine(detail: OccurrenceDetail, status: 'present' | 'absent' | 'excused'): string {
  return detail.attendance.filter((a) => a.status === status).map((a) => a.name).join(', ');
}

/** The minutes of an occurrence as Markdown. */
export function minutesMarkdown(detail: OccurrenceDetail, locale: DocLocale): string {
  const l = L[locale];
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out: string[] = [`# ${l.minutes} ${detail.meeting.name} — ${formatDate(detail.occurrence.localDate)}`, ''];
  for (const status of ['present', 'absent', 'excused'] as const) {
    const line = attendanceLine(detail, status);
    if (line) out.push(`**${l[status]}:** ${line}  `);
  }
  if (detail.occurrence.guests.length > 0) out.push(`**${l.guests}:** ${detail.occurrence.guests.join(', ')}  `);
  out.push('', `## ${l.agenda}`, '');
  for (const section of minutesSections(detail, locale)) {
    out.push(`### ${section.title}`, '');
    for (const line of section.lines) out.push(`- ${line}`);
    if (section.lines.length > 0) out.push('');
  }
  out.push(`## ${l.decisions}`, '');
  if (detail.decisions.length === 0) out.push(l.none, '');
  else {
    out.push(`| ${l.text} | ${l.rationale} | ${l.decidedBy} |`, '|---|---|---|');
    for (const d of detail.decisions) out.push(`| ${cell(d.text)} | ${cell(d.rationale)} | ${cell(d.decidedBy)} |`);
    out.push('');
  }
  out.push(`## ${l.actions}`, '');
  if (detail.actions.length === 0) out.push(l.none, '');
  else {
    out.push(`| ${l.title} | ${l.owner} | ${l.due} |`, '|---|---|---|');
    for (const a of detail.actions) out.push(`| ${cell(a.title)} | ${cell(a.owner?.name ?? '')} | ${a.dueDate ? formatDate(a.dueDate) : ''} |`);
    out.push('');
  }
  return out.join('\n');
}

/** The minutes of an occurrence as a PDF. */
export function minutesPdf(detail: OccurrenceDetail, locale: DocLocale): Promise<Buffer> {
  const l = L[locale];
  const title = `${l.minutes} ${detail.meeting.name} — ${formatDate(detail.occurrence.localDate)}`;
  return renderPdf({ title, footer: title, pageLabel: l.page }, (pdf) => {
    pdf.heading(title);
    pdf.keyValues([
      [l.present, attendanceLine(detail, 'present')],
      [l.absent, attendanceLine(detail, 'absent')],
      [l.excused, attendanceLine(detail, 'excused')],
      [l.guests, detail.occurrence.guests.join(', ')],
    ]);
    pdf.heading(l.agenda, 2);
    for (const section of minutesSections(detail, locale)) {
      pdf.heading(section.title, 3);
      if (section.lines.length > 0) pdf.list(section.lines);
    }
    pdf.heading(l.decisions, 2);
    if (detail.decisions.length === 0) pdf.paragraph(l.none, { muted: true });
    else pdf.table({ columns: [{ header: l.text, weight: 3 }, { header: l.rationale, weight: 2 }, { header: l.decidedBy }], rows: detail.decisions.map((d) => [d.text, d.rationale, d.decidedBy]) });
    pdf.heading(l.actions, 2);
    if (detail.actions.length === 0) pdf.paragraph(l.none, { muted: true });
    else pdf.table({ columns: [{ header: l.title, weight: 3 }, { header: l.owner }, { header: l.due }], rows: detail.actions.map((a) => [a.title, a.owner?.name ?? '', a.dueDate ? formatDate(a.dueDate) : '']) });
  });
}

/** The factsheet of a meeting: purpose, participants, frequency, fixed agenda, goals, checklist. */
export function factsheetPdf(
  meeting: Meeting,
  goals: readonly { title: string; ownerName: string | null; cadence: 'every' | 'every-nth' | 'quarterly'; nth: number | null }[],
  locale: DocLocale,
): Promise<Buffer> {
  const l = L[locale];
  const title = `${l.factsheet}: ${meeting.name}`;
  return renderPdf({ title, footer: title, pageLabel: l.page }, (pdf) => {
    pdf.heading(title);
    pdf.keyValues([
      [l.purpose, meeting.purpose],
      [l.type, l.types[meeting.type]],
      [l.frequency, meeting.frequency === 'custom' ? `${l.frequencies.custom} (${meeting.rrule ?? ''})` : l.frequencies[meeting.frequency]],
      [l.time, `${meeting.startTime} (${meeting.timeZone})`],
      [l.duration, `${meeting.durationMinutes} ${l.minutesUnit}`],
      [l.chair, meeting.chair?.name ?? ''],
      [l.participants, meeting.members.map((m) => m.name).join(', ')],
      [l.location, meeting.location],
      [l.online, meeting.onlineUrl],
    ]);
    pdf.heading(l.fixedAgenda, 2);
    pdf.list([l.opening, `${l.goals} (${goals.length})`, l['actions-due'], l['decisions-item'], ...meeting.standingItems, l.learning, l.closing], { numbered: true });
    pdf.heading(l.goals, 2);
    if (goals.length === 0) pdf.paragraph(l.none, { muted: true });
    else pdf.table({ columns: [{ header: l.goal, weight: 3 }, { header: l.owner, weight: 1.5 }, { header: l.cadence, weight: 1.5 }], rows: goals.map((g) => [g.title, g.ownerName ?? '', cadenceLabel(g.cadence, g.nth, locale)]) });
    pdf.heading(l.checklist, 2);
    pdf.list(l.checklistItems, { checkbox: true });
  });
}

/** The matrix as an A3 landscape poster: goals × meetings with the cadence per cell, and the warnings. */
export function matrixPosterPdf(teamName: string, matrix: Matrix, locale: DocLocale): Promise<Buffer> {
  const l = L[locale];
  const title = `${l.matrixTitle} — ${teamName}`;
  const cellOf = (goalId: string, meetingId: string) => matrix.cells.find((c) => c.goalId === goalId && c.meetingId === meetingId);
  return renderPdf({ title, footer: title, pageLabel: l.page, size: 'A3', layout: 'landscape' }, (pdf) => {
    pdf.heading(title);
    pdf.table({
      fontSize: 9,
      columns: [
        { header: l.goal, weight: 3 },
        { header: l.owner, weight: 1.5 },
        ...matrix.meetings.map((m) => ({ header: `${m.name}\n${l.frequencies[m.frequency]}`, weight: 1.3, align: 'center' as const })),
      ],
      rows: matrix.goals.map((g) => [
        `${g.title}${g.indicatorName ? `\n${g.indicatorName}` : ''}`,
        g.ownerName ?? '',
        ...matrix.meetings.map((m) => {
          const c = cellOf(g.id, m.id);
          return c ? cadenceLabel(c.cadence, c.nth, locale) : '';
        }),
      ]),
      cellFill: (row, column) => (column >= 2 && cellOf(matrix.goals[row]!.id, matrix.meetings[column - 2]!.id) ? '#d9ead3' : undefined),
    });
    if (matrix.warnings.length > 0) {
      pdf.heading(l.warnings, 2);
      pdf.list(
        matrix.warnings.map((w) => {
          const subject = 'goalId' in w ? (matrix.goals.find((g) => g.id === w.goalId)?.title ?? '') : (matrix.meetings.find((m) => m.id === w.meetingId)?.name ?? '');
          return `${subject} ${l.warningText[w.code]}`;
        }),
      );
    }
  });
}
