import { vi } from 'vitest';

export interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}
type Handler = (call: Call) => Response | undefined;

export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * Replaces global fetch with a router over `handlers` (first match wins; unmatched requests answer
 * 404 NOT_FOUND) and records every call, so tests can assert what the client actually sent.
 */
export function stubFetch(...handlers: Handler[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      const call: Call = { method: init.method ?? 'GET', path: url.pathname + url.search, headers, body };
      calls.push(call);
      for (const handler of handlers) {
        const response = handler(call);
        if (response) return Promise.resolve(response);
      }
      return Promise.resolve(
        json(404, { code: 'NOT_FOUND', message: `No stub for ${call.method} ${call.path}` }),
      );
    }),
  );
  return calls;
}

/** A handler answering one method + path. */
export const on =
  (method: string, path: string, respond: (call: Call) => Response): Handler =>
  (call) =>
    call.method === method && call.path === path ? respond(call) : undefined;
