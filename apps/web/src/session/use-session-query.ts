import { useQuery } from '@tanstack/react-query';
import { getSession } from '../api/auth';
import { queryKeys } from '../api/query-keys';

/** The session from `GET /auth/session`: SessionInfo when logged in, null when not. */
export const useSessionQuery = () =>
  useQuery({ queryKey: queryKeys.session, queryFn: getSession, staleTime: 5 * 60_000, retry: false });
