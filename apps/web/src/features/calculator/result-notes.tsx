import type { SpcExplained } from '@leerlus/contracts/spc-explain';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';

interface ResultNotesProps {
  explained: SpcExplained;
  /** Adds the suggested phase start (0-based) to the phases and recalculates. */
  onApplyRebase: (index: number) => void;
}

/**
 * What the user should know about the result: warnings (trial limits…), the engine's notes on the chart and
 * its phases, and a suggested rebase with a button — a rebase is never applied automatically.
 */
export function ResultNotes({ explained, onApplyRebase }: ResultNotesProps) {
  const { t } = useI18n();
  const { result, explanations } = explained;
  // Trial limits are explained per phase by the engine; the other warning codes have no sentence of their own.
  const codes = [...new Set([...result.warnings, ...result.phases.flatMap((p) => p.warnings)])].filter(
    (w) => w !== 'trial-limits',
  );
  const prefix = (phase: number, s: string) =>
    result.phases.length > 1 ? `${t('spc.phase', { n: phase + 1 })}: ${s}` : s;
  const warnings = [
    ...explanations.phases.flatMap((p) => p.sentences.map((s) => prefix(p.phase, s))),
    ...codes.map((w) => t(`calc.warning.${w}`)),
  ];
  const notes = explanations.chart;
  const rebase = explanations.rebase;
  return (
    <>
      {warnings.length > 0 && (
        <div className="callout callout-warning" role="status">
          <ul className="calc-list">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <div className="callout callout-info">
          <p className="calc-note-title">{t('calc.notes')}</p>
          <ul className="calc-list">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {rebase && (
        <div className="callout calc-rebase" role="status">
          <p className="calc-note-title">{t('calc.rebase')}</p>
          <p>{rebase.sentence}</p>
          <p className="muted">{t('calc.rebaseHint')}</p>
          <Button onClick={() => onApplyRebase(rebase.index)}>{t('calc.rebaseApply')}</Button>
        </div>
      )}
    </>
  );
}
