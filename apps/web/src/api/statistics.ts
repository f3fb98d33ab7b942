import type { Locale } from '@leerlus/contracts';
import { funnelResultSchema, type FunnelRequestBody, type FunnelResultBody } from '@leerlus/contracts/funnel';
import { spcResultSchema, type SpcRequestInput, type SpcResult } from '@leerlus/contracts/spc';
import { spcExplainedSchema, type SpcExplained } from '@leerlus/contracts/spc-explain';
import { request } from './client';

/**
 * The statistics engine over HTTP (public, stateless routes). The web app never computes statistics
 * itself: it sends the contract's request and renders the answer.
 */

/** `POST /spc/explain?locale=`: the chart plus the engine's explanations in the user's language. */
export const explainSpc = (body: SpcRequestInput, locale: Locale): Promise<SpcExplained> =>
  request(spcExplainedSchema, '/spc/explain', { method: 'POST', body, query: { locale } });

/** `POST /spc`: one chart, exactly the contract's result. */
export const computeSpc = (body: SpcRequestInput): Promise<SpcResult> =>
  request(spcResultSchema, '/spc', { method: 'POST', body });

/** `POST /funnel`: one funnel plot. */
export const computeFunnel = (body: FunnelRequestBody): Promise<FunnelResultBody> =>
  request(funnelResultSchema, '/funnel', { method: 'POST', body });

/** A problem of a request as the API reports it (400 `details`): the field path ("values.3") and the reason. */
export interface ApiIssue {
  path: string;
  message: string;
}

/** The `{path, message}` details of a 400 VALIDATION_FAILED error (empty for anything else). */
export function issuesOf(details: unknown): ApiIssue[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) =>
    typeof d === 'object' &&
    d !== null &&
    'path' in d &&
    'message' in d &&
    typeof d.path === 'string' &&
    typeof d.message === 'string'
      ? [{ path: d.path, message: d.message }]
      : [],
  );
}
