import type { NoticeController } from './notices.js';

/** A part of the JSON that could not be used: its path (`items.x.window`) and the value found. */
export interface JsonProblem {
  field: string;
  value?: unknown;
}

/**
 * Reads a widget's clinic JSON (call it in `willUpdate`): the property's `value`, else an inline
 * `<script type="application/json">` child of `host`. `use` receives the JSON (`{}` when there is
 * none, meaning the defaults) and returns its problems, each a setup notice `<attr> <field>`.
 * (Loading it from a `<attr>-src` URL is parked for size: see the README's changelog.)
 */
export function readJson(
  host: HTMLElement,
  notices: NoticeController,
  attr: string,
  value: unknown,
  use: (json: unknown) => JsonProblem[],
): void {
  notices.clear(attr);
  value ??= host.querySelector(':scope>script[type="application/json"]')?.textContent;
  for (const p of use(value ?? {})) notices.set(p.field === attr ? attr : `${attr} ${p.field}`, 'value', p.value);
}
