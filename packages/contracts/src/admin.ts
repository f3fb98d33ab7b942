import { z } from 'zod';
import { idSchema, roleSchema, timestampSchema } from './common';

export const adminUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  disabled: z.boolean(),
  mfaEnabled: z.boolean(),
  lockedUntil: timestampSchema.nullable(),
  memberships: z.array(
    z.object({ id: idSchema, teamId: idSchema.nullable(), teamName: z.string().nullable(), role: roleSchema }),
  ),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

/** Path parameters of the organisation administration routes (/organisations/:organisationId/...). */
export const organisationParamsSchema = z.object({ organisationId: idSchema }).strict();
export const organisationUserParamsSchema = z.object({ organisationId: idSchema, userId: idSchema }).strict();
export const organisationMembershipParamsSchema = z.object({ organisationId: idSchema, membershipId: idSchema }).strict();
export const organisationTeamParamsSchema = z.object({ organisationId: idSchema, teamId: idSchema }).strict();

export const adminUserQuerySchema = z.object({ q: z.string().max(100).optional() }).strict();
export const userParamsSchema = z.object({ userId: idSchema }).strict();
export const updateUserRequestSchema = z.object({ disabled: z.boolean().optional(), unlock: z.literal(true).optional() }).strict();

export const createTeamRequestSchema = z
  .object({ name: z.string().trim().min(2).max(120), description: z.string().trim().max(2000).default('') })
  .strict();
export const updateTeamRequestSchema = z
  .object({ name: z.string().trim().min(2).max(120).optional(), description: z.string().trim().max(2000).optional() })
  .strict();

export const setMembershipRequestSchema = z
  .object({ userId: idSchema, teamId: idSchema.nullable(), role: roleSchema })
  .strict()
  .refine((m) => m.role !== 'admin' || m.teamId === null, { message: 'admin is an organisation-wide role', path: ['teamId'] });
export const membershipParamsSchema = z.object({ membershipId: idSchema }).strict();

export const organisationSettingsSchema = z.object({ id: idSchema, name: z.string(), mfaRequired: z.boolean() });
export const updateOrganisationRequestSchema = z.object({ mfaRequired: z.boolean().optional(), name: z.string().trim().min(2).max(120).optional() }).strict();

export const auditOutcomeSchema = z.enum(['success', 'failure', 'denied']);
export const auditEventSchema = z.object({
  id: z.number().int(),
  at: timestampSchema,
  actorId: idSchema.nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  teamId: idSchema.nullable(),
  ip: z.string().nullable(),
  outcome: auditOutcomeSchema,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z
  .object({
    actor: z.string().max(254).optional(),
    action: z.string().max(100).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export const auditPageSchema = z.object({ items: z.array(auditEventSchema), nextBefore: z.number().int().nullable() });
export const auditVerifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** id of the first row whose hash does not match its content or its predecessor. */
  firstBrokenId: z.number().int().nullable(),
});
