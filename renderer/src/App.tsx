// The app frame: header, library pane and workspace.
import { useState } from 'react';
import { getApi } from './api/client';
import { useApi } from './api/useApi';
import { LibraryPane } from './library/LibraryPane';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Workspace } from './workspace/Workspace';

export function App() {
  const [info, reloadInfo] = useApi(() => getApi().appInfo({}), []);
  const [selected, setSelected] = useState<number | null>(null);
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
      </header>
      <div className="app-body">
        <ErrorBoundary area="library">
          <LibraryPane selectedId={selected} onSelect={setSelected} />
        </ErrorBoundary>
        <ErrorBoundary area="workspace">
          <Workspace articleId={selected} />
        </ErrorBoundary>
      </div>
    </div>
  );
}
