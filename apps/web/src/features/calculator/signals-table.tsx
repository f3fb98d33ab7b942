import type { SpcExplained } from '@leerlus/contracts/spc-explain';
import { useI18n } from '../../i18n/i18n-context';
import type { NumberFormatter } from '../charts/format';
import { glyphFor, markerFor, SPC_COLOURS } from '../charts/spc-style';
import { signalRows, type SignalRow } from './signal-rows';

interface SignalsTableProps {
  explained: SpcExplained;
  format: NumberFormatter;
}

const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/**
 * The flagged points with their type (marker glyph and name) and the engine's sentences saying why;
 * consecutive points flagged for the same reasons share one row.
 */
export function SignalsTable({ explained, format }: SignalsTableProps) {
  const { t } = useI18n();
  const { result } = explained;
  const rows = signalRows(explained);
  if (rows.length === 0) return <p className="callout callout-info">{t('calc.noSignals')}</p>;
  // Without labels of its own the series is labelled with point numbers: no need to show them twice.
  const hasLabels = result.points.some((p) => p.label !== null && p.label !== String(p.index + 1));
  const label = (k: number) => result.points[k]?.label ?? String(k + 1);
  const value = (row: SignalRow) =>
    row.min === null || row.max === null ? t('spc.missing') : range(format(row.min), format(row.max));
  return (
    <div className="table-wrap" role="region" aria-label={t('calc.signals')} tabIndex={0}>
      <table className="table calc-signals">
        <caption className="visually-hidden">{t('calc.signals')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calc.signal.point')}</th>
            {hasLabels && <th scope="col">{t('calc.signal.label')}</th>}
            <th scope="col" className="align-end">
              {t('calc.signal.value')}
            </th>
            <th scope="col">{t('calc.signal.type')}</th>
            <th scope="col">{t('calc.signal.why')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.from}>
              <th scope="row" className="nowrap">
                {range(String(row.from + 1), String(row.to + 1))}
              </th>
              {hasLabels && <td className="nowrap">{range(label(row.from), label(row.to))}</td>}
              <td className="align-end nowrap">{value(row)}</td>
              <td className="nowrap">
                <span
                  style={{
                    color: row.type === 'common' ? SPC_COLOURS.common : markerFor(row.type, row.side).colour,
                  }}
                  aria-hidden="true"
                >
                  {glyphFor(row.type, row.side)}
                </span>{' '}
                {t(`spc.type.${row.type}`)}
              </td>
              <td>
                <ul className="calc-reasons">
                  {row.sentences.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
