import { eq } from 'drizzle-orm';
import type { Action } from '@leerlus/domain';
import { schema, type Database } from '@leerlus/db';
import { authorize } from '../../access/authorize';
import { notFound } from '../../http/errors';
import type { AuthContext } from '../../http/types';

export type Organisation = typeof schema.organisations.$inferSelect;

/**
 * The organisation-scoped entry point of the administration routes: authorises the action on the
 * organisation (no role there → 404, a role without the right → 403), then loads it.
 */
export async function organisationScope(
  db: Database,
  auth: AuthContext | null,
  organisationId: string,
  action: Action,
): Promise<{ organisation: Organisation; actor: AuthContext }> {
  const actor = authorize(auth, action, { kind: 'organisation', organisationId });
  const [organisation] = await db
    .select()
    .from(schema.organisations)
    .where(eq(schema.organisations.id, organisationId));
  if (!organisation) throw notFound('Organisation');
  return { organisation, actor };
}
