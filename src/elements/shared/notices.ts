import { html, nothing } from 'lit';
import type { Notice, NoticeCode } from '../../domain/clinic.js';
import { en } from '../../i18n/en/index.js';
import type { Catalogue } from '../../i18n/index.js';

const MAX_SHOWN = 80;
const shown = (v: string) => (v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v);
/** A notice in words, in the given catalogue's language; `%` in a problem names the property to use. */
const say = (t: Catalogue, n: Notice) =>
  t.common.notice(
    n.field,
    shown(n.value),
    t.common.problems[n.code].replace(
      '%',
      n.field.replace(/-(.)/g, (_, c: string) => c.toUpperCase()),
    ),
  );

/**
 * Setup notices for one element: a problem per attribute, shown in the element (`part="notice"`)
 * for the clinic's designer, and warned once in the console. Never throws.
 */
export class NoticeController {
  readonly #notices = new Map<string, Notice>();
  readonly #warned = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  /**
   * Records a problem with `attr` (or clears it when `code` is undefined), with the value given:
   * text as it is, an object or array as JSON. A `quiet` one is only warned: the value is not the
   * page's (a URL parameter), so the element never shows it.
   */
  set(attr: string, code?: NoticeCode, given: unknown = '', quiet?: boolean): void {
    if (!code) {
      this.#notices.delete(attr);
      return;
    }
    const value = typeof given == 'object' && !(given instanceof Date) ? (JSON.stringify(given) ?? '') : String(given);
    const notice = { field: attr, code, value };
    if (!quiet) this.#notices.set(attr, notice);
    // The same words as the visible notice (in English: the console is read by developers), once.
    const line = `<${this.host.localName}> ${say(en, notice)}`;
    if (!this.#warned.has(line)) {
      this.#warned.add(line);
      console.warn(line);
    }
  }

  /** Clears every notice whose attribute starts with `prefix`. */
  clear(prefix: string): void {
    for (const key of this.#notices.keys()) if (key.startsWith(prefix)) this.#notices.delete(key);
  }

  render(t: Catalogue) {
    return this.#notices.size
      ? html`<div part="notice" class="notice" role="note">${[...this.#notices.values()].map((n) => html`<p>${say(t, n)}</p>`)}</div>`
      : nothing;
  }
}
