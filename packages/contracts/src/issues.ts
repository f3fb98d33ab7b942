import type { z } from 'zod';

/** One validation problem: the field (dotted path from the root, e.g. "values.3") and what is wrong. */
export interface Issue {
  path: string;
  message: string;
}

/** zod issues → stable {path, message} pairs, shared by the CLI and the API's 400 responses. */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.length > 0 ? i.path.map(String).join('.') : '(root)', message: i.message }));
}
