import { z } from 'zod';
import { emailSchema, idSchema, localeSchema, passwordSchema, roleSchema } from './common';

export const loginRequestSchema = z
  .object({
    email: emailSchema,
    password: z.string().min(1).max(200),
    /** A 6-digit TOTP code or a recovery code; required when the account has MFA enabled. */
    code: z.string().trim().min(6).max(32).optional(),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
});

export const sessionOrganisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** The organisation-wide role, if any (admin, or a role that applies to all teams). */
  role: roleSchema.nullable(),
  mfaRequired: z.boolean(),
});

export const sessionTeamSchema = z.object({
  id: idSchema,
  name: z.string(),
  organisationId: idSchema,
  /** The effective role in this team (team role, or the organisation-wide role). */
  role: roleSchema,
});

/** What the web app needs after login: who am I, where may I go, the CSRF token for mutations. */
export const sessionInfoSchema = z.object({
  user: sessionUserSchema,
  csrfToken: z.string(),
  organisations: z.array(sessionOrganisationSchema),
  teams: z.array(sessionTeamSchema),
  mfa: z.object({ enabled: z.boolean(), enrolmentRequired: z.boolean() }),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const loginResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), session: sessionInfoSchema }),
  z.object({ status: z.literal('mfa-required') }),
]);
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const updateAccountRequestSchema = z
  .object({ name: z.string().trim().min(1).max(120).optional(), locale: localeSchema.optional() })
  .strict();

export const changePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })
  .strict();

export const mfaSetupResponseSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** SVG markup of the QR code for the otpauth URI. */
  qrSvg: z.string(),
});
export const mfaCodeRequestSchema = z.object({ code: z.string().trim().min(6).max(32) }).strict();
export const mfaEnableResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });
