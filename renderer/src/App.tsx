// The app frame: header, library pane and workspace (reader, comparison picker or comparison).
import { useState } from 'react';
import type { Article } from '../../shared/domain';
import { getApi } from './api/client';
import { useApi } from './api/useApi';
import { CheckClaim } from './check/CheckClaim';
import { ComparePicker } from './compare/ComparePicker';
import { CompareScreen } from './compare/CompareScreen';
import { LibraryPane } from './library/LibraryPane';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Workspace } from './workspace/Workspace';

export type Screen =
  | { readonly kind: 'read'; readonly id: number | null }
  | { readonly kind: 'pick'; readonly leftId: number | null }
  | { readonly kind: 'compare'; readonly leftId: number; readonly rightId: number }
  | { readonly kind: 'check'; readonly claim: string };

export function App() {
  const [info, reloadInfo] = useApi(() => getApi().appInfo({}), []);
  const [screen, setScreen] = useState<Screen>({ kind: 'read', id: null });
  const [version, setVersion] = useState(0);
  const [trashed, setTrashed] = useState<Article | null>(null);
  const changed = () => {
    setVersion((v) => v + 1);
    reloadInfo();
  };
  const selected = screen.kind === 'read' ? screen.id : null;
  return (
    <div className="app">
      <header className="app-header">
        <h1>Parallax</h1>
        {info.state === 'ready' && (
          <p className="app-info" title={info.value.libraryPath}>
            {info.value.articleCount} articles · {info.value.transport === 'browser' ? 'browser mode' : 'desktop'} · v
            {info.value.version}
          </p>
        )}
        {info.state === 'error' && (
          <p role="alert" className="app-info error">
            {info.message}{' '}
            <button type="button" onClick={reloadInfo}>
              Retry
            </button>
          </p>
        )}
        <nav className="app-actions" aria-label="Main">
          <button type="button" onClick={() => setScreen({ kind: 'check', claim: '' })}>
            Check a claim
          </button>{' '}
          <button type="button" className="primary" onClick={() => setScreen({ kind: 'pick', leftId: selected })}>
            Compare reports
          </button>
        </nav>
      </header>
      <div className="app-body">
        <ErrorBoundary area="library">
          <LibraryPane
            selectedId={selected}
            onSelect={(id) => setScreen({ kind: 'read', id })}
            version={version}
            onChanged={changed}
          />
        </ErrorBoundary>
        <ErrorBoundary area="workspace">
          {screen.kind === 'read' && (
            <Workspace
              articleId={screen.id}
              onCompare={(id) => setScreen({ kind: 'pick', leftId: id })}
              onChanged={changed}
              onDeleted={(a) => {
                setTrashed(a);
                setScreen({ kind: 'read', id: null });
                changed();
              }}
            />
          )}
          {screen.kind === 'pick' && (
            <ComparePicker
              initialLeft={screen.leftId}
              onOpen={(leftId, rightId) => setScreen({ kind: 'compare', leftId, rightId })}
            />
          )}
          {screen.kind === 'check' && <CheckClaim key={screen.claim} initialClaim={screen.claim} />}
          {screen.kind === 'compare' && (
            <main className="workspace compare-workspace">
              <CompareScreen
                key={`${screen.leftId}-${screen.rightId}`}
                leftId={screen.leftId}
                rightId={screen.rightId}
                onCheck={(claim) => setScreen({ kind: 'check', claim })}
              />
            </main>
          )}
        </ErrorBoundary>
      </div>
      {trashed && (
        <div className="toast" role="status">
          “{trashed.title}” moved to the trash.{' '}
          <button
            type="button"
            onClick={() =>
              void getApi()
                .restoreArticle({ id: trashed.id })
                .then(() => {
                  setTrashed(null);
                  setScreen({ kind: 'read', id: trashed.id });
                  changed();
                })
            }
          >
            Undo
          </button>{' '}
          <button type="button" aria-label="Dismiss" onClick={() => setTrashed(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
