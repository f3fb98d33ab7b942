import { z } from 'zod';
import { emailSchema, idSchema, passwordSchema, roleSchema, timestampSchema } from './common';

export const teamSummarySchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  name: z.string(),
  description: z.string(),
  memberCount: z.number().int(),
  myRole: roleSchema,
});
export type TeamSummary = z.infer<typeof teamSummarySchema>;

export const teamMemberSchema = z.object({
  userId: idSchema,
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  /** true when the role comes from an organisation-wide membership. */
  viaOrganisation: z.boolean(),
});

export const teamDetailSchema = teamSummarySchema.extend({
  members: z.array(teamMemberSchema),
  invitations: z.array(
    z.object({ id: idSchema, email: z.string(), role: roleSchema, expiresAt: timestampSchema }),
  ),
});
export type TeamDetail = z.infer<typeof teamDetailSchema>;

export const createInvitationRequestSchema = z
  .object({ email: emailSchema, role: roleSchema.exclude(['admin']) })
  .strict();
export const invitationCreatedSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: roleSchema,
  expiresAt: timestampSchema,
  /** Relative link to send to the invitee: /invite/<token>. Shown once. */
  url: z.string(),
});
export const invitationParamsSchema = z.object({ teamId: idSchema, invitationId: idSchema }).strict();
export const invitationTokenParamsSchema = z.object({ token: z.string().min(20).max(200) }).strict();
export const invitationInfoSchema = z.object({
  email: z.string(),
  organisationName: z.string(),
  teamName: z.string(),
  role: roleSchema,
  expiresAt: timestampSchema,
  /** true when the e-mail already has an account: accepting then asks for the existing password. */
  hasAccount: z.boolean(),
});
/**
 * Accepting a link. For a new account `password` is the chosen password; when the address already has
 * an account it is that account's password (and `code` its second factor, when MFA is on; the API
 * answers 401 INVALID_MFA_CODE with details.mfaRequired when it is missing).
 */
export const acceptInvitationRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    password: passwordSchema,
    code: z.string().trim().min(6).max(32).optional(),
  })
  .strict();
