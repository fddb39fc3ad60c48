import type { ReactiveControllerHost } from 'lit';
import { parseHttpUrl } from '../../domain/clinic.js';
import type { NoticeController } from './notices.js';

/** A part of the JSON that could not be used: its path (`items.x.window`) and the value found. */
export interface JsonProblem {
  field: string;
  value?: unknown;
}

/**
 * A widget's clinic JSON: its property's value, else an inline `<script type="application/json">`
 * child, else the `<attr>-src` URL (fetched once per URL with an 8 s timeout; a superseded answer is
 * ignored). With `srcFirst` the URL wins over the script. Setup notices: a bad or unreachable URL on
 * `<attr>-src`, and each problem the checker returns as `<attr> <field>`.
 */
export class JsonSource {
  /** A fetch is under way; the defaults apply meanwhile. */
  loading = false;
  private url?: string;
  private json?: unknown;
  private failed = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private notices: NoticeController,
    private attr: string,
    private srcFirst = false,
  ) {}

  /**
   * Call in `willUpdate` with the property and the `*-src` attribute: `use` receives the JSON (`{}`
   * when there is none, meaning the defaults) and returns its problems.
   */
  read(value: unknown, src: string | undefined, use: (json: unknown) => JsonProblem[]): void {
    const { attr, notices } = this;
    const inline = this.host.querySelector(':scope>script[type="application/json"]')?.textContent ?? undefined;
    const raw = src?.trim();
    const href = raw ? parseHttpUrl(raw, document.baseURI) : '';
    if (!this.srcFirst) value ??= inline;
    const url = href.includes(':') && (this.srcFirst || value === undefined) ? href : undefined;
    if (url !== this.url) {
      this.url = url;
      this.json = undefined;
      this.failed = false;
      if ((this.loading = !!url)) this.load(url!);
    }
    notices.clear(attr);
    notices.set(`${attr}-src`, raw && !href.includes(':') ? 'url' : this.failed ? 'config' : undefined, raw);
    for (const p of use(value ?? this.json ?? inline ?? {}))
      notices.set(p.field === attr ? attr : `${attr} ${p.field}`, 'config', typeof p.value === 'string' ? p.value : (JSON.stringify(p.value) ?? ''));
  }

  private async load(url: string): Promise<void> {
    let json: unknown;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(8000) });
      if (res.ok) json = await res.json();
    } catch {
      // Unreachable, too slow, or not JSON: a notice, and the defaults.
    }
    if (url !== this.url) return;
    this.json = json;
    this.failed = json === undefined;
    this.loading = false;
    this.host.requestUpdate();
  }
}
