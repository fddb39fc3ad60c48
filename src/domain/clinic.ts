/**
 * Clinic configuration: the type, its fields, and parsing from attribute strings.
 * Parsing never throws: a bad value is dropped and reported as a notice code.
 */
import { type Hours, parseHours } from './hours.js';
import { toText } from './json-check.js';
import { isTimeZone } from './time.js';

export type Theme = 'light' | 'dark' | 'auto';

/** A dialable phone number: what to show, and the `tel:` URL to dial. */
export interface Phone {
  display: string;
  href: string;
}

/** Everything a widget knows about the clinic; locale and timezone are always resolved. */
export interface ClinicConfig {
  name?: string;
  phone?: Phone;
  email?: string;
  website?: string;
  address?: string;
  locale: string;
  timezone: string;
  accent?: string;
  endpoint?: string;
  privacyUrl?: string;
  hours?: Hours;
  theme: Theme;
}

/** Raw attribute strings (or property values of any type), keyed by config field (camelCase). */
export type ClinicInput = Partial<Record<ClinicField, unknown>>;
export type ClinicField = keyof ClinicConfig;
/** ClinicValues values, only those given and valid. */
export type ClinicValues = Partial<ClinicConfig>;

export type NoticeCode =
  'too-long' | 'phone' | 'email' | 'url' | 'url-scheme' | 'url-host' | 'color' | 'timezone' | 'locale' | 'hours' | 'theme' | 'value';

/** A problem with one configured value: which field, what is wrong, and the value as given. */
export interface Notice {
  field: string;
  code: string;
  value: string;
}

export interface ParseEnv {
  /** Resolves relative URLs (the page's base URL); absolute http(s) URLs need none. */
  baseUrl?: string;
  /** Whether a string is a CSS colour (the browser's `CSS.supports`). */
  isColor?: (value: string) => boolean;
}

const MAX_TEXT = 200;
const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const THEMES: Theme[] = ['light', 'dark', 'auto'];

/**
 * A dialable number: digits with optional +, spaces, dots, dashes and brackets; 3 to 20 digits;
 * optionally an extension (`ext. 2`, `x 2`), dialled after a pause (`tel:+15550100,2`).
 */
export function parsePhone(value: string): Phone | undefined {
  const display = value.trim();
  const [, number, ext] = /^(\+?[\d\s().-]+?)(?:\s*(?:ext\.?|x)\s*(\d{1,6}))?$/i.exec(display) ?? [];
  const digits = number?.replace(/\D/g, '') ?? '';
  if (digits.length < 3 || digits.length > 20) return undefined;
  return { display, href: `tel:${display.startsWith('+') ? '+' : ''}${digits}${ext ? `,${ext}` : ''}` };
}

/**
 * An http(s) URL (absolute, or relative to `baseUrl`), or a notice code: `url` when it does not
 * parse, `url-scheme` for `javascript:`, `data:` and every other scheme, `url-host` for a domain
 * without its scheme (`api.clinic.example/book`, `www.clinic.example`), which would otherwise
 * resolve as a path on the page's own site. Paths (`/api/bookings`, `book.json`) stay valid.
 */
export function parseHttpUrl(value: string, baseUrl?: string): string | 'url' | 'url-scheme' | 'url-host' {
  let url: URL;
  const text = value.trim();
  if (/^([\w-]+\.)+[a-z][\w-]*(:\d+)?\/|^www\./i.test(text)) return 'url-host';
  try {
    url = new URL(text, baseUrl);
  } catch {
    return 'url';
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : 'url-scheme';
}

/**
 * A BCP 47 locale whose language `Intl` has data for, canonicalised, or undefined. (Asked of
 * `PluralRules`, which answers at once: a date or number formatter's first use on a page starts
 * ICU's formatting data, 20 to 40 ms, before the widget could render.)
 */
export function parseLocale(value: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(value.trim());
    return Intl.PluralRules.supportedLocalesOf(canonical).length ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** The single-valued fields: how each is read (a falsy result is a bad value) and the notice code. */
const FIELDS: Partial<Record<ClinicField, [(text: string, env: ParseEnv) => unknown, NoticeCode]>> = {
  phone: [(t) => t.length <= 40 && parsePhone(t), 'phone'],
  email: [(t) => t.length <= 254 && EMAIL_RE.test(t) && t, 'email'],
  accent: [(t, env) => t.length <= 100 && (env.isColor ?? (() => true))(t) && t, 'color'],
  timezone: [(t) => isTimeZone(t) && t, 'timezone'],
  locale: [parseLocale, 'locale'],
  hours: [(t) => t.length <= 2000 && parseHours(t), 'hours'],
  theme: [(t) => THEMES.includes(t as Theme) && t, 'theme'],
};

function parseField(field: ClinicField, text: string, env: ParseEnv): { value?: unknown; code?: NoticeCode } {
  if (field == 'name' || field == 'address')
    return text.length > MAX_TEXT ? { value: `${text.slice(0, MAX_TEXT - 1)}…`, code: 'too-long' } : { value: text };
  if (!FIELDS[field]) {
    // website, endpoint, privacyUrl
    const url = text.length <= 2000 ? parseHttpUrl(text, env.baseUrl) : 'url';
    return /^url/.test(url) ? { code: url as NoticeCode } : { value: url };
  }
  const [parse, code] = FIELDS[field];
  const value = parse(text, env);
  return value ? { value } : { code };
}

/**
 * Parses the given raw values (text, or property values as `toText` reads them). Absent
 * (null/undefined) and empty fields are skipped silently; each bad one is left out of `values`
 * and reported in `notices`.
 */
export function parseClinic(input: ClinicInput, env: ParseEnv = {}): { values: ClinicValues; notices: Notice[] } {
  const values: Record<string, unknown> = {};
  const notices: Notice[] = [];
  for (const [field, given] of Object.entries(input) as Array<[ClinicField, unknown]>) {
    const raw = toText(given);
    if (!raw && raw !== null) continue;
    const { value, code } = raw == null ? { code: 'value' as const } : parseField(field, raw, env);
    if (value !== undefined) values[field] = value;
    if (code) notices.push({ field, code, value: raw ?? JSON.stringify(given) });
  }
  return { values: values as ClinicValues, notices };
}

/**
 * Layers parsed values (later layers win) over the defaults: the given locale and timezone
 * (the page's `lang` and the browser's zone) and the light theme.
 */
export function resolveClinic(layers: Array<ClinicValues | undefined>, defaults: { locale: string; timezone: string }): ClinicConfig {
  // Parsed values hold no undefined fields: a later layer's fields simply win.
  return Object.assign({ ...defaults, theme: 'light' }, ...layers);
}
