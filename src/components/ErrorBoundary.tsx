import { Component, type ReactNode } from "react";

type ErrorBoundaryProps = {
  /** What to show instead of the children; `reset` tries the children again. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  /** A new value forgets the error: e.g. the address, so that a link away leaves the error page. */
  resetKey: string;
  /** When an error is caught (the fallback is about to show). */
  onError?: (error: unknown) => void;
  /** After the children are back on screen in place of the fallback. */
  onRecovered?: () => void;
  children: ReactNode;
};

type ErrorBoundaryState = { error: unknown; failed: boolean; resetKey: string };

/**
 * React's own error boundary, in the few lines it takes (react-error-boundary would add a
 * dependency to every page for the same two methods). Reset by key rather than remounted:
 * a remount would make the page's Suspense boundary new, and a new boundary shows its
 * skeleton at once instead of keeping the old page up while the next one loads.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey
      ? null
      : { error: null, failed: false, resetKey: props.resetKey };
  }

  reset = () => this.setState({ error: null, failed: false });

  componentDidCatch(error: unknown) {
    this.props.onError?.(error);
  }

  componentDidUpdate(_props: ErrorBoundaryProps, previous: ErrorBoundaryState) {
    if (previous.failed && !this.state.failed) this.props.onRecovered?.();
  }

  render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}
