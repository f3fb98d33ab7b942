import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field } from './field';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled text input; hint and error are announced through aria-describedby. */
export function TextField({ label, hint, error, id, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id}>
      {({ id: controlId, describedBy, invalid }) => (
        <input
          {...input}
          id={controlId}
          className={['input', className].filter(Boolean).join(' ')}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </Field>
  );
}
