// The window's header: the library in one line (or why it cannot be reached), the two ways into the work
// (check a claim, compare reports), Help and Settings.
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../api/queries';
import { errorMessage } from '../shell/errors';
import { formatRoute, type Route } from './routes';
import { SettingsMenu } from './SettingsMenu';
import { MenuPopover } from '../shell/Popover';
import styles from './AppHeader.module.css';

export type HelpScreen = 'guide' | 'shortcuts';

export function AppHeader({
  current,
  onHelp,
}: {
  /** The screen shown, so its way in is marked as the current one. */
  readonly current: Route['name'];
  readonly onHelp: (screen: HelpScreen) => void;
}) {
  const { t } = useTranslation();
  const info = useAppInfo();
  return (
    <header className={styles.header}>
      <h1>
        <a href={formatRoute({ name: 'home' })} className={styles.home}>
          Parallax
        </a>
      </h1>
      {info.isSuccess && (
        <p className={styles.info} title={info.data.libraryPath}>
          {t('header.info', {
            count: info.data.articleCount,
            mode: t(info.data.transport === 'browser' ? 'header.browserMode' : 'header.desktop'),
            version: info.data.version,
          })}
          {info.data.readOnly && <strong className={styles.readOnly}> · {t('header.readOnly')}</strong>}
        </p>
      )}
      {info.isError && (
        <p role="alert" className={`${styles.info} ${styles.error}`}>
          {errorMessage(info.error, t)}{' '}
          <button type="button" onClick={() => void info.refetch()}>
            {t('action.retry')}
          </button>
        </p>
      )}
      <nav className={styles.actions} aria-label={t('nav.label')}>
        <a
          className={styles.navLink}
          href={formatRoute({ name: 'lexicon' })}
          aria-current={current === 'lexicon' ? 'page' : undefined}
        >
          {t('nav.lexicon')}
        </a>
        <a
          className={styles.navLink}
          href={formatRoute({ name: 'check' })}
          aria-current={current === 'check' ? 'page' : undefined}
        >
          {t('nav.check')}
        </a>
        <a
          className={`${styles.navLink} ${styles.primary}`}
          href={formatRoute({ name: 'pick' })}
          aria-current={current === 'pick' || current === 'compare' ? 'page' : undefined}
        >
          {t('nav.compare')}
        </a>
        <MenuPopover
          label={t('help.title')}
          items={(['guide', 'shortcuts'] as const).map((screen) => ({
            key: screen,
            label: (
              <>
                {t(`help.${screen}`)} {screen === 'shortcuts' && <kbd>?</kbd>}
              </>
            ),
            onSelect: () => onHelp(screen),
          }))}
        />
        <SettingsMenu />
      </nav>
    </header>
  );
}
