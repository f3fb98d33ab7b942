import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildICalendar, foldLine } from '@leerlus/domain/cycles/icalendar';

/** The feed builder checked with an independent parser (ical.js), incl. recurrence across a DST change. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of root.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return root;
}

describe('iCalendar feed', () => {
  const feed = buildICalendar({
    name: 'Leerlus – Team A',
    now: '2026-03-01T12:00:00.000Z',
    meetings: [
      {
        uid: 'meeting-1@leerlus',
        summary: 'Verbeteroverleg; team A, week',
        description:
          'Agenda: https://leerlus.example/x\nTweede regel met een héél lange tekst die zeker over de vijfenzeventig octetten heen gaat en gevouwen wordt',
        location: 'Kamer 2',
        url: 'https://leerlus.example/teams/a/meetings/1',
        schedule: {
          frequency: 'weekly',
          startDate: '2026-03-16',
          startTime: '09:00',
          timeZone: 'Europe/Amsterdam',
          endDate: '2026-04-13',
        },
        durationMinutes: 45,
        cancelledDates: ['2026-04-06'],
      },
      {
        uid: 'meeting-2@leerlus',
        summary: 'Kwartaaloverleg',
        schedule: {
          frequency: 'monthly',
          startDate: '2026-10-13',
          startTime: '14:30',
          timeZone: 'Europe/Amsterdam',
        },
        durationMinutes: 90,
      },
    ],
    days: [{ uid: 'action-1@leerlus', summary: 'Actie: protocol herzien', date: '2026-03-20' }],
  });

  it('is valid RFC 5545 text (CRLF, folded at 75 octets) with a VTIMEZONE for Europe/Amsterdam', () => {
    expect(feed.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const line of feed.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(foldLine('é'.repeat(60)).split('\r\n ').join('')).toBe('é'.repeat(60));
    const root = parse(feed);
    expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    const events = root.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary)).toEqual([
      'Verbeteroverleg; team A, week',
      'Kwartaaloverleg',
      'Actie: protocol herzien',
    ]);
    expect(events[0]!.description).toContain('Tweede regel met een héél lange tekst');
    expect(events[0]!.location).toBe('Kamer 2');
    expect(events[2]!.startDate.isDate).toBe(true);
    expect(events[2]!.startDate.toString()).toBe('2026-03-20');
  });

  it('expands a weekly meeting across the DST change at the same local time, without the cancelled date, until its end', () => {
    const event = new ICAL.Event(parse(feed).getAllSubcomponents('vevent')[0]);
    const it = event.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next && starts.length < 10; next = it.next()) {
      if (
        event.component
          .getAllProperties('exdate')
          .some((p) => (p.getFirstValue() as ICAL.Time).compare(next) === 0)
      )
        continue;
      starts.push(next.toJSDate().toISOString());
    }
    // 29 March 2026: CET (+1) → CEST (+2); 09:00 local stays 09:00.
    expect(starts).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-13T07:00:00.000Z',
    ]);
    expect(event.duration.toSeconds()).toBe(45 * 60);
  });

  it('keeps a monthly meeting on its weekday position, across the autumn DST change', () => {
    const event = new ICAL.Event(parse(feed).getAllSubcomponents('vevent')[1]);
    const it = event.iterator();
    const starts = [it.next(), it.next(), it.next()].map((t) => t.toJSDate().toISOString());
    // 2nd Tuesday: 13 Oct (CEST), 10 Nov and 8 Dec (CET), all 14:30 local.
    expect(starts).toEqual([
      '2026-10-13T12:30:00.000Z',
      '2026-11-10T13:30:00.000Z',
      '2026-12-08T13:30:00.000Z',
    ]);
  });
});
