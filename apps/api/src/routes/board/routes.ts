import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teamParamsSchema } from '@leerlus/contracts';
import {
  boardQuerySchema,
  boardSchema,
  cardParamsSchema,
  cardSchema,
  createCardRequestSchema,
  moveBoardItemRequestSchema,
  putBoardColumnsRequestSchema,
  updateCardRequestSchema,
} from '@leerlus/contracts/cycles';
import { schema } from '@leerlus/db';
import { teamScope } from '../../access/team-scope';
import { auditDenied } from '../../audit/denied';
import { audit } from '../../audit/record';
import { cardOfTeam, presentCard } from '../a3/queries';
import { assertTeamPeople, definedOnly, goalOfTeam } from '../pdsa/records';
import { columnOfTeam, endOfColumn, ensureColumns, loadBoard, moveItem } from './queries';

const { boardColumns, improvementCards } = schema;
const MOVE = { action: 'board.move', resourceType: 'board-item' } as const;
const COLUMNS = { action: 'board.columns.update', resourceType: 'board' } as const;
const CARD_CREATE = { action: 'card.create', resourceType: 'improvement-card' } as const;
const CARD_UPDATE = { action: 'card.update', resourceType: 'improvement-card' } as const;
const CARD_DELETE = { action: 'card.delete', resourceType: 'improvement-card' } as const;

/**
 * The improvement board (kanban per team) and its improvement cards ("verbeterkaartjes"). Everyone in
 * the team reads; members add cards and move items; team leads and advisors configure the columns.
 */
