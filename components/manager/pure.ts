/** Components that skip drawing again when their props are the same values as last time. */
import { Component, type ComponentChild, type FunctionComponent } from 'preact';

/** Whether two props objects hold the same values, key by key (===). */
export function sameProps(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (k !== 'children' && x[k] !== y[k]) return false;
  for (const k in y) if (k !== 'children' && !(k in x)) return false;
  return x.children === y.children;
}

/**
 * `render` as a component that draws again only when a prop changed: a page of hundreds of statements redraws
 * only the rows whose statement, selection or relations changed.
 */
export function pure<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !sameProps(this.props, next);
    }
    override render(props: P): ComponentChild {
      return render(props);
    }
  }
  (Pure as unknown as { displayName: string }).displayName = render.name;
  return Pure as unknown as FunctionComponent<P>;
}
