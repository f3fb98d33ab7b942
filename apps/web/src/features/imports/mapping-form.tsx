import type { ColumnMapping, ImportField, ImportKind } from '@leerlus/contracts/imports';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { listImportProfiles, saveImportProfile } from '../../api/imports';
import { queryKeys } from '../../api/query-keys';
import { errorMessage } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Select } from '../../ui/select';
import { TextField } from '../../ui/text-field';

interface MappingFormProps {
  teamId: string;
  kind: ImportKind;
  headers: readonly string[];
  fields: readonly ImportField[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** One dropdown per field (which column holds it), and named profiles to load or save the mapping. */
export function MappingForm({ teamId, kind, headers, fields, mapping, onChange }: MappingFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const profiles = useQuery({
    queryKey: queryKeys.importProfiles(teamId),
    queryFn: () => listImportProfiles(teamId),
  });
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => {
      const existing = profiles.data?.find((p) => p.name === name.trim());
      return saveImportProfile(teamId, { name: name.trim(), kind, mapping }, existing?.id);
    },
    onSuccess: (profile) => {
      setSaved(profile.name);
      void queryClient.invalidateQueries({ queryKey: queryKeys.importProfiles(teamId) });
    },
  });
  const options = [
    { value: '', label: t('imports.mapping.unused') },
    ...headers.filter((h) => h !== '').map((h) => ({ value: h, label: h })),
  ];
  const ofKind = (profiles.data ?? []).filter((p) => p.kind === kind);

  const onSave = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() !== '') save.mutate();
  };

  return (
    <div className="stack">
      {ofKind.length > 0 && (
        <Select
          label={t('imports.profile.load')}
          value=""
          options={[
            { value: '', label: t('imports.profile.none') },
            ...ofKind.map((p) => ({ value: p.id, label: p.name })),
          ]}
          onChange={(e) => {
            const profile = ofKind.find((p) => p.id === e.target.value);
            if (profile) {
              // Only columns this file has.
              onChange(
                Object.fromEntries(Object.entries(profile.mapping).filter(([, h]) => headers.includes(h))),
              );
              setName(profile.name);
            }
          }}
        />
      )}
      <div className="imports-mapping">
        {fields.map((field) => (
          <Select
            key={field}
            label={t(`imports.field.${field}`)}
            value={mapping[field] ?? ''}
            options={options}
            onChange={(e) => {
              const rest = Object.entries(mapping).filter(([f]) => f !== field);
              onChange(Object.fromEntries(e.target.value === '' ? rest : [...rest, [field, e.target.value]]));
            }}
          />
        ))}
      </div>
      <form className="row imports-profile-save" onSubmit={onSave}>
        <TextField
          label={t('imports.profile.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={100}
        />
        <Button type="submit" isBusy={save.isPending} disabled={name.trim() === ''}>
          {t('imports.profile.save')}
        </Button>
      </form>
      {saved && (
        <p role="status" className="muted">
          {t('imports.profile.saved', { name: saved })}
        </p>
      )}
      {save.error && (
        <p className="callout callout-danger" role="alert">
          {errorMessage(t, save.error)}
        </p>
      )}
    </div>
  );
}
