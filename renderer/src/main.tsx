// Renderer entry: reads the browser-mode token before any route is read, applies the verdict palette, and
// mounts the app inside a top-level error boundary.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './api/client';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { applyVerdictPalette } from './theme';
import './theme.css';

getApi();
applyVerdictPalette(document.documentElement);
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
