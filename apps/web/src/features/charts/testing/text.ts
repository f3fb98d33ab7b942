import { translate, type Translate } from '../../../i18n/translate';
import type { ChartOption, LineSeriesOption, ScatterSeriesOption } from '../echarts-setup';

/** The message catalogue of one language as a `t` function (no React needed). */
export const tIn =
  (locale: 'nl' | 'en'): Translate =>
  (key, ...params) =>
    translate(locale, key, ...params);

type Series = LineSeriesOption | ScatterSeriesOption;

/** The series of an option as a list. */
export function seriesOf(option: ChartOption): Series[] {
  const series = option.series;
  if (!Array.isArray(series)) throw new Error('expected a series array');
  return series;
}

/** One series by id. */
export function seriesById(option: ChartOption, id: string): Series {
  const found = seriesOf(option).find((s) => s.id === id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
}
