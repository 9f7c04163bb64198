// A verdict mark as the texts show it (icon, underline, colour), for legends, the guide and the details panel.
import type { ReactNode } from 'react';
import { MARK_STYLE, type Mark } from '../../../shared/presentation/verdicts';
import styles from './marks.module.css';

export function MarkSample({ mark, children }: { readonly mark: Mark; readonly children: ReactNode }) {
  return (
    <span className={`${styles.sample} ${styles.mark}`} data-mark={mark}>
      <span className={styles.icon} aria-hidden="true">
        {MARK_STYLE[mark].icon}
      </span>
      {children}
    </span>
  );
}
