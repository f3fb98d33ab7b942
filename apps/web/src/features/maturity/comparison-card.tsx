import type { InstrumentSummary } from '@leerlus/contracts/maturity';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getComparison, getSharing, maturityKeys, setSharing } from '../../api/maturity';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Card } from '../../ui/card';
import { Select } from '../../ui/select';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { percent } from './format';

/** The organisation's teams side by side (anonymised when they do not share) and the team's sharing choice. */
export function ComparisonCard({ teamId, instruments }: { teamId: string; instruments: readonly InstrumentSummary[] }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [instrumentId, setInstrumentId] = useState(instruments.find((i) => i.key === 'quickscan')?.id ?? instruments[0]?.id ?? '');
  const comparison = useQuery({ queryKey: maturityKeys.comparison(teamId, instrumentId), queryFn: () => getComparison(teamId, instrumentId), enabled: instrumentId !== '' });
  const sharing = useQuery({ queryKey: maturityKeys.sharing(teamId), queryFn: () => getSharing(teamId) });
  const toggle = useMutation({
    mutationFn: (shares: boolean) => setSharing(teamId, shares),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: maturityKeys.all(teamId) }),
  });
  const c = comparison.data;
  const themes = instruments.find((i) => i.id === instrumentId);
  return (
    <Card title={t('maturity.comparison')}>
      <div className="row maturity-comparison-controls">
        <Select label={t('maturity.col.instrument')} value={instrumentId} onChange={(e) => setInstrumentId(e.target.value)} options={instruments.map((i) => ({ value: i.id, label: i.title[locale] }))} />
        <label className="maturity-check">
          <input type="checkbox" checked={sharing.data?.sharesComparison ?? false} disabled={sharing.isPending || toggle.isPending} onChange={(e) => toggle.mutate(e.target.checked)} />
          {t('maturity.sharing')}
        </label>
      </div>
      <p className="muted">{t('maturity.sharingHint')}</p>
      {toggle.error && <p className="callout callout-danger" role="alert">{errorMessage(t, toggle.error)}</p>}
      {comparison.isPending && instrumentId !== '' && <Spinner />}
      {comparison.error && <p className="callout callout-danger" role="alert">{errorMessage(t, comparison.error)}</p>}
      {c && themes && (
        <>
          {c.own?.rank != null && <p>{t('maturity.comparison.position', { rank: c.own.rank, of: c.own.of })}</p>}
          <p>{t('maturity.comparison.spread', { min: percent(c.overall.min), median: percent(c.overall.median), max: percent(c.overall.max) })}</p>
          <Table
            caption={t('maturity.comparison')}
            rows={c.entries}
            rowKey={(e) => e.teamId ?? `anon-${e.label}`}
            columns={[
              {
                key: 'team',
                header: t('maturity.comparison.team'),
                isRowHeader: true,
                cell: (e) => (e.isAnonymous ? t('maturity.comparison.anonymous', { label: e.label }) : e.isOwn ? <strong>{`${e.label} ${t('maturity.comparison.own')}`}</strong> : e.label),
              },
              { key: 'overall', header: t('maturity.col.score'), align: 'end', cell: (e) => percent(e.overallPercent) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
