import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardSchema, cardSchema, type Board } from '@leerlus/contracts/cycles';
import { schema } from '@leerlus/db';
import { createWorld } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsOf } from '../organisations/testing';
import { createCycleRow, createGoalRow } from '../pdsa/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const titles = (board: Board) =>
  Object.fromEntries(board.columns.map((c) => [c.key, c.items.map((i) => i.title)]));

describe('improvement board', () => {
  it('shows cards, actions and cycles in default columns; moves and reorders them; filters by goal and owner', async () => {
    const world = await createWorld(t.db);
    const goal = await createGoalRow(t.db, world.teamA);
    await createCycleRow(t.db, goal, {
      title: 'PDSA loopt',
      status: 'running',
      ownerId: world.users.member.id,
    });
    await t.db
      .insert(schema.actions)
      .values({
        teamId: world.teamA.id,
        title: 'Actie open',
        originKind: 'goal',
        goalId: goal.id,
        ownerId: world.users.teamLead.id,
      });
    const member = await loginAs(t.app, world.users.member);
    const url = `/api/v1/teams/${world.teamA.id}`;
    const card = cardSchema.parse(
      (
        await member.request({
          method: 'POST',
          url: `${url}/cards`,
          payload: {
            problem: 'Lange wachttijd',
            idea: 'Belafspraak',
            submittedBy: 'Anna',
            cardDate: '2026-02-03',
          },
        })
      ).json(),
    );
    await member.request({
      method: 'POST',
      url: `${url}/cards`,
      payload: { problem: 'Tweede kaart', cardDate: '2026-02-04', goalId: goal.id },
    });
    const board = boardSchema.parse((await member.request({ method: 'GET', url: `${url}/board` })).json());
    expect(board.columns.map((c) => c.key)).toEqual(['ideas', 'todo', 'doing', 'done', 'standardised']);
    expect(titles(board)).toEqual({
      ideas: ['Lange wachttijd', 'Tweede kaart'],
      todo: ['Actie open'],
      doing: ['PDSA loopt'],
      done: [],
      standardised: [],
    });

    const doing = board.columns[2]!;
    const moved = await member.request({
      method: 'POST',
      url: `${url}/board/moves`,
      payload: { kind: 'card', id: card.id, columnId: doing.id, position: 0 },
    });
    expect(moved.statusCode).toBe(200);
    expect(titles(boardSchema.parse(moved.json()))).toMatchObject({
      ideas: ['Tweede kaart'],
      doing: ['Lange wachttijd', 'PDSA loopt'],
    });
    const action = board.columns[1]!.items[0]!;
    const again = boardSchema.parse(
      (
        await member.request({
          method: 'POST',
          url: `${url}/board/moves`,
          payload: { kind: 'action', id: action.id, columnId: doing.id, position: 1 },
        })
      ).json(),
    );
    expect(titles(again).doing).toEqual(['Lange wachttijd', 'Actie open', 'PDSA loopt']);
    // Stored: a fresh read shows the same order.
    expect(
      titles(boardSchema.parse((await member.request({ method: 'GET', url: `${url}/board` })).json())).doing,
    ).toEqual(['Lange wachttijd', 'Actie open', 'PDSA loopt']);

    const byGoal = boardSchema.parse(
      (await member.request({ method: 'GET', url: `${url}/board?goalId=${goal.id}` })).json(),
    );
    expect(byGoal.columns.flatMap((c) => c.items.map((i) => i.title)).sort()).toEqual([
      'Actie open',
      'PDSA loopt',
      'Tweede kaart',
    ]);
    const byOwner = boardSchema.parse(
      (
        await member.request({ method: 'GET', url: `${url}/board?ownerId=${world.users.teamLead.id}` })
      ).json(),
    );
    expect(byOwner.columns.flatMap((c) => c.items.map((i) => i.title))).toEqual(['Actie open']);
    expect(await auditEventsOf(t.db, world.organisation.id, 'board.move')).toHaveLength(2);
    expect(await auditEventsOf(t.db, world.organisation.id, 'card.create')).toHaveLength(2);
  });

  it('a team lead configures columns; cards of a removed column go to the first; a member may not', async () => {
    const world = await createWorld(t.db);
    const lead = await loginAs(t.app, world.users.teamLead);
    const member = await loginAs(t.app, world.users.member);
    const url = `/api/v1/teams/${world.teamA.id}`;
    const board = boardSchema.parse((await lead.request({ method: 'GET', url: `${url}/board` })).json());
    const done = board.columns.find((c) => c.key === 'done')!;
    await lead.request({
      method: 'POST',
      url: `${url}/cards`,
      payload: { problem: 'In klaar', cardDate: '2026-02-03', columnId: done.id },
    });
    const columns = [
      { id: board.columns[1]!.id, key: 'todo', labelNl: 'Te doen', labelEn: 'To do' },
      { key: 'waiting', labelNl: 'Wacht', labelEn: 'Waiting', wipLimit: 3 },
      { id: board.columns[0]!.id, key: 'ideas', labelNl: 'Ideeën', labelEn: 'Ideas' },
    ];
    expect(
      (await member.request({ method: 'PUT', url: `${url}/board/columns`, payload: { columns } })).statusCode,
    ).toBe(403);
    expect(
      (
        await lead.request({
          method: 'PUT',
          url: `${url}/board/columns`,
          payload: { columns: [...columns, { key: 'ideas', labelNl: 'x', labelEn: 'x' }] },
        })
      ).statusCode,
    ).toBe(400);
    const put = await lead.request({ method: 'PUT', url: `${url}/board/columns`, payload: { columns } });
    expect(put.statusCode).toBe(200);
    const after = boardSchema.parse(put.json());
    expect(after.columns.map((c) => [c.key, c.wipLimit])).toEqual([
      ['todo', null],
      ['waiting', 3],
      ['ideas', null],
    ]);
    expect(after.columns[0]!.items.map((i) => i.title)).toEqual(['In klaar']);
    expect(
      (await auditEventsOf(t.db, world.organisation.id, 'board.columns.update')).map((e) => e.outcome),
    ).toEqual(['denied', 'success']);
  });

  it('validates; a viewer cannot add or move; another team answers 404', async () => {
    const world = await createWorld(t.db);
    const member = await loginAs(t.app, world.users.member);
    const viewer = await loginAs(t.app, world.users.viewer);
    const a = `/api/v1/teams/${world.teamA.id}`;
    const b = `/api/v1/teams/${world.teamB.id}`;
    expect(
      (
        await member.request({
          method: 'POST',
          url: `${a}/cards`,
          payload: { problem: '', cardDate: 'gisteren' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await viewer.request({
          method: 'POST',
          url: `${a}/cards`,
          payload: { problem: 'x', cardDate: '2026-02-03' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await viewer.request({ method: 'GET', url: `${a}/board` })).statusCode).toBe(200);
    expect((await member.request({ method: 'GET', url: `${b}/board` })).statusCode).toBe(404);
    const card = cardSchema.parse(
      (
        await member.request({
          method: 'POST',
          url: `${a}/cards`,
          payload: { problem: 'x', cardDate: '2026-02-03' },
        })
      ).json(),
    );
    const boardB = await loginAs(t.app, world.users.admin);
    const columnB = boardSchema.parse((await boardB.request({ method: 'GET', url: `${b}/board` })).json())
      .columns[0]!;
    expect(
      (
        await member.request({
          method: 'POST',
          url: `${a}/board/moves`,
          payload: { kind: 'card', id: card.id, columnId: columnB.id, position: 0 },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await member.request({ method: 'PATCH', url: `${b}/cards/${card.id}`, payload: { idea: 'y' } }))
        .statusCode,
    ).toBe(404);
    expect((await member.request({ method: 'DELETE', url: `${a}/cards/${card.id}` })).statusCode).toBe(204);
  });
});
