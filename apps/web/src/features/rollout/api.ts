import { rolloutSchema } from '@leerlus/contracts/cycles';
import { request, type Infer } from '../../api/client';

/** The roll-out guide: six steps whose checklists the server judges from the team's own records. */
export type Rollout = Infer<typeof rolloutSchema>;
export const rolloutKeys = { rollout: (teamId: string) => ['rollout', teamId] as const };
export const getRollout = (teamId: string) => request(rolloutSchema, `/teams/${teamId}/rollout`);
