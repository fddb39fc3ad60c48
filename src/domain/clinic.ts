/**
 * Clinic configuration: the type, its fields, and parsing from attribute strings.
 * Parsing never throws: a bad value is dropped and reported as a notice code.
 */
import { type Phone, isEmail, parsePhone } from './contact.js';
import { type Hours, parseHours } from './hours.js';
import { isTimeZone } from './time.js';

export type { Phone };

export type Theme = 'light' | 'dark' | 'auto';

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
  /**
   * The clinic's country (ISO 3166-1 alpha-2, e.g. `US`, `GB`): its own `region`, else the region of
   * the locale it configured (`en-GB`), never the browser's; undefined when neither says.
   */
  region?: string;
  /** The emergency number patients should call (default: 911 for US clinics, else "your local emergency number"). */
  emergencyNumber?: Phone;
  /** A number for urgent questions while the clinic is closed by its `hours`. */
  afterHoursPhone?: Phone;
}

/** Raw attribute strings, keyed by config field (camelCase). */
export type ClinicInput = Partial<Record<ClinicField, string | null | undefined>>;
export type ClinicField = keyof ClinicConfig;
/** ClinicValues values, only those given and valid. */
export type ClinicValues = Partial<ClinicConfig>;

export type NoticeCode =
  'too-long' | 'phone' | 'email' | 'url' | 'url-scheme' | 'color' | 'timezone' | 'locale' | 'hours' | 'theme' | 'region';

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
const THEMES: Theme[] = ['light', 'dark', 'auto'];

/**
 * An http(s) URL (absolute, or relative to `baseUrl`), or a notice code: `url` when it does not
 * parse, `url-scheme` for `javascript:`, `data:` and every other scheme.
 */
export function parseHttpUrl(value: string, baseUrl?: string): string | 'url' | 'url-scheme' {
  let url: URL;
  try {
    url = new URL(value.trim(), baseUrl);
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

function parseField(field: ClinicField, raw: string, env: ParseEnv): { value?: unknown; code?: NoticeCode } {
  const text = raw.trim();
  switch (field) {
    case 'name':
    case 'address':
      return text.length > MAX_TEXT ? { value: `${text.slice(0, MAX_TEXT - 1)}…`, code: 'too-long' } : { value: text };
    case 'phone':
    case 'afterHoursPhone':
    case 'emergencyNumber': {
      // Some emergency numbers have two digits (15 in France).
      const phone = parsePhone(text, field == 'emergencyNumber' ? 2 : 5);
      return phone ? { value: phone } : { code: 'phone' };
    }
    case 'region':
      return /^[a-z]{2}$/i.test(text) ? { value: text.toUpperCase() } : { code: 'region' };
    case 'email':
      return isEmail(text) ? { value: text } : { code: 'email' };
    case 'website':
    case 'endpoint':
    case 'privacyUrl': {
      const url = text.length <= 2000 ? parseHttpUrl(text, env.baseUrl) : 'url';
      return url === 'url' || url === 'url-scheme' ? { code: url } : { value: url };
    }
    case 'accent':
      return text.length <= 100 && (env.isColor ?? (() => true))(text) ? { value: text } : { code: 'color' };
    case 'timezone':
      return isTimeZone(text) && text !== '' ? { value: text } : { code: 'timezone' };
    case 'locale': {
      const locale = parseLocale(text);
      return locale ? { value: locale } : { code: 'locale' };
    }
    case 'hours': {
      const hours = text.length <= 2000 ? parseHours(text) : undefined;
      return hours ? { value: hours } : { code: 'hours' };
    }
    case 'theme':
      return THEMES.includes(text as Theme) ? { value: text } : { code: 'theme' };
  }
}

/**
 * Parses the given raw values. Absent (null/undefined) and empty fields are skipped silently;
 * each bad one is left out of `values` and reported in `notices`.
 */
export function parseClinic(input: ClinicInput, env: ParseEnv = {}): { values: ClinicValues; notices: Notice[] } {
  const values: Record<string, unknown> = {};
  const notices: Notice[] = [];
  for (const [field, raw] of Object.entries(input) as Array<[ClinicField, string | null | undefined]>) {
    if (raw == null || raw.trim() === '') continue;
    const { value, code } = parseField(field, raw, env);
    if (value !== undefined) values[field] = value;
    if (code) notices.push({ field, code, value: raw });
  }
  return { values: values as ClinicValues, notices };
}

/**
 * Layers parsed values (later layers win) over the defaults: the given locale and timezone
 * (the page's `lang` and the browser's zone) and the light theme. Without a `region`, the region
 * of a configured locale is the clinic's country (the defaults are not configuration).
 */
export function resolveClinic(layers: Array<ClinicValues | undefined>, defaults: { locale: string; timezone: string }): ClinicConfig {
  const out: ClinicConfig = { ...defaults, theme: 'light' };
  let region;
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer ?? {})) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
    // A canonical tag writes its region in capitals (`en-GB`, `zh-Hant-TW`), and nothing else.
    region = /-([A-Z]{2})\b/.exec(layer?.locale ?? '')?.[1] ?? region;
  }
  if (region) out.region ??= region;
  return out;
}
