import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import './toast.css';

export type ToastTone = 'success' | 'error' | 'info';
interface ToastItem {
  id: number;
  tone: ToastTone;
  message: string;
}
interface ToastApi {
  show: (message: string, tone?: ToastTone) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
/** Long enough to read a sentence twice (WCAG 2.2.1 allows dismissing by hand as well). */
const TOAST_MS = 6000;

/**
 * Short confirmations and errors after an action. Success/info messages sit in a polite live
 * region, errors in an assertive one; each can be dismissed and disappears after a few seconds.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setItems((all) => all.filter((item) => item.id !== id)), []);
  const show = useCallback(
    (message: string, tone: ToastTone = 'success') => {
      const id = nextId.current++;
      setItems((all) => [...all, { id, tone, message }]);
      window.setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  const render = (tone: 'polite' | 'assertive') => (
    <div
      className="toast-region"
      role={tone === 'assertive' ? 'alert' : 'status'}
      aria-live={tone}
      aria-label={t('toast.region')}
    >
      {items
        .filter((item) => (item.tone === 'error') === (tone === 'assertive'))
        .map((item) => (
          <div key={item.id} className={`toast toast-${item.tone}`}>
            <span>{item.message}</span>
            <button
              type="button"
              className="btn btn-ghost toast-close"
              aria-label={t('toast.dismiss')}
              onClick={() => dismiss(item.id)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ))}
    </div>
  );
  return (
    <ToastContext value={api}>
      {children}
      <div className="toast-stack">
        {render('assertive')}
        {render('polite')}
      </div>
    </ToastContext>
  );
}

export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}