export const boardRoutes: FastifyPluginAsyncZod = async (app) => {
  auditDenied(app);

  app.get(
    '/api/v1/teams/:teamId/board',
    {
      schema: {
        tags: ['board'],
        summary: "The team's improvement board: columns with cards, actions and PDSA cycles",
        params: teamParamsSchema,
        querystring: boardQuerySchema,
        response: { 200: boardSchema },
      },
    },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'improvement:read');
      return app.deps.db.transaction((tx) => loadBoard(tx, team, request.query));
    },
  );

  app.post(
    '/api/v1/teams/:teamId/board/moves',
    {
      config: { audit: MOVE },
      schema: {
        tags: ['board'],
        summary: 'Move a card, action or cycle to a position in a column',
        params: teamParamsSchema,
        body: moveBoardItemRequestSchema,
        response: { 200: boardSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        await moveItem(tx, team, request.body);
        await audit(request, tx, {
          ...MOVE,
          resourceId: request.body.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: {
            kind: request.body.kind,
            columnId: request.body.columnId,
            position: request.body.position,
          },
        });
        return loadBoard(tx, team);
      });
    },
  );

  app.put(
    '/api/v1/teams/:teamId/board/columns',
    {
      config: { audit: COLUMNS },
      schema: {
        tags: ['board'],
        summary: "Configure the board's columns (order as given)",
        params: teamParamsSchema,
        body: putBoardColumnsRequestSchema,
        response: { 200: boardSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:manage');
      return db.transaction(async (tx) => {
        const existing = await ensureColumns(tx, team);
        const known = new Set(existing.map((c) => c.id));
        const wanted = request.body.columns;
        const keptIds = wanted
          .map((c) => c.id)
          .filter((id): id is string => id !== undefined && known.has(id));
        const removed = existing.filter((c) => !keptIds.includes(c.id)).map((c) => c.id);
        // Keys must stay unique while renumbering: park every kept column under a temporary key first.
        if (keptIds.length > 0)
          await tx
            .update(boardColumns)
            .set({ key: sql`'tmp-' || ${boardColumns.id}` })
            .where(inArray(boardColumns.id, keptIds));
        const ids: string[] = [];
        for (const [position, column] of wanted.entries()) {
          const values = {
            key: column.key,
            labelNl: column.labelNl,
            labelEn: column.labelEn,
            isDone: column.isDone,
            wipLimit: column.wipLimit,
            position,
          };
          if (column.id && known.has(column.id)) {
            await tx.update(boardColumns).set(values).where(eq(boardColumns.id, column.id));
            ids.push(column.id);
          } else {
            if (removed.length > 0)
              await tx
                .update(boardColumns)
                .set({ key: sql`'gone-' || ${boardColumns.id}` })
                .where(inArray(boardColumns.id, removed));
            const [row] = await tx
              .insert(boardColumns)
              .values({ ...values, teamId: team.id })
              .returning({ id: boardColumns.id });
            ids.push(row!.id);
          }
        }
        if (removed.length > 0) {
          // Cards of a removed column go to the first column; actions and cycles fall back to their status.
          await tx
            .update(improvementCards)
            .set({ columnId: ids[0]! })
            .where(and(eq(improvementCards.teamId, team.id), inArray(improvementCards.columnId, removed)));
          await tx
            .delete(boardColumns)
            .where(and(eq(boardColumns.teamId, team.id), notInArray(boardColumns.id, ids)));
        }
        await audit(request, tx, {
          ...COLUMNS,
          resourceId: team.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
          details: { columns: wanted.map((c) => c.key).join(',') },
        });
        return loadBoard(tx, team);
      });
    },
  );

  app.post(
    '/api/v1/teams/:teamId/cards',
    {
      config: { audit: CARD_CREATE },
      schema: {
        tags: ['board'],
        summary: 'Add an improvement card (problem, idea, who, date)',
        params: teamParamsSchema,
        body: createCardRequestSchema,
        response: { 201: cardSchema },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      const body = request.body;
      const card = await db.transaction(async (tx) => {
        if (body.goalId) await goalOfTeam(tx, team, body.goalId);
        await assertTeamPeople(tx, team, { ownerId: body.ownerId });
        const column = body.columnId
          ? await columnOfTeam(tx, team, body.columnId)
          : (await ensureColumns(tx, team))[0]!;
        const [row] = await tx
          .insert(improvementCards)
          .values({
            ...definedOnly(body),
            problem: body.problem,
            cardDate: body.cardDate,
            teamId: team.id,
            columnId: column.id,
            position: await endOfColumn(tx, column.id),
            submittedById: request.auth?.userId ?? null,
            createdBy: request.auth?.userId ?? null,
          })
          .returning();
        await audit(request, tx, {
          ...CARD_CREATE,
          resourceId: row!.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
        });
        return presentCard(tx, row!);
      });
      return reply.status(201).send(card);
    },
  );

  app.patch(
    '/api/v1/teams/:teamId/cards/:cardId',
    {
      config: { audit: CARD_UPDATE },
      schema: {
        tags: ['board'],
        summary: 'Change an improvement card',
        params: cardParamsSchema,
        body: updateCardRequestSchema,
        response: { 200: cardSchema },
      },
    },
    async (request) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      return db.transaction(async (tx) => {
        const row = await cardOfTeam(tx, team, request.params.cardId);
        if (request.body.goalId) await goalOfTeam(tx, team, request.body.goalId);
        await assertTeamPeople(tx, team, { ownerId: request.body.ownerId });
        const [updated] = await tx
          .update(improvementCards)
          .set({ ...definedOnly(request.body), updatedAt: sql`now()` })
          .where(eq(improvementCards.id, row.id))
          .returning();
        await audit(request, tx, {
          ...CARD_UPDATE,
          resourceId: row.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
        });
        return presentCard(tx, updated!);
      });
    },
  );

  app.delete(
    '/api/v1/teams/:teamId/cards/:cardId',
    {
      config: { audit: CARD_DELETE },
      schema: {
        tags: ['board'],
        summary: 'Remove an improvement card',
        params: cardParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { db } = app.deps;
      const team = await teamScope(db, request.auth, request.params.teamId, 'improvement:contribute');
      await db.transaction(async (tx) => {
        const row = await cardOfTeam(tx, team, request.params.cardId);
        await tx.delete(improvementCards).where(eq(improvementCards.id, row.id));
        await audit(request, tx, {
          ...CARD_DELETE,
          resourceId: row.id,
          organisationId: team.organisationId,
          teamId: team.id,
          outcome: 'success',
        });
      });
      return reply.status(204).send(null);
    },
  );
};
