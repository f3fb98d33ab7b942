/**
 * Engine results for component tests, generated once with the API's explain function
 * (POST /api/v1/spc/explain) and the funnel engine: the web app never computes statistics itself.
 * Parsed with the contracts' schemas, so a stale fixture fails loudly.
 */
import { funnelResultSchema } from '@leerlus/contracts/funnel';
import { spcExplainedSchema } from '@leerlus/contracts/spc-explain';
import funnelJson from './funnel.json';
import pPhasesJson from './p-phases.json';
import xmrShiftJson from './xmr-shift.json';

/** XmR, 22 points labelled 2024-01…, a clear upward shift from point 13, improvement = increase, target 13, preset mdc. */
export const xmrShift = spcExplainedSchema.parse(xmrShiftJson);

/** p chart ×100, varying denominators, a phase from index 10, index 4 excluded, a missing last point, decrease is better. */
export const pPhases = spcExplainedSchema.parse(pPhasesJson);

/** Proportions ×100 of six units with a curve; Gamma is low and Delta high at both levels. */
export const funnelResult = funnelResultSchema.parse(funnelJson);
