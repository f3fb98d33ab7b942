import type { DashboardQuery } from '@leerlus/contracts/dashboard';
import {
  parseCaseMixCondition,
  type CaseMixCondition,
  type CaseMixFilter,
} from '@leerlus/domain/indicators/index';
import { AppError } from '../../http/errors';

/**
 * The case-mix filter of a dashboard or series request. Each `caseMix` parameter is parsed by the
 * domain (`code:value`, `code:min..max`); a malformed one answers 400 with its position.
 */
export function caseMixFromQuery(query: DashboardQuery): CaseMixFilter {
  const variables: CaseMixCondition[] = [];
  const details: { path: string; message: string }[] = [];
  (query.caseMix ?? []).forEach((raw, k) => {
    const parsed = parseCaseMixCondition(raw);
    if ('error' in parsed) details.push({ path: `querystring.caseMix.${k}`, message: parsed.error });
    else variables.push(parsed);
  });
  if (details.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid', details);
  return { ageMin: query.ageMin, ageMax: query.ageMax, sex: query.sex, variables };
}
