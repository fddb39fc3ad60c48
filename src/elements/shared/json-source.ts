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
  /** A fetch is under way; the defaults apply meanwhile. */
  loading?: boolean;
  /** The last fetch failed (unreachable, an error status, too slow, not JSON). */
  failed?: boolean;
  /**
   * Call in `willUpdate` with the property and the `*-src` attribute: `use` receives the JSON (`{}`
   * when there is none, meaning the defaults) and returns its problems.
   */
  read(value: unknown, src: unknown, use: (json: unknown) => JsonProblem[]): void;
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
  /** The URL asked for, and its JSON: undefined while loading, null when the fetch failed. */
  let url: string | undefined;
  let json: unknown;
  const source: JsonSource = {
    read(value, src, use) {
      const inline = host.querySelector(':scope>script[type="application/json"]')?.textContent ?? undefined;
      const raw = toText(src);
      // A URL, or parseHttpUrl's code (`url`, `url-scheme`, `url-host`: no colon); a non-text property is `url`.
      const ok = raw === null ? 'url' : raw && parseHttpUrl(raw, document.baseURI);
      if (!srcFirst) value ??= inline;
      const to = ok && ok.includes(':') && (srcFirst || value === undefined) ? ok : undefined;
      if (to !== url) {
        url = to;
        json = source.failed = undefined;
        if ((source.loading = !!to))
          fetch(to!, { signal: AbortSignal.timeout(8000) })
            .then((r) => (r.ok ? r.json() : null))
            // Unreachable, too slow, or not JSON: a notice, and the defaults.
            .catch(() => null)
            .then((got) => {
              if (to === url) {
                json = got;
                source.failed = got === null;
                source.loading = false;
                host.requestUpdate();
              }
            });
      }
      notices.clear(attr);
      notices.set(`${attr}-src`, ok && !ok.includes(':') ? (ok as 'url') : json === null ? 'value' : undefined, src);
      for (const p of use(value ?? json ?? inline ?? {})) notices.set(p.field === attr ? attr : `${attr} ${p.field}`, 'value', p.value);
    },
  };
  return source;
}
