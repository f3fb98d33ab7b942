import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { CalculatorForm } from './calculator-form';
import { CalculatorResults } from './calculator-results';
import { useCalculator } from './use-calculator';
import './calculator.css';

/**
 * The SPC calculator (any logged-in user, nothing stored): paste or upload a series, choose the chart and
 * conventions, and see the chart, icons, signals with their explanations, warnings and a suggested rebase;
 * export the chart (PNG, SVG) and the result (CSV). The server computes.
 */
export function CalculatorPage() {
  const { t } = useI18n();
  const calc = useCalculator();
  return (
    <>
      <PageHeader title={t('calc.title')} description={t('calc.intro')} />
      <div className="calc-page">
        <Card title={t('calc.settings')}>
          <CalculatorForm
            data={calc.data}
            onDataChange={calc.setData}
            settings={calc.settings}
            onSettingsChange={calc.setSettings}
            errors={calc.errors}
            pointCount={calc.parsed.ok ? calc.parsed.series.values.length : null}
            isBusy={calc.isBusy}
            onSubmit={calc.calculate}
          />
        </Card>
        {(calc.failure || calc.isInvalid) && (
          <p className="callout callout-danger" role="alert">
            {calc.isInvalid ? t('error.validation') : errorMessage(t, calc.failure)}
          </p>
        )}
        {calc.explained ? (
          <CalculatorResults
            explained={calc.explained}
            target={calc.target}
            onApplyRebase={calc.applyRebase}
          />
        ) : (
          !calc.failure && !calc.isInvalid && <EmptyState title={t('calc.empty')} />
        )}
      </div>
    </>
  );
}
