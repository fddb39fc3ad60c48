import type { ReactiveControllerHost } from 'lit';
import type { NoticeController } from './notices.js';

/** A part of the JSON that could not be used: its path (`items.x.window`) and the value found. */
export interface JsonProblem {
  field: string;
  value?: unknown;
}

export interface JsonSource {
  /**
   * Call in `willUpdate` with the property: `use` receives the JSON (`{}` when there is none,
   * meaning the defaults) and returns its problems.
   */
  read(value: unknown, use: (json: unknown) => JsonProblem[]): void;
}

/**
 * A widget's clinic JSON: its property's value, else an inline `<script type="application/json">`
 * child. Setup notices: each problem `use` returns, as `<attr> <field>`. (Loading it from a
 * `<attr>-src` URL is parked for size: see the README's changelog.)
 */
export function jsonSource(host: ReactiveControllerHost & HTMLElement, notices: NoticeController, attr: string): JsonSource {
  return {
    read(value, use) {
      notices.clear(attr);
      value ??= host.querySelector(':scope>script[type="application/json"]')?.textContent ?? undefined;
      for (const p of use(value ?? {})) notices.set(p.field === attr ? attr : `${attr} ${p.field}`, 'config', p.value);
    },
  };
}
