/**
 * How a language pack reaches the widgets, whichever script loads first: a pack (a small classic
 * script beside mn-widgets.js, or `import 'mn-widgets/i18n/es'`) hands its texts to the page's
 * shared message registry, where every copy of mn-widgets reads them when a widget draws; if
 * mn-widgets is already there, the widgets draw again at once. So the scripts may come in any
 * order, with `defer` or `async`. This module carries no English.
 */
export interface Registry {
  registered: Map<string, unknown>;
  /** The language the patient chose with a widget's language switch. */
  chosen?: string;
  /** Languages already hinted about in the console (no texts on the page). */
  hinted?: Set<string>;
  /** Installed by the first copy of mn-widgets that registers elements: every widget on the page draws again. */
  redraw?: () => void;
}

/** The page's registry, shared by every copy of mn-widgets and every pack. */
export const registry = (): Registry =>
  ((globalThis as Record<symbol, unknown>)[Symbol.for('mn-widgets.messages')] ??= { registered: new Map() }) as Registry;

/** Registers a language pack's texts, now or when mn-widgets arrives. */
export function registerPack(language: string, texts: object): void {
  const r = registry();
  // A whole catalogue: the language's texts, as addMessages would hold them after it.
  r.registered.set(language, texts);
  r.redraw?.();
}
