import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filterSearch, type DashboardFilters } from '../../api/dashboard';

const toNumber = (value: string | null) =>
  value === null || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value);

/** The dashboard's filters live in the address (so the chart page, a reload and a shared link keep them). */
export function filtersFromSearch(params: URLSearchParams): DashboardFilters {
  return {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    ageMin: toNumber(params.get('ageMin')),
    ageMax: toNumber(params.get('ageMax')),
    sex: params.getAll('sex'),
    caseMix: params.getAll('caseMix'),
  };
}

/** The filters of the current address, their query string, and a setter that replaces them. */
export function useDashboardFilters() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(search)), [search]);
  const setFilters = (next: DashboardFilters) => setParams(new URLSearchParams(filterSearch(next)));
  return { filters, search: filterSearch(filters), setFilters };
}
