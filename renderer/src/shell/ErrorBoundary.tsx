// Catches a rendering failure and shows what happened in words, with a way to try again.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import ui from './common.module.css';

interface Props {
  readonly children: ReactNode;
  /** Which part of the window failed. */
  readonly area?: 'library' | 'workspace';
}

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[parallax] render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div role="alert" className={ui.errorPanel}>
            <h2>{this.props.area ? t(`errors.boundary.${this.props.area}`) : t('errors.boundary.app')}</h2>
            <p>{error.message || t('errors.unexpected')}</p>
            <button type="button" onClick={() => this.setState({ error: null })}>
              {t('action.tryAgain')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
