// A button that shows a small panel below it (a disclosure, not a modal): Escape or a click elsewhere closes it
// and gives focus back to the button. Used for Help, Settings, Export and the framing glossary.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import styles from './Popover.module.css';

export function Popover({
  label,
  title,
  children,
  align = 'end',
  className,
}: {
  /** What the button shows. */
  readonly label: ReactNode;
  /** The button's accessible name when the label is not enough. */
  readonly title?: string;
  /** The panel's content; a function gets a way to close it (after choosing something). */
  readonly children: ReactNode | ((close: () => void) => ReactNode);
  readonly align?: 'start' | 'end';
  readonly className?: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttonId = `${id}-button`;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  const close = () => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  };
  return (
    <div
      ref={root}
      className={`${styles.root} ${className ?? ''}`}
      onKeyDown={(e) => {
        if (open && e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        id={buttonId}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={title}
        title={title}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <div id={id} className={`${styles.panel} ${align === 'start' ? styles.start : styles.end}`} hidden={!open}>
        {open && (typeof children === 'function' ? children(close) : children)}
      </div>
    </div>
  );
}

export interface MenuItem {
  readonly key: string;
  readonly label: ReactNode;
  readonly onSelect: () => void;
}

/** A popover that is a short list of actions: choosing one closes it, then acts. */
export function MenuPopover({
  label,
  items,
  listLabel,
}: {
  readonly label: ReactNode;
  readonly items: readonly MenuItem[];
  /** The list's accessible name, when the button's is not enough. */
  readonly listLabel?: string;
}) {
  return (
    <Popover label={label}>
      {(close) => (
        <ul className={styles.menu} aria-label={listLabel}>
          {items.map((item) => (
            <li key={item.key}>
              <button
                type="button"
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Popover>
  );
}
