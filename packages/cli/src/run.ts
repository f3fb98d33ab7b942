import type { z } from 'zod';
import { toIssues, type Issue } from '@leerlus/contracts';

/** A CLI command: the boundary schema and the pure function behind it. */
export interface Command<I, O> {
  schema: z.ZodType<I>;
  compute: (input: I) => O;
}

export type Outcome =
  | { kind: 'ok'; output: unknown }
  | { kind: 'invalid'; lines: string[] }
  | { kind: 'partial'; output: unknown[] };

/** Error slot for an invalid request inside an array (contract: the others are still computed). */
interface ErrorSlot {
  error: { code: 'VALIDATION_FAILED'; issues: Issue[] };
}

/**
 * Validates and computes one request or an array of requests.
 * - one request, invalid → one line per problem ("field: reason")
 * - array → results in order; an invalid slot holds { error: { code, issues } } and the outcome is partial
 */
export function runCommand<I, O>(command: Command<I, O>, input: unknown): Outcome {
  if (!Array.isArray(input)) {
    const parsed = command.schema.safeParse(input);
    if (!parsed.success) return { kind: 'invalid', lines: toIssues(parsed.error).map((i) => `${i.path}: ${i.message}`) };
    return { kind: 'ok', output: command.compute(parsed.data) };
  }
  let anyInvalid = false;
  const output: (O | ErrorSlot)[] = input.map((request) => {
    const parsed = command.schema.safeParse(request);
    if (parsed.success) return command.compute(parsed.data);
    anyInvalid = true;
    return { error: { code: 'VALIDATION_FAILED', issues: toIssues(parsed.error) } };
  });
  return anyInvalid ? { kind: 'partial', output } : { kind: 'ok', output };
}
