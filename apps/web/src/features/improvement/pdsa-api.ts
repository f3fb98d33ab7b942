import {
  chartAnnotationsSchema,
  pdsaListSchema,
  pdsaSchema,
  type CreatePdsaRequest,
  type UpdatePdsaRequest,
} from '@leerlus/contracts/cycles';
import { request, type Infer } from '../../api/client';

/** PDSA cycles of a goal and the chart annotations they make (under the improvement query keys). */

export type Pdsa = Infer<typeof pdsaSchema>;

export const pdsaKeys = {
  cycles: (teamId: string, goalId: string) => ['improvement', teamId, 'pdsa', goalId] as const,
  annotations: (teamId: string, goalId: string) =>
    ['improvement', teamId, 'chart-annotations', goalId] as const,
};

export const getPdsaCycles = (teamId: string, goalId: string) =>
  request(pdsaListSchema, `/teams/${teamId}/pdsa`, { query: { goalId } });
export const createPdsa = (
  teamId: string,
  body: Omit<CreatePdsaRequest, 'parentId' | 'ownerId' | 'status'> &
    Partial<Pick<CreatePdsaRequest, 'ownerId'>>,
) => request(pdsaSchema, `/teams/${teamId}/pdsa`, { method: 'POST', body });
export const updatePdsa = (teamId: string, cycleId: string, body: UpdatePdsaRequest) =>
  request(pdsaSchema, `/teams/${teamId}/pdsa/${cycleId}`, { method: 'PATCH', body });
export const getChartAnnotations = (teamId: string, goalId: string) =>
  request(chartAnnotationsSchema, `/teams/${teamId}/chart-annotations`, { query: { goalId } });
