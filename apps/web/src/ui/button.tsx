import type { ComponentPropsWithRef } from 'react';
import './controls.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  /** Shows a busy state and blocks repeated submits. */
  isBusy?: boolean;
}

/** A button with a 44px touch target. Defaults to type="button" so it never submits a form by accident. */
export function Button({
  variant = 'secondary',
  isBusy = false,
  className,
  disabled,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')}
      disabled={disabled || isBusy}
      aria-busy={isBusy || undefined}
    >
      {isBusy && <span className="btn-spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
