import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a3Schema } from '@leerlus/contracts/cycles';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { pdfPages } from '../../testing/pdf';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { createGoalRow } from '../pdsa/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('A3 reports', () => {
  it('a member writes an A3 section by section and prints it on one A3 landscape page with the coaching questions', async () => {
    const world = await createWorld(t.db);
    const goal = await createGoalRow(t.db, world.teamA, { title: 'Minder wondinfecties' });
    const member = await loginAs(t.app, world.users.member);
    const url = `/api/v1/teams/${world.teamA.id}/a3`;
    const created = await member.request({
      method: 'POST',
      url,
      payload: {
        title: 'Wondinfecties na heupoperatie',
        goalId: goal.id,
        ownerId: world.users.member.id,
        coachId: world.users.teamLead.id,
        sections: { background: { text: 'Te veel infecties' } },
      },
    });
    expect(created.statusCode).toBe(201);
    const report = a3Schema.parse(created.json());
    const patched = await member.request({
      method: 'PATCH',
      url: `${url}/${report.id}`,
      payload: {
        sections: {
          'root-cause': {
            text: 'Visgraat en 5 x waarom',
            data: {
              fishbone: { people: ['Wisselende bezetting'], methods: ['Geen vaste instructie'] },
              whys: ['Infectie', 'Verband te laat gewisseld'],
            },
          },
          countermeasures: { text: 'Vaste wisselmomenten' },
        },
      },
    });
    expect(patched.statusCode).toBe(200);
    expect(Object.keys(a3Schema.parse(patched.json()).sections).sort()).toEqual([
      'background',
      'countermeasures',
      'root-cause',
    ]);

    const nl = await member.request({ method: 'GET', url: `${url}/${report.id}/pdf?lang=nl` });
    expect(nl.statusCode).toBe(200);
    expect(nl.headers['content-type']).toBe('application/pdf');
    const pages = await pdfPages(nl.rawPayload);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    for (const expected of [
      'Wondinfecties na heupoperatie',
      'Minder wondinfecties',
      '1. Achtergrond',
      'Te veel infecties',
      '4. Oorzaakanalyse',
      'Mensen: Wisselende bezetting',
      'Methoden: Geen vaste instructie',
      'Vaste wisselmomenten',
      '7. Opvolging',
      'Coachingsvragen',
    ]) {
      expect(text).toContain(expected);
    }
    const en = await pdfPages(
      (await member.request({ method: 'GET', url: `${url}/${report.id}/pdf?lang=en` })).rawPayload,
    );
    expect(en[0]).toContain('Root-cause analysis');
    expect(en[0]).toContain('Coaching questions');
    expect((await auditEventsOf(t.db, world.organisation.id, 'a3.create')).map((e) => e.resourceId)).toEqual([
      report.id,
    ]);
    expect(await auditEventsOf(t.db, world.organisation.id, 'a3.update')).toHaveLength(1);
  });

  it('validates; a viewer reads but cannot write; another team answers 404', async () => {
    const world = await createWorld(t.db);
    const goalB = await createGoalRow(t.db, world.teamB);
    const lead = await loginAs(t.app, world.users.teamLead);
    const viewer = await loginAs(t.app, world.users.viewer);
    const url = (teamId: string) => `/api/v1/teams/${teamId}/a3`;
    expect(
      (await lead.request({ method: 'POST', url: url(world.teamA.id), payload: { title: '' } })).statusCode,
    ).toBe(400);
    expect(
      (
        await lead.request({
          method: 'POST',
          url: url(world.teamA.id),
          payload: { title: 'x', sections: { unknown: { text: 'x' } } },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await lead.request({
          method: 'POST',
          url: url(world.teamA.id),
          payload: { title: 'x', goalId: goalB.id },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await viewer.request({ method: 'POST', url: url(world.teamA.id), payload: { title: 'x' } }))
        .statusCode,
    ).toBe(403);
    expect((await viewer.request({ method: 'GET', url: url(world.teamA.id) })).statusCode).toBe(200);
    const b = await loginAs(t.app, world.users.member);
    expect((await b.request({ method: 'GET', url: url(world.teamB.id) })).statusCode).toBe(404);
  });
});
