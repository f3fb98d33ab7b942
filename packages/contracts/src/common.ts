import { z } from 'zod';
import { isIsoDate } from '@leerlus/domain/indicators/periods';

/** The JSON body of every error response: a stable machine code, a human message, optional details. */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const idSchema = z.uuid();
export const localeSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof localeSchema>;

/**
 * Roles. `admin` is organisation-wide; the others may be held organisation-wide (all teams)
 * or per team. See docs/ARCHITECTURE.md "Tenancy and access".
 */
export const roleSchema = z.enum(['admin', 'quality-advisor', 'team-lead', 'member', 'viewer', 'analyst']);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .email()
  .max(254)
  .transform((s) => s.toLowerCase());
/** Passwords: at least 12 characters (NCSC/NIST length-over-complexity advice), at most 200. */
export const passwordSchema = z.string().min(12).max(200);

/** An ISO-8601 timestamp string as produced by Date#toISOString. */
export const timestampSchema = z.iso.datetime();

export const okSchema = z.object({ ok: z.literal(true) }).strict();
export const teamParamsSchema = z.object({ teamId: idSchema }).strict();

/** A calendar date written YYYY-MM-DD (and a real date). */
export const isoDateSchema = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');
