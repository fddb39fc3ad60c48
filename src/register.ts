import type { ContextEvent } from '@lit/context';
import { clinicContext, outcomeContext } from './context/clinic.js';
import type { ClinicValues } from './domain/clinic.js';
import type { Outcome } from './domain/outcome.js';
import { ScreeningCompleteEvent, ScreeningResetEvent } from './events.js';
import { shared } from './i18n/index.js';

type Callback = (value: unknown, dispose: () => void) => void;
type Widget = Element & { clinicId?: string; values?: ClinicValues };
/** A widget's subscription: the widget, the context, and what ends it. */
type Subscription = [Widget, unknown, () => void];

/** Every `<mn-clinic>` (and subclass) element, once upgraded. */
export const clinics = new WeakSet<Node>();

const subscriptions = new Map<Callback, Subscription>();
/** The latest outcome reported by each element that reported one (a safety check). */
const outcomes = new Map<Element, Outcome | undefined>();

/** The clinic id an element goes by: its `clinic` attribute, else the id of the `<mn-clinic>` around it. */
const clinicOf = (el: Widget) => el.clinicId ?? el.closest('mn-clinic')?.id;

/**
 * The outcome `el` follows: that of the check sharing its clinic id, else of the nearest check
 * before it (else the first after it), among the checks on the page and whatever reported one.
 */
function outcomeFor(el: Widget): Outcome | undefined {
  const id = clinicOf(el);
  const all = [...document.querySelectorAll('mn-contraindication-check'), ...outcomes.keys()].filter((c) => c.isConnected);
  const same = all.filter((c) => id && clinicOf(c) == id);
  // The checks and the widget in document order: the check just before the widget, else the first after it.
  const list = [...(same.length ? same : all), el].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return outcomes.get(list[list.indexOf(el) - 1] ?? list[1]);
}

/**
 * Tells a subscriber what it gets now. The clinic: the `<mn-clinic>` around the widget, else the
 * one its `clinic` attribute names, else the only one on the page, wherever it is and however late
 * it came. The safety outcome: its paired check's, wherever both are in the document.
 */
const answer = ([el, context, dispose]: Subscription, callback: Callback): void => {
  const all = document.querySelectorAll('mn-clinic');
  let clinic: Node | null | undefined = el;
  // Up through shadow roots too: a widget inside a framework's component inside the clinic.
  while (clinic && !clinics.has(clinic)) clinic = clinic.parentNode ?? (clinic as ShadowRoot).host;
  clinic ??= el.clinicId ? document.getElementById(el.clinicId) : all[1] ? null : all[0];
  // One put on the page with the widget, after it, may not be upgraded yet: now, so its values are
  // read. (Only then: an upgrade walks every shadow tree under it, and this runs on every redraw.)
  if (clinic && !clinics.has(clinic)) customElements.upgrade(clinic);
  callback(context == outcomeContext ? outcomeFor(el) : (clinic as Widget | null | undefined)?.values, dispose);
};

const notify = () => subscriptions.forEach(answer);

/**
 * A clinic's values changed: every widget gets what it now should, and draws again (through the
 * notify the page's first copy of the library put in the page's message registry as its `redraw`;
 * so do outcomes, added texts and a chosen language).
 */
export const changed = () => shared.redraw?.();

/**
 * The provider of both contexts for the whole document (the context protocol's requests bubble up
 * to it): page builders put each snippet in its own block, so a widget's clinic is often not
 * around it, and a booking form and its check are never siblings.
 */
const onRequest = (e: Event): void => {
  const { context, contextTarget, callback, subscribe } = e as ContextEvent<typeof clinicContext>;
  if (context != clinicContext && (context as unknown) != outcomeContext) return;
  const sub: Subscription = [contextTarget as Widget, context, () => subscriptions.delete(callback as Callback)];
  answer(sub, callback as Callback);
  if (subscribe) subscriptions.set(callback as Callback, sub);
};

/** A check reported an outcome (level, date and what may be booked only: never findings or answers) or was reset. */
const onOutcome = (e: Event): void => {
  const d = (e as ScreeningCompleteEvent).detail;
  for (const c of outcomes.keys()) if (!c.isConnected) outcomes.delete(c);
  outcomes.set(e.composedPath()[0] as Element, d && JSON.parse(JSON.stringify(d, ['level', 'earliestDate', 'treatment'])));
  notify();
};

/**
 * Defines the given elements unless a tag is taken already (a script loaded twice, two of our
 * scripts on one page, or a host's own element), and once per page (the first copy to get here,
 * which the shared registry's `redraw` marks) starts answering the widgets' context requests.
 */
export function register(elements: Record<string, CustomElementConstructor>): void {
  // The first copy here (no redraw yet) starts listening, then puts its notify as the redraw.
  shared.redraw ||=
    (document.addEventListener('context-request', onRequest),
    document.addEventListener(ScreeningCompleteEvent.type, onOutcome),
    document.addEventListener(ScreeningResetEvent.type, onOutcome),
    notify);
  for (const [tag, ctor] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, ctor);
}
