import type { ReactiveControllerHost } from 'lit';
import { parseHttpUrl } from '../../domain/clinic.js';
import { toText } from '../../domain/json-check.js';
import type { NoticeController } from './notices.js';

/** A part of the JSON that could not be used: its path (`items.x.window`) and the value found. */
export interface JsonProblem {
  field: string;
  value?: unknown;
}

export interface JsonSource {
  /** A fetch is under way; the defaults apply meanwhile (as of the last `read`: an answer asks for a render, whose `willUpdate` reads). */
  loading?: boolean;
  /** The last fetch failed (unreachable, an error status, too slow, not JSON), as of the last `read`. */
  failed?: boolean;
  /**
   * Call in `willUpdate`: reads the host's `<attr>` and `<attr>Src` properties; `use` receives the
   * JSON (`{}` when there is none, meaning the defaults) and returns its problems.
   */
  read(use: (json: unknown) => JsonProblem[]): void;
}

/**
 * A widget's clinic JSON: its property's value, else an inline `<script type="application/json">`
 * child of `host`, else the `<attr>-src` URL (fetched once per URL with an 8 s timeout; an answer
 * for a URL no longer asked for is ignored). With `srcFirst` the URL wins over the script, which
 * applies meanwhile. Setup notices: a bad or unreachable `<attr>-src`, and each problem `use`
 * returns, as `<attr> <field>`.
 */
export function jsonSource(
  host: ReactiveControllerHost & HTMLElement,
  notices: NoticeController,
  attr: string,
  srcFirst?: boolean,
): JsonSource {
  /** The URL asked for ('' for none), and its JSON: undefined while loading, null when the fetch failed. */
  let url = '';
  let json: unknown;
  const source: JsonSource = {
    read(use) {
      let value = host[attr as keyof typeof host] as unknown;
      const src = host[`${attr}Src` as keyof typeof host];
      // (An element's textContent is never null: no script, undefined.)
      const inline = host.querySelector(':scope>script[type="application/json"]')?.textContent as string | undefined;
      const text = toText(src);
      // A URL, or parseHttpUrl's code (`url`, `url-scheme`, `url-host`); a non-text property is `url`.
      const to = text === null ? 'url' : text && parseHttpUrl(text, document.baseURI);
      const bad = /^url/.test(to!);
      if (!srcFirst) value ??= inline;
      // Fetched only when needed: no property (nor, without srcFirst, a script).
      const next = (!bad && value === undefined && to) || '';
      if (next != url) {
        url = next;
        json = undefined;
        if (next)
          fetch(next, { signal: AbortSignal.timeout(8000) })
            .then((r) => (r.ok ? r.json() : null))
            // Unreachable, too slow, or not JSON: a notice, and the defaults.
            .catch(() => null)
            .then((got) => {
              if (next == url) {
                json = got;
                host.requestUpdate();
              }
            });
      }
      // Both derived from the state, for the render that follows (a fetch's answer asks for one).
      source.loading = !!url && json === undefined;
      source.failed = json === null;
      notices.clear(attr);
      notices.set(`${attr}-src`, bad ? (to as 'url') : json === null && 'value', src);
      for (const p of use(value ?? json ?? inline ?? {})) notices.set(p.field === attr ? attr : `${attr} ${p.field}`, 'value', p.value);
    },
  };
  return source;
}
