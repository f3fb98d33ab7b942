import { teamSummarySchema } from '@leerlus/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, on, stubFetch } from '../testing/fetch-stub';
import { ApiError, request, requestVoid, setCsrfToken } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const team = {
  id: '5d2e7a4c-1b3f-4c8d-9e6a-7f0b1c2d3e4f',
  organisationId: '0b9f3c1e-6a52-4f0e-9a51-2d7c8e1f4a01',
  organisationName: 'Demo Ziekenhuis',
  name: 'Borstkanker',
  description: '',
  memberCount: 4,
  myRole: 'member',
};

describe('API client', () => {
  it('sends the session CSRF token on mutations, not on reads, with same-origin credentials', async () => {
    const calls = stubFetch(() => json(200, { ok: true }));
    setCsrfToken('token-123');
    await requestVoid('/teams/x/invitations/y', { method: 'DELETE' });
    await requestVoid('/account', { method: 'PATCH', body: { name: 'A' } });
    await requestVoid('/teams');
    expect(calls.map((c) => [c.method, c.headers['x-csrf-token']])).toEqual([
      ['DELETE', 'token-123'],
      ['PATCH', 'token-123'],
      ['GET', undefined],
    ]);
    expect(calls[1]!.headers['content-type']).toBe('application/json');
    expect(calls[1]!.body).toEqual({ name: 'A' });
    const init = vi.mocked(fetch).mock.calls[0]![1];
    expect(init?.credentials).toBe('same-origin');
  });

  it('prefixes /api/v1 and drops empty query parameters', async () => {
    const calls = stubFetch(() => json(200, { ok: true }));
    await requestVoid('/organisations/o/audit', {
      query: { actor: 'a@b.nl', action: '', before: 40, limit: undefined },
    });
    expect(calls[0]!.path).toBe('/api/v1/organisations/o/audit?actor=a%40b.nl&before=40');
  });

  it('parses the error body into an ApiError with status, code, message and details', async () => {
    stubFetch(
      on('POST', '/api/v1/auth/login', () =>
        json(423, { code: 'ACCOUNT_LOCKED', message: 'Locked', details: { retryAfter: 60 } }),
      ),
    );
    const error = await requestVoid('/auth/login', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 423,
      code: 'ACCOUNT_LOCKED',
      message: 'Locked',
      details: { retryAfter: 60 },
    });
  });

  it('reports a non-JSON error page and a network failure with client codes', async () => {
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(requestVoid('/teams')).rejects.toMatchObject({ status: 502, code: 'BAD_RESPONSE' });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(requestVoid('/teams')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('parses responses with the contract schema and rejects shapes that do not match', async () => {
    stubFetch(on('GET', '/api/v1/teams', () => json(200, [team])));
    await expect(request(teamSummarySchema.array(), '/teams')).resolves.toEqual([team]);
    stubFetch(on('GET', '/api/v1/teams', () => json(200, [{ ...team, myRole: 'superuser' }])));
    await expect(request(teamSummarySchema.array(), '/teams')).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
  });
});
