import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './client';
import { queryKeys } from './query-keys';

interface AuthHandlers {
  /** The server asks for MFA enrolment first (403 MFA_ENROLMENT_REQUIRED). */
  onMfaEnrolmentRequired: () => void;
}

/**
 * The app's QueryClient. A 401 anywhere clears the cached session, which sends the user to the
 * login page (see RequireSession); a 403 MFA_ENROLMENT_REQUIRED sends them to MFA enrolment.
 */
export function createQueryClient({ onMfaEnrolmentRequired }: AuthHandlers): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error, 'UNAUTHENTICATED')) client.setQueryData(queryKeys.session, null);
    if (isApiError(error, 'MFA_ENROLMENT_REQUIRED')) {
      void client.invalidateQueries({ queryKey: queryKeys.session });
      onMfaEnrolmentRequired();
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || error.status >= 500 || error.status === 0),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
