/**
 * The message catalogue. English is built in; another language is one file that calls
 * `addMessages('fr', { common: { ... }, ... })`: a complete `Catalogue` for a language pack, or any
 * part of one to override some texts (what it lacks stays English).
 */
import { type Catalogue, en } from './en/index.js';
import { type Registry, registry } from './pack.js';
import { isObject, own } from '../domain/json-check.js';

export type { Catalogue };
/** Any part of a catalogue: objects may lack keys; a list or a function is given whole. */
type DeepPartial<T> = T extends readonly unknown[] | ((...args: never[]) => unknown)
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type Translation = DeepPartial<Catalogue>;

/**
 * Translations live on the page, not in this module: each copy of the library on the page (and each
 * language pack) shares one registry, so `addMessages` called on any of them reaches every widget.
 * (No copy keeps merged catalogues that could go stale: each merges afresh for each draw.)
 */
export const shared = registry() as Registry & { registered: Map<string, Translation> };
const registered = shared.registered;

/** `over`'s texts over `base`'s, as a new object; a list (the notes, a phase's texts) is replaced whole. */
function merge<T>(base: T, over: unknown): T {
  const out: Record<string, unknown> = { ...(base as object) };
  if (isObject(over)) for (const [k, v] of Object.entries(over)) out[k] = isObject(v) ? merge(out[k], v) : (v ?? out[k]);
  return out as T;
}

/**
 * The text for `code` in one of the catalogue's tables, or undefined for a code it has none for (a
 * clinic's own phase; never an inherited key such as `constructor`).
 */
export const lookup = <T extends object>(table: T, code: string): T[keyof T] | undefined =>
  own(table, code) ? table[code as keyof T] : undefined;

/** A sentence with a count in each plural category of a language (`Intl.PluralRules`); `#` is the count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A catalogue text with a count: `fix: plural('en', { one: 'Please check # field.', other: 'Please
 * check # fields.' })`. The language file names its own language, so a translation merged over
 * English brings its own rules (a function is replaced whole); a category the forms lack reads `other`.
 */
export const plural =
  (language: string, forms: PluralForms) =>
  (n: number): string =>
    (forms[new Intl.PluralRules(language).select(n)] ?? forms.other).replace('#', String(n));

/** Adds a widget's English namespace; called once by the widget's module. */
export const addEnglish = <K extends keyof Catalogue>(namespace: K, texts: Catalogue[K]): void => {
  en[namespace] = texts;
};

/**
 * Registers (or extends) a language's texts. `locale` is a language (`fr`) or a tag (`fr-CA`).
 * Widgets already on the page draw again in them.
 */
export function addMessages(locale: string, messages: Translation): void {
  const key = locale.toLowerCase();
  registered.set(key, merge(registered.get(key), messages));
  // Every widget on the page, of any copy of the library, draws again.
  shared.redraw?.();
}

/**
 * The catalogue for a locale: English, overlaid by the language, overlaid by the exact tag. Merged
 * on each call (each draw of a widget: copies of a few hundred references), never stale.
 */
export function messages(locale: string): Catalogue {
  const key = locale.toLowerCase();
  // A language alone (`fr`) is its own exact tag: merged twice, the same texts.
  return merge(merge(en, registered.get(key.split('-')[0])), registered.get(key));
}

/** Whether the page has texts in `locale`'s language: English always, others once registered. */
export const hasTexts = (locale: string) => /^en\b/i.test(locale) || registered.has(locale.toLowerCase().split('-')[0]);

/** The language the texts for `locale` are actually in: its own when registered, else English. */
export const textLanguage = (locale: string): string => (hasTexts(locale) ? locale : 'en');

/**
 * The locale widgets speak and format dates in: `locale` when the page has its texts; else English
 * in the locale's region (`de-DE` without German texts: `en-DE`, English dates with the region's
 * conventions, never German dates inside English sentences), and one console hint, once the page
 * has loaded (a pack may still come), naming the pack to add.
 */
export function displayLocale(locale: string): string {
  if (hasTexts(locale)) return locale;
  const { language, region } = new Intl.Locale(locale);
  if (!shared.hinted?.has(language)) {
    (shared.hinted ??= new Set()).add(language);
    const hint = () => hasTexts(language) || console.warn(`mn-widgets: English shown; for "${language}" add mn-widgets.${language}.js`);
    if (document.readyState == 'complete') setTimeout(hint);
    else addEventListener('load', hint);
  }
  return region ? `en-${region}` : 'en';
}

/** The language the patient chose with a language switch, if any. */
export const chosenLanguage = () => shared.chosen;

/** The patient chose a language: every widget on the page draws again in it. */
export function chooseLanguage(language: string): void {
  shared.chosen = language;
  shared.redraw?.();
}
