import type { z } from 'zod';
import { toIssues, type Issue } from '@leerlus/contracts';
import { AppError } from '../../http/errors';

/** The slot of an invalid request inside an array (contract: the other requests are still computed). */
export interface ErrorSlot {
  error: { code: 'VALIDATION_FAILED'; issues: Issue[] };
}

/** A boundary schema and the pure engine function behind it. */
export interface Computation<I, O> {
  schema: z.ZodType<I>;
  compute: (request: I) => O;
}

/**
 * One request or an array of requests, exactly like the CLI (`leerlus spc|funnel`):
 * - one request: its result, or a thrown 400 `VALIDATION_FAILED` whose details are the `{path, message}`
 *   pairs of `toIssues` (the CLI prints the same pairs as `path: message` lines);
 * - an array: one result per request in order; an invalid request's slot holds `{ error: { code, issues } }`.
 */
export function computeRequests<I, O>(
  { schema, compute }: Computation<I, O>,
  body: unknown,
): O | (O | ErrorSlot)[] {
  if (!Array.isArray(body)) return compute(parseOrThrow(schema, body));
  return body.map((request: unknown): O | ErrorSlot => {
    const parsed = schema.safeParse(request);
    if (parsed.success) return compute(parsed.data);
    return { error: { code: 'VALIDATION_FAILED', issues: toIssues(parsed.error) } };
  });
}

/** Parses one request or throws 400 `VALIDATION_FAILED` with the CLI's issue paths as details. */
export function parseOrThrow<I>(schema: z.ZodType<I>, body: unknown): I {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'The request is not valid', toIssues(parsed.error));
  return parsed.data;
}
