import type { SpcResult } from '@leerlus/contracts/spc';
import { useI18n } from '../../i18n/i18n-context';
import type { NumberFormatter } from './format';
import { glyphFor, sideOf } from './spc-style';

const MAX_ROWS = 500;

interface SpcDataTableProps {
  result: SpcResult;
  format: NumberFormatter;
  explanations: ReadonlyMap<number, readonly string[]>;
}

/** The chart's data as a table for screen readers (visually hidden): the text alternative of the chart. */
export function SpcDataTable({ result, format, explanations }: SpcDataTableProps) {
  const { t } = useI18n();
  const rows = result.points.slice(0, MAX_ROWS);
  return (
    <div className="visually-hidden">
      <table>
        <caption>
          {t('spc.tableCaption')}
          {result.points.length > MAX_ROWS && ` ${t('spc.tableTruncated', { count: MAX_ROWS })}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('calc.signal.point')}</th>
            <th scope="col">{t('calc.signal.label')}</th>
            <th scope="col">{t('spc.value')}</th>
            <th scope="col">{t('spc.centre')}</th>
            <th scope="col">{t('spc.limits')}</th>
            <th scope="col">{t('spc.type')}</th>
            <th scope="col">{t('calc.signal.why')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.index}>
              <th scope="row">{p.index + 1}</th>
              <td>{p.label ?? ''}</td>
              <td>{p.value === null ? t('spc.missing') : format(p.value)}</td>
              <td>{format(p.centre)}</td>
              <td>
                {p.lower === null && p.upper === null ? '—' : `${format(p.lower)} – ${format(p.upper)}`}
              </td>
              <td>
                {glyphFor(p.type, sideOf(p))} {t(`spc.type.${p.type}`)}
                {p.excluded && ` (${t('spc.excluded')})`}
              </td>
              <td>{(explanations.get(p.index) ?? []).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
