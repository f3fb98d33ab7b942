import { z } from 'zod';
import { errorBodySchema } from '@leerlus/contracts';
import { funnelRequestSchema, funnelResultSchema } from '@leerlus/contracts/funnel';
import { spcRequestSchema, spcResultSchema } from '@leerlus/contracts/spc';

/**
 * OpenAPI shapes of the statistics routes. The request schemas are the contracts' (the same the CLI
 * uses); the routes validate with them in the handler so that the 400 details carry exactly the
 * CLI's `{path, message}` pairs (see routes.ts).
 */

const issueSchema = z.object({ path: z.string().describe('e.g. "values.3", "(root)"'), message: z.string() });

/** The slot of an invalid request in an array answer. */
export const errorSlotSchema = z
  .object({ error: z.object({ code: z.literal('VALIDATION_FAILED'), issues: z.array(issueSchema) }) })
  .describe('An invalid request of the array: its problems; the other requests are still computed');

/** The 400 answer: `details` lists every problem as `{path, message}`, the CLI's stderr lines. */
export const validationErrorSchema = errorBodySchema.extend({ details: z.array(issueSchema).optional() });

const oneOrMany = <T extends z.ZodType>(request: T) => z.union([request, z.array(request)]);
const resultOrSlots = <T extends z.ZodType>(result: T) =>
  z.union([result, z.array(z.union([result, errorSlotSchema]))]);

export const spcBodySchema = oneOrMany(spcRequestSchema);
export const spcResponseSchema = resultOrSlots(spcResultSchema);
export const funnelBodySchema = oneOrMany(funnelRequestSchema);
export const funnelResponseSchema = resultOrSlots(funnelResultSchema);

export const BATCH_DESCRIPTION = [
  'Stateless and public: a pure computation on the data in the body; nothing is stored or logged.',
  'The body is one request or a JSON array of requests (one call for a whole board), exactly as for the CLI',
  '(`npx leerlus spc|funnel --input file.json`), which uses the same schemas and engine.',
  'One invalid request: 400 `VALIDATION_FAILED` with `details: [{path, message}]`, the same pairs the CLI prints',
  'as `path: message` on stderr (paths are dotted and 0-based, e.g. `values.3`; `(root)` for the request itself).',
  'An array: 200 with one slot per request in order; an invalid request\u2019s slot holds',
  '`{ "error": { "code": "VALIDATION_FAILED", "issues": [{path, message}] } }` and the others are computed',
  '(the CLI exits 2 in that case). The body size is limited by the server\u2019s BODY_LIMIT_BYTES.',
].join(' ');
