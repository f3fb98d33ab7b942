import { errorBodySchema } from '@leerlus/contracts';

/** Every API path lives under this prefix; the dev server proxies it, production serves it same-origin. */
export const API_PREFIX = '/api/v1';

/** Codes the client itself produces when the server gave no usable error body. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'BAD_RESPONSE';

/** An error answered by the API (`{code, message, details?}` with an HTTP status) or raised by the client. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

let csrfToken: string | null = null;

/** The session's CSRF token, sent as `x-csrf-token` on every mutation. Set from the session, cleared on logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** A file sent as the raw request body (application/octet-stream), streamed by the browser. */
  file?: Blob;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function send({ method = 'GET', body, query, file }: RequestOptions, path: string): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (file !== undefined) headers['content-type'] = 'application/octet-stream';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : 'Network error');
  }
  const payload = await readJson(response);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(payload);
    if (parsed.success)
      throw new ApiError(response.status, parsed.data.code, parsed.data.message, parsed.data.details);
    throw new ApiError(response.status, 'BAD_RESPONSE', `HTTP ${response.status}`);
  }
  return payload;
}

/** A contract schema as far as the client needs it; `Infer` gives its parsed type without importing zod here. */
interface Schema {
  parse: (value: unknown) => unknown;
}
export type Infer<S extends Schema> = ReturnType<S['parse']>;

/** Sends a request and parses the JSON response with the contract's schema. */
export async function request<S extends Schema>(
  schema: S,
  path: string,
  options: RequestOptions = {},
): Promise<Infer<S>> {
  const payload = await send(options, path);
  try {
    return schema.parse(payload) as Infer<S>;
  } catch (cause) {
    throw new ApiError(200, 'BAD_RESPONSE', `Unexpected response from ${path}`, cause);
  }
}

/** Sends a request whose response body is not used (204, or `{ok: true}`). */
export async function requestVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await send(options, path);
}
