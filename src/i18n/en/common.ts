import type { NoticeCode } from '../../domain/clinic.js';

/** Text every widget shares. Notices are read by the clinic's web designer, the rest by patients. */
export const common = {
  /**
   * Shown on a widget whose attribute or configuration could not be used: the attribute, the value
   * given, and the problem's sentence (`problems`, one for each notice code). An empty value is a missing
   * one: `endpoint is not set…`, not `endpoint="" is not set…`.
   */
  notice: (attr: string, value: string, problem: string) => `Setup notice: ${value ? `${attr}="${value}"` : attr} ${problem}.`,
  problems: {
    'too-long': 'is too long: shortened',
    phone: 'is not a dialable phone number: not shown',
    email: 'is not an email address: not used',
    url: 'is not like "https://example.com": not used',
    'url-scheme': 'is not like "https://example.com": not used',
    'url-host': 'is not like "https://example.com": not used',
    timezone: 'is not like "Europe/London": browser\'s used',
    locale: 'is not like "en-US": page language used',
    hours: 'is not like "Mo-Fr 09:00-18:00": not used',
    region: 'is not like "US": locale\'s region used',
    languages: 'is not like "en es": not used',
    date: 'is not like "YYYY-MM-DD": not used',
    datetime: 'is not like "YYYY-MM-DDTHH:MM": not used',
    value: 'is not an allowed value: default used',
    /** For a safety or privacy setting; `%` is the property's name. */
    safe: 'is unclear: safer choice used; set property % instead',
    spacing: 'is below the 14-day minimum: 14 used',
    endpoint: 'is not set and the clinic has no email: requests cannot be sent',
  } satisfies Record<NoticeCode, string>,
  /** While a clinic JSON loads: the safety check's `config-src`, the booking form's `slots-src`. */
  loading: 'Loading…',
  fallback: 'Sorry, this could not be shown.',
  /** The label of the language switch (when the clinic offers several `languages`). */
  language: 'Language',
  /** Between a label and what follows it ("You are here: Day 2"); French puts a no-break space before it. */
  colon: ':',
  callUs: 'Call us:',
  emailUs: 'or email',
};

export type CommonTexts = typeof common;
