/**
 * Clinic configuration: the type, its fields, and parsing from attribute strings.
 * Parsing never throws: a bad value is dropped and reported as a notice code.
 */
import { type Phone, isEmail, parsePhone } from './contact.js';
import { type Hours, parseHours } from './hours.js';
import { toText } from './json-check.js';
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
  /** The languages the clinic offers patients (BCP 47 tags): with more than one, each widget has a language switch. */
  languages?: string[];
}

/** Raw attribute strings (or property values of any type), keyed by config field (camelCase). */
export type ClinicInput = Partial<Record<ClinicField, unknown>>;
export type ClinicField = keyof ClinicConfig;
/** ClinicValues values, only those given and valid. */
export type ClinicValues = Partial<ClinicConfig>;

/**
 * What can be wrong with a configured value: the clinic's fields (`parseClinic`) and the widgets'
 * own attributes and JSON. Every language has a sentence for each (`common.problems`; the list is
 * for test/i18n/codes.test.ts, and costs the scripts nothing: no widget code reads it).
 */
export const NOTICE_CODES = [
  'too-long',
  'phone',
  'email',
  'url',
  'url-scheme',
  'url-host',
  'timezone',
  'locale',
  'hours',
  'region',
  'languages',
  'date',
  'datetime',
  'value',
  'safe',
  'spacing',
  'endpoint',
  'no-phone',
  'clinic',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** A problem with one configured value: which field, what is wrong, and the value as given. */
export interface Notice {
  field: string;
  code: NoticeCode;
  value: string;
}

export interface ParseEnv {
  /** Resolves relative URLs (the page's base URL); absolute http(s) URLs need none. */
  baseUrl?: string;
  /** Whether a string is a CSS colour (the browser's `CSS.supports`). */
  isColor?: (value: string) => boolean;
}

const MAX_TEXT = 200;

/**
 * An http(s) URL (absolute, or relative to `baseUrl`), or a notice code: `url` when it does not
 * parse, `url-scheme` for `javascript:`, `data:` and every other scheme, `url-host` for a domain
 * without its scheme (`api.clinic.example/book`, `www.clinic.example`), which would otherwise
 * resolve as a path on the page's own site. Paths (`/api/bookings`, `book.json`) stay valid.
 */
export function parseHttpUrl(value: string, baseUrl?: string): string | 'url' | 'url-scheme' | 'url-host' {
  const text = value.trim();
  if (/^([\w-]+\.)+[a-z][\w-]*(:\d+)?\/|^www\./i.test(text)) return 'url-host';
  try {
    const url = new URL(text, baseUrl);
    return /^https?:$/.test(url.protocol) ? url.href : 'url-scheme';
  } catch {
    return 'url';
  }
}

/**
 * A BCP 47 locale whose language `Intl` has data for, canonicalised, or undefined. (Asked of
 * `PluralRules`, which answers at once: a date or number formatter's first use on a page starts
 * ICU's formatting data, 20 to 40 ms, before the widget could render.)
 */
export function parseLocale(value: string): string | undefined {
  try {
    return Intl.PluralRules.supportedLocalesOf(Intl.getCanonicalLocales(value.trim()))[0];
  } catch {
    return undefined;
  }
}

/** Text shortened to `MAX_TEXT` characters (a value that changes gets the `too-long` notice). */
const cut = (t: string) => (t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t);
const url = (t: string, env: ParseEnv) => (t.length <= 2000 ? parseHttpUrl(t, env.baseUrl) : 'url');

/**
 * How each field is read: a falsy result is a bad value, noticed with the field's own name as its
 * code (or its `CODES` entry). A field not listed (`website`, `endpoint`, `privacyUrl`) is a URL,
 * read by `url`, which gives its `url…` code instead of a URL.
 */
const FIELDS: Partial<Record<ClinicField, (text: string, env: ParseEnv) => unknown>> = {
  name: cut,
  address: cut,
  phone: (t) => parsePhone(t),
  afterHoursPhone: (t) => parsePhone(t),
  // Some emergency numbers have two digits (15 in France).
  emergencyNumber: (t) => parsePhone(t, 2),
  region: (t) => /^[a-z]{2}$/i.test(t) && t.toUpperCase(),
  // A list of language tags (`en es`, `en, es-MX`); one that is not a language refuses the list.
  languages: (t) => {
    const tags = t.split(/[\s,]+/).map(parseLocale);
    return tags.every(Boolean) && [...new Set(tags)];
  },
  email: (t) => isEmail(t) && t,
  accent: (t, env) => t.length <= 100 && (env.isColor?.(t) ?? true) && t,
  timezone: (t) => isTimeZone(t) && t,
  locale: parseLocale,
  hours: (t) => t.length <= 2000 && parseHours(t),
  theme: (t) => /^(light|dark|auto)$/.test(t) && t,
};
const CODES: Partial<Record<ClinicField, NoticeCode>> = {
  afterHoursPhone: 'phone',
  emergencyNumber: 'phone',
  accent: 'value',
  theme: 'value',
};

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
    const parse = FIELDS[field] ?? url;
    const value = raw && parse(raw, env);
    const code =
      raw == null
        ? 'value'
        : parse == url && /^url/.test(value as string)
          ? value
          : !value
            ? (CODES[field] ?? field)
            : parse == cut && value != raw && 'too-long';
    if (value && value != code) values[field] = value;
    if (code) notices.push({ field, code: code as NoticeCode, value: raw ?? JSON.stringify(given) });
  }
  return { values: values as ClinicValues, notices };
}

/**
 * Layers parsed values (later layers win) over the defaults: the given locale and timezone
 * (the page's `lang` and the browser's zone) and the light theme. Without a `region`, the region
 * of a configured locale is the clinic's country (the defaults are not configuration).
 */
export function resolveClinic(layers: Array<ClinicValues | undefined>, defaults: { locale: string; timezone: string }): ClinicConfig {
  // Parsed values hold no undefined fields: a later layer's fields simply win.
  const out: ClinicConfig = Object.assign({ theme: 'light' }, defaults, ...layers);
  // A canonical tag writes its region in capitals (`en-GB`, `zh-Hant-TW`), and nothing else.
  // The last layer whose locale names a region wins, as the locale itself does.
  out.region ??= layers.reduce<string | undefined>((r, l) => /-([A-Z]{2})\b/.exec(l?.locale ?? '')?.[1] ?? r, undefined);
  return out;
}
