// A modal dialog on the native <dialog>: focus moves in and is kept there, Escape closes it, the page behind is
// inert, and focus returns to where it was when it closes.
import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Dialog.module.css';

export function Dialog({
  title,
  onClose,
  children,
  wide = false,
  footer,
}: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly wide?: boolean;
  /** The dialog's buttons; a Close button when none are given. */
  readonly footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useEffectEvent(() => onClose());
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const before = document.activeElement as HTMLElement | null;
    // jsdom has no showModal; an open dialog is enough there.
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
    // The button marked data-autofocus (the safe or expected choice) takes focus, else the first control.
    el.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const cancel = (e: Event) => {
      e.preventDefault();
      close();
    };
    el.addEventListener('cancel', cancel);
    return () => {
      el.removeEventListener('cancel', cancel);
      if (typeof el.close === 'function' && el.open) el.close();
      before?.focus?.({ preventScroll: true });
    };
  }, []);
  return (
    <dialog ref={ref} className={`${styles.dialog} ${wide ? styles.wide : ''}`} aria-labelledby={titleId}>
      <header className={styles.head}>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className={styles.close} aria-label={t('action.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className={styles.body}>{children}</div>
      <footer className={styles.foot}>
        {footer ?? (
          <button type="button" className="primary" onClick={onClose} data-autofocus>
            {t('action.close')}
          </button>
        )}
      </footer>
    </dialog>
  );
}
