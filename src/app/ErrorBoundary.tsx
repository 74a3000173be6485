import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead, with a way to try rendering again. */
  fallback: (reset: () => void) => ReactNode;
}

/**
 * Whatever a bug throws while the article renders, the reader gets the error view, never an empty
 * page. React itself reports the error on the console, once (createRoot's onCaughtError), so this
 * component does not log it again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  reset = () => this.setState({ failed: false });

  override render() {
    return this.state.failed ? this.props.fallback(this.reset) : this.props.children;
  }
}
