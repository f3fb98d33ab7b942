import { useI18n } from '../../i18n/i18n-context';
import { Field } from '../../ui/field';
import { TextField } from '../../ui/text-field';

export interface TeamDraft {
  name: string;
  description: string;
}

/** Name + description inputs shared by "new team" and "edit team". */
export function TeamFields({
  draft,
  onChange,
  nameError,
}: {
  draft: TeamDraft;
  onChange: (draft: TeamDraft) => void;
  nameError?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('adminTeams.name')}
        hint={t('adminTeams.nameHint')}
        value={draft.name}
        maxLength={120}
        onChange={(e) => onChange({ ...draft, name: e.target.value })}
        error={nameError}
        required
      />
      <Field label={t('adminTeams.description')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            className="input"
            rows={3}
            maxLength={2000}
            aria-describedby={describedBy}
            value={draft.description}
            onChange={(e) => onChange({ ...draft, description: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** The contract's minimum: a team name has at least 2 characters. */
export const isTeamNameValid = (name: string) => name.trim().length >= 2;
