// The app frame: providers (queries, language), the header, the library pane and the workspace, which shows the
// screen the address names (app/routes.ts); the first-run guide, the shortcuts overlay and the trash toast.
import { QueryClientProvider, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain';
import { getApi } from './api/client';
import { invalidateLibrary, makeQueryClient, useSettings } from './api/queries';
import { AppHeader, type HelpScreen } from './app/AppHeader';
import { ConnectionBanner } from './app/ConnectionBanner';
import { Guide, ShortcutsHelp } from './app/HelpDialogs';
import type { Route } from './app/routes';
import { useUpdateSettings } from './app/SettingsMenu';
import { useInterfaceLanguage } from './app/useInterfaceLanguage';
import { navigate, useRoute } from './app/useRoute';
import { Welcome } from './app/Welcome';
import { CheckClaim } from './check/CheckClaim';
import { ComparePicker } from './compare/ComparePicker';
import { CompareScreen } from './compare/CompareScreen';
import { i18n } from './i18n';
import { LexiconScreen } from './lexicon/LexiconScreen';
import { LibraryPane } from './library/LibraryPane';
import { StoryScreen } from './story/StoryScreen';
import { isTyping } from './shell/keys';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Reader } from './workspace/Reader';
import ui from './shell/common.module.css';
import styles from './App.module.css';

export function App({ queryClient }: { readonly queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <Frame />
      </I18nextProvider>
    </QueryClientProvider>
  );
}

function Frame() {
  const { t } = useTranslation();
  const route = useRoute();
  const { settled } = useInterfaceLanguage();
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  const [help, setHelp] = useState<HelpScreen | null>(null);
  const [trashed, setTrashed] = useState<Article | null>(null);
  // A comparison and a story's matrix take the window's width: there the library folds to a rail unless the
  // researcher opens it.
  const [libraryInCompare, setLibraryInCompare] = useState(false);
  const comparing = route.name === 'compare' || route.name === 'story';
  const libraryFolded = comparing && !libraryInCompare;
  const onCollapse = useCallback((folded: boolean) => setLibraryInCompare(!folded), []);

  // The guide opens by itself once, on a library that has never shown it.
  const firstRun = settings.data?.guideSeen === false;
  const showing = help ?? (firstRun ? 'guide' : null);
  const closeHelp = () => {
    if (showing === 'guide' && firstRun) updateSettings.mutate({ guideSeen: true });
    setHelp(null);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setHelp('shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    const off = window.parallaxShell?.onCommand((command) => {
      if (command === 'back') window.history.back();
      else if (command === 'forward') window.history.forward();
      else if (command === 'show-guide') setHelp('guide');
      else if (command === 'show-shortcuts') setHelp('shortcuts');
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off?.();
    };
  }, []);

  if (!settled) return <div className={styles.app} aria-busy="true" />;
  return (
    <div className={styles.app}>
      <AppHeader current={route.name} onHelp={setHelp} />
      <ConnectionBanner />
      <div className={`${styles.body} ${libraryFolded ? styles.folded : ''}`}>
        <ErrorBoundary area="library">
          <LibraryPane
            selectedId={route.name === 'article' ? route.id : null}
            collapsed={libraryFolded}
            {...(comparing ? { onCollapse } : {})}
          />
        </ErrorBoundary>
        <ErrorBoundary area="workspace" key={route.name}>
          <Workspace route={route} onGuide={() => setHelp('guide')} onTrashed={setTrashed} />
        </ErrorBoundary>
      </div>
      {trashed && <TrashToast article={trashed} onDone={() => setTrashed(null)} />}
      {showing === 'guide' && <Guide onClose={closeHelp} />}
      {showing === 'shortcuts' && <ShortcutsHelp onClose={closeHelp} />}
      <p className={ui.visuallyHidden} aria-live="polite">
        {t('a11y.screen', { screen: t(`a11y.route.${route.name}`) })}
      </p>
    </div>
  );
}

function Workspace({
  route,
  onGuide,
  onTrashed,
}: {
  readonly route: Route;
  readonly onGuide: () => void;
  readonly onTrashed: (a: Article) => void;
}) {
  switch (route.name) {
    case 'home':
      return <Welcome onGuide={onGuide} />;
    case 'article':
      return <Reader key={route.id} articleId={route.id} onTrashed={onTrashed} />;
    case 'pick':
      return <ComparePicker key={route.left ?? 0} initialLeft={route.left ?? null} />;
    case 'compare':
      return (
        <CompareScreen key={`${route.left}-${route.right}`} left={route.left} right={route.right} claim={route.claim} />
      );
    case 'story':
      return (
        <StoryScreen
          key={`${route.story}?${route.articles?.join(',') ?? ''}`}
          story={route.story}
          {...(route.articles ? { articles: route.articles } : {})}
        />
      );
    case 'lexicon':
      return <LexiconScreen />;
    case 'check':
      return <CheckClaim key={route.claim ?? ''} initialClaim={route.claim ?? ''} from={route.from} />;
  }
}

function TrashToast({ article, onDone }: { readonly article: Article; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const restore = useMutation({
    mutationFn: () => getApi().restoreArticle({ id: article.id }),
    onSuccess: async () => {
      onDone();
      await invalidateLibrary(client);
      navigate({ name: 'article', id: article.id });
    },
  });
  return (
    <div className={styles.toast} role="status">
      {t('library.trashed', { title: article.title })}{' '}
      <button type="button" onClick={() => restore.mutate()} disabled={restore.isPending}>
        {t('action.undo')}
      </button>{' '}
      <button type="button" aria-label={t('action.dismiss')} onClick={onDone}>
        ×
      </button>
    </div>
  );
}
