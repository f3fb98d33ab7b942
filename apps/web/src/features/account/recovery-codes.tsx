import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { useToast } from '../../ui/toast';
import { copyText } from '../teams/copy-text';

/** The recovery codes, shown once right after enabling MFA. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const headingRef = useRef<HTMLDivElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const copy = async () => {
    if (await copyText(codes.join('\n'))) toast.show(t('common.copied'));
  };
  return (
    <Card title={t('mfa.recoveryTitle')}>
      <div ref={headingRef} tabIndex={-1} className="callout callout-warning">
        <p>{t('mfa.recoveryIntro')}</p>
      </div>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="row">
        <Button onClick={() => void copy()}>{t('common.copy')}</Button>
        <Button variant="primary" onClick={onDone}>
          {t('mfa.recoverySaved')}
        </Button>
      </div>
    </Card>
  );
}
