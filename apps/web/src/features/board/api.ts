import {
  boardSchema,
  cardSchema,
  type CreateCardRequest,
  type MoveBoardItemRequest,
} from '@leerlus/contracts/cycles';
import { request, type Infer } from '../../api/client';

/** The improvement board API (columns with cards, actions and PDSA cycles; improvement cards). */

export type Board = Infer<typeof boardSchema>;
export type BoardItem = Board['columns'][number]['items'][number];
export type BoardFilter = { goalId?: string | undefined; ownerId?: string | undefined };

const base = (teamId: string) => `/teams/${teamId}`;

export const boardKeys = {
  all: (teamId: string) => ['board', teamId] as const,
  board: (teamId: string, filter: BoardFilter) => ['board', teamId, filter] as const,
};

export const getBoard = (teamId: string, filter: BoardFilter) =>
  request(boardSchema, `${base(teamId)}/board`, { query: filter });
export const moveBoardItem = (teamId: string, body: MoveBoardItemRequest) =>
  request(boardSchema, `${base(teamId)}/board/moves`, { method: 'POST', body });
export const createCard = (teamId: string, body: CreateCardRequest) =>
  request(cardSchema, `${base(teamId)}/cards`, { method: 'POST', body });
