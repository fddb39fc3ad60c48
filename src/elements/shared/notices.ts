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
 * for the clinic's designer, and warned once in the console. Never throws. (A closure, not a
 * class: smaller in the paste-in script.)
 */
export const noticeController = (host: HTMLElement) => {
  const notices = new Map<string, Notice>();
  const warned = new Set<string>();
  return {
    /**
     * Records a problem with `attr` (or clears it when `code` is falsy: undefined, false or null), with the value given:
     * text as it is, an object or array as JSON. A `quiet` one is only warned: the value is not the
     * page's (a URL parameter), so the element never shows it.
     */
    set(attr: string, code?: NoticeCode | false | null, given: unknown = '', quiet?: boolean): void {
      if (!code) {
        notices.delete(attr);
        return;
      }
      const value = typeof given == 'object' && !(given instanceof Date) ? (JSON.stringify(given) ?? '') : String(given);
      const notice = { field: attr, code, value };
      if (!quiet) notices.set(attr, notice);
      // The same words as the visible notice (in English: the console is read by developers), once.
      const line = `<${host.localName}> ${say(en, notice)}`;
      // (Adding a line already warned leaves the size as it was.)
      if (warned.size < warned.add(line).size) console.warn(line);
    },

    /** Clears every notice whose attribute starts with `prefix`. */
    clear(prefix: string): void {
      for (const key of notices.keys()) if (key.startsWith(prefix)) notices.delete(key);
    },

    render(t: Catalogue) {
      return notices.size
        ? html`<div part="notice" class="notice" role="note">${[...notices.values()].map((n) => html`<p>${say(t, n)}</p>`)}</div>`
        : nothing;
    },
  };
};
export type NoticeController = ReturnType<typeof noticeController>;
