import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Changing it (another screen, another project state) clears a caught error. */
  resetKey: unknown;
  title: string;
  retryLabel: string;
  onError?: (error: Error) => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

/**
 * A screen that throws while rendering shows what went wrong instead of taking the whole window
 * down with it; the top bar (save, close) keeps working, so no work is lost.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.props.onError?.(error);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <main className="screen" data-testid="screen-error" data-app-state="ready">
        <div className="banner banner-warn" role="alert">
          <strong>{this.props.title}</strong>
          <pre className="small">{this.state.error.message}</pre>
          <button onClick={() => this.setState({ error: null })}>{this.props.retryLabel}</button>
        </div>
      </main>
    );
  }
}
