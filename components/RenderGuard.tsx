import { Component, type ComponentChildren } from 'preact';

/** Props: what to draw, and what to draw instead when drawing it throws (nothing by default). */
interface RenderGuardProps {
  children: ComponentChildren;
  fallback?: ComponentChildren;
}

/**
 * An error boundary: a record the code did not foresee (a broken character, an odd date) costs one row or one
 * card section, never the whole page. The error goes to the console once, so it can still be reported.
 */
export class RenderGuard extends Component<RenderGuardProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('OnRecord: a part of the page could not be drawn', error);
    this.setState({ failed: true });
  }

  override render({ children, fallback = null }: RenderGuardProps) {
    return this.state.failed ? fallback : children;
  }
}
