import { useSession } from '../../session/session-context';

/** The organisation the admin pages act on; RequireAdmin guarantees there is one. */
export function useAdminOrganisation(): { id: string; name: string } {
  const { organisation } = useSession();
  if (!organisation) throw new Error('Admin pages need a current organisation');
  return organisation;
}
