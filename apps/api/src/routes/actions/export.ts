import type { Action, Decision } from '@leerlus/contracts/improvement';
import { shapeTable, type Tabular, type TabularColumn } from '@leerlus/domain';

/** The action and decision logs as tables for CSV/XLSX (seed 000: "Template Actie- en besluitenlog"). */

type Locale = 'nl' | 'en';
const H = {
  nl: { title: 'Actie', description: 'Omschrijving', owner: 'Eigenaar', due: 'Deadline', status: 'Status', overdue: 'Te laat', goal: 'Doel', origin: 'Herkomst', done: 'Afgerond op', created: 'Aangemaakt', text: 'Besluit', rationale: 'Onderbouwing', date: 'Datum', by: 'Besloten door', meeting: 'Overleg', yes: 'ja', no: 'nee' },
  en: { title: 'Action', description: 'Description', owner: 'Owner', due: 'Due date', status: 'Status', overdue: 'Overdue', goal: 'Goal', origin: 'Origin', done: 'Completed on', created: 'Created', text: 'Decision', rationale: 'Rationale', date: 'Date', by: 'Decided by', meeting: 'Meeting', yes: 'yes', no: 'no' },
} as const;
const STATUS = {
  nl: { open: 'open', doing: 'bezig', done: 'klaar', cancelled: 'vervallen' },
  en: { open: 'open', doing: 'doing', done: 'done', cancelled: 'cancelled' },
} as const;

const dateOf = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);

export function actionTable(actions: readonly Action[], locale: Locale): Tabular {
  const h = H[locale];
  const columns: TabularColumn<Action>[] = [
    { header: h.title, value: (a) => a.title },
    { header: h.description, value: (a) => a.description },
    { header: h.owner, value: (a) => a.owner?.name ?? null },
    { header: h.due, value: (a) => dateOf(a.dueDate) },
    { header: h.status, value: (a) => STATUS[locale][a.status] },
    { header: h.overdue, value: (a) => (a.isOverdue ? h.yes : h.no) },
    { header: h.goal, value: (a) => a.goal?.title ?? null },
    { header: h.origin, value: (a) => a.originKind },
    { header: h.done, value: (a) => dateOf(a.completedAt) },
    { header: h.created, value: (a) => dateOf(a.createdAt) },
  ];
  return shapeTable(columns, actions);
}

export function decisionTable(decisions: readonly Decision[], locale: Locale): Tabular {
  const h = H[locale];
  const columns: TabularColumn<Decision>[] = [
    { header: h.date, value: (d) => dateOf(d.decidedOn) },
    { header: h.text, value: (d) => d.text },
    { header: h.rationale, value: (d) => d.rationale },
    { header: h.by, value: (d) => d.decidedBy },
    { header: h.meeting, value: (d) => d.meetingName },
    { header: h.goal, value: (d) => d.goal?.title ?? null },
  ];
  return shapeTable(columns, decisions);
}
