import { render } from 'preact';

/**
 * Gives a test a fresh element in the document to render into, and returns the teardown that unmounts and removes
 * it, in the shape `beforeEach` takes: `beforeEach(() => freshRoot((el) => (host = el)))`. One test's tree then
 * never leaks into the next one's queries.
 */
export function freshRoot(use: (el: HTMLElement) => void): () => void {
  const el = document.createElement('div');
  document.body.append(el);
  use(el);
  return () => {
    render(null, el);
    el.remove();
  };
}
