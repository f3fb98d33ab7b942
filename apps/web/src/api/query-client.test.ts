import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './client';
import { createQueryClient } from './query-client';
import { queryKeys } from './query-keys';

describe('query client auth handling', () => {
  it('clears the cached session on 401 UNAUTHENTICATED from any query', async () => {
    const onMfaEnrolmentRequired = vi.fn();
    const client = createQueryClient({ onMfaEnrolmentRequired });
    client.setQueryData(queryKeys.session, { user: { id: 'u' } });
    await client
      .query({
        queryKey: queryKeys.teams,
        queryFn: () => Promise.reject(new ApiError(401, 'UNAUTHENTICATED', 'Log in')),
        retry: false,
      })
      .catch(() => undefined);
    expect(client.getQueryData(queryKeys.session)).toBeNull();
    expect(onMfaEnrolmentRequired).not.toHaveBeenCalled();
  });

  it('keeps the session on other 401s (a wrong password is not a logout) and routes MFA_ENROLMENT_REQUIRED', async () => {
    const onMfaEnrolmentRequired = vi.fn();
    const client = createQueryClient({ onMfaEnrolmentRequired });
    client.setQueryData(queryKeys.session, { user: { id: 'u' } });
    const mutation = client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(new ApiError(401, 'INVALID_CREDENTIALS', 'Wrong')) });
    await mutation.execute(undefined).catch(() => undefined);
    expect(client.getQueryData(queryKeys.session)).toEqual({ user: { id: 'u' } });
    await client
      .query({
        queryKey: queryKeys.teams,
        queryFn: () => Promise.reject(new ApiError(403, 'MFA_ENROLMENT_REQUIRED', 'Enrol')),
        retry: false,
      })
      .catch(() => undefined);
    expect(onMfaEnrolmentRequired).toHaveBeenCalledTimes(1);
  });
});
