import { useEffect, useRef } from 'react';
import type { InvitationCreated } from '../../api/teams';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { useToast } from '../../ui/toast';
import { copyText } from './copy-text';

/** The freshly created invitation link. The server will not show it again, so it is said plainly. */
export function InvitationLink({
  invitation,
  onDone,
}: {
  invitation: InvitationCreated;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const inputRef = useRef<HTMLInputElement>(null);
  const url = new URL(invitation.url, window.location.origin).toString();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const copy = async () => {
    if (await copyText(url)) toast.show(t('common.copied'));
    else inputRef.current?.select();
  };

  return (
    <div className="stack">
      <div className="callout callout-success" role="status">
        <p>
          <strong>{t('team.inviteLinkTitle', { email: invitation.email })}</strong>
        </p>
        <p>{t('team.inviteLinkOnce')}</p>
      </div>
      <div className="invite-link">
        <TextField ref={inputRef} label={t('team.inviteLinkLabel')} value={url} readOnly className="mono" />
        <Button variant="primary" onClick={() => void copy()}>
          {t('common.copy')}
        </Button>
      </div>
      <div>
        <Button onClick={onDone}>{t('team.inviteDone')}</Button>
      </div>
    </div>
  );
}
