import {
  dashboardSchema,
  indicatorSeriesSchema,
  type Dashboard,
  type IndicatorSeries,
} from '@leerlus/contracts/dashboard';
import {
  drillDownSchema,
  organisationOverviewSchema,
  type DrillDown,
  type OrganisationOverview,
} from '@leerlus/contracts/dashboard-views';
import { dataQualitySchema, type DataQuality } from '@leerlus/contracts/data-quality';
import { API_PREFIX, request } from './client';

/** The dashboard's filters as the API takes them (repeatable `sex` and `caseMix`). */
export interface DashboardFilters {
  from?: string;
  to?: string;
  ageMin?: number;
  ageMax?: number;
  sex?: readonly string[];
  /** `code:value` or `code:min..max`. */
  caseMix?: readonly string[];
}

/** The filters as a query string (without "?"), empty values left out, repeated keys for lists. */
export function filterSearch(filters: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.ageMin !== undefined) params.set('ageMin', String(filters.ageMin));
  if (filters.ageMax !== undefined) params.set('ageMax', String(filters.ageMax));
  for (const s of filters.sex ?? []) params.append('sex', s);
  for (const c of filters.caseMix ?? []) params.append('caseMix', c);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

const withSearch = (path: string, search: string) => (search ? `${path}?${search}` : path);

/** `GET /teams/:teamId/dashboard`: the summary icon table's rows with data quality and case-mix fields. */
export const getDashboard = (teamId: string, filters: DashboardFilters): Promise<Dashboard> =>
  request(dashboardSchema, withSearch(`/teams/${teamId}/dashboard`, filterSearch(filters)));

/** `GET /teams/:teamId/indicators/:indicatorId/series`: every period and the SPC result. */
export const getSeries = (
  teamId: string,
  indicatorId: string,
  filters: DashboardFilters,
): Promise<IndicatorSeries> =>
  request(
    indicatorSeriesSchema,
    withSearch(`/teams/${teamId}/indicators/${indicatorId}/series`, filterSearch(filters)),
  );

/** `GET /teams/:teamId/data-quality`: the worst gaps first. */
export const getDataQuality = (
  teamId: string,
  filters: Pick<DashboardFilters, 'from' | 'to'>,
): Promise<DataQuality> =>
  request(
    dataQualitySchema,
    withSearch(`/teams/${teamId}/data-quality`, filterSearch({ from: filters.from, to: filters.to })),
  );

/** `GET /teams/:teamId/indicators/:indicatorId/patients`: the observations behind one period (audited). */
export const getDrillDown = (
  teamId: string,
  indicatorId: string,
  period: string,
  filters: DashboardFilters,
): Promise<DrillDown> =>
  request(
    drillDownSchema,
    withSearch(
      `/teams/${teamId}/indicators/${indicatorId}/patients`,
      filterSearch({ ...filters, from: undefined, to: undefined }, { period }),
    ),
  );

/** `GET /organisations/:organisationId/overview`: indicators × teams. */
export const getOverview = (
  organisationId: string,
  filters: Pick<DashboardFilters, 'from' | 'to'>,
): Promise<OrganisationOverview> =>
  request(
    organisationOverviewSchema,
    withSearch(
      `/organisations/${organisationId}/overview`,
      filterSearch({ from: filters.from, to: filters.to }),
    ),
  );

/** The download address of a chart's data (CSV with `,` or `;`, or XLSX), with the dashboard's filters. */
export function seriesExportUrl(
  teamId: string,
  indicatorId: string,
  filters: DashboardFilters,
  format: 'csv' | 'xlsx',
  delimiter: 'comma' | 'semicolon' = 'comma',
): string {
  return `${API_PREFIX}/teams/${teamId}/indicators/${indicatorId}/series/export?${filterSearch(filters, { format, delimiter })}`;
}
