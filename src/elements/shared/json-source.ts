import type { ReactiveControllerHost } from 'lit';
import { type NoticeCode, parseHttpUrl } from '../../domain/clinic.js';
import { toText } from '../../domain/json-check.js';
import type { NoticeController } from './notices.js';

/** A part of the JSON that could not be used: its path (`items.x.window`) and the value found. */
export interface JsonProblem {
  field: string;
  value?: unknown;
}

export interface JsonSource {
  /** A fetch is under way; the defaults apply meanwhile. */
  loading: boolean;
  /** The last fetch failed (unreachable, an error status, too slow, not JSON). */
  failed?: boolean;
  /**
   * Call in `willUpdate` with the property and the `*-src` attribute: `use` receives the JSON (`{}`
   * when there is none, meaning the defaults) and returns its problems.
   */
  read(value: unknown, src: string | undefined, use: (json: unknown) => JsonProblem[]): void;
}

/**
 * A widget's clinic JSON: its property's value, else an inline `<script type="application/json">`
 * child, else the `<attr>-src` URL (fetched once per URL with an 8 s timeout; a superseded answer is
 * ignored). With `srcFirst` the URL wins over the script. Setup notices: a bad or unreachable URL on
 * `<attr>-src`, and each problem `use` returns as `<attr> <field>`.
 */
export function jsonSource(
  host: ReactiveControllerHost & HTMLElement,
  notices: NoticeController,
  attr: string,
  srcFirst?: boolean,
): JsonSource {
  let url: string | undefined;
  /** The fetched JSON; null when the fetch failed. */
  let json: unknown;
  const load = async (to: string) => {
    let got = null;
    try {
      const res = await fetch(to, { signal: AbortSignal.timeout(8000) });
      if (res.ok) got = await res.json();
    } catch {
      // Unreachable, too slow, or not JSON: a notice, and the defaults.
    }
    if (to === url) {
      json = got;
      source.failed = got === null;
      source.loading = false;
      host.requestUpdate();
    }
  };
  const source: JsonSource = {
    loading: false,
    read(value, src, use) {
      const inline = host.querySelector(':scope>script[type="application/json"]')?.textContent ?? undefined;
      const raw = toText(src);
      const ok = raw === null ? 'url' : raw && parseHttpUrl(raw, document.baseURI);
      if (!srcFirst) value ??= inline;
      const to = ok && ok.includes(':') && (srcFirst || value === undefined) ? ok : undefined;
      if (to !== url) {
        url = to;
        json = source.failed = undefined;
        if ((source.loading = !!to)) load(to!);
      }
      notices.clear(attr);
      // A URL has a colon; parseHttpUrl's codes (`url`, `url-scheme`, `url-host`) have none.
      notices.set(`${attr}-src`, ok && !ok.includes(':') ? (ok as NoticeCode) : json === null ? 'config' : undefined, src);
      for (const p of use(value ?? json ?? inline ?? {})) notices.set(p.field === attr ? attr : `${attr} ${p.field}`, 'config', p.value);
    },
  };
  return source;
}
