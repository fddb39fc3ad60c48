import { ContextRoot } from '@lit/context';

const ROOT = Symbol.for('mn-widgets.context-root');

/**
 * Defines the given elements unless a tag is taken already (a script loaded twice, two of our
 * scripts on one page, or a host's own element), and once per page attaches the context root that
 * lets a widget upgraded before its <mn-clinic> (script order, late definition) find it later.
 */
export function register(elements: Record<string, CustomElementConstructor>): void {
  const doc = document as Document & { [ROOT]?: true };
  if (!doc[ROOT]) {
    doc[ROOT] = true;
    new ContextRoot().attach(document.documentElement);
  }
  for (const [tag, ctor] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, ctor);
}
