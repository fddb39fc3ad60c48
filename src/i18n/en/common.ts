import type { NoticeCode } from '../../domain/clinic.js';

/**
 * Text every widget shares. Notices are read by the clinic's web designer, the rest by patients.
 * Keys stand in the order that compresses best in the paste-in script (found by a search, size round 20),
 * not in screen order: a key's place is free, its words are not.
 */
export const common = {
  fallback: 'Sorry, this could not be shown.',
  callUs: 'Call us:',
  emailUs: 'or email',
  problems: {
    phone: 'is not a dialable phone number: not shown',
    'too-long': 'is too long: shortened',
    email: 'is not an email address: not used',
    endpoint: 'is not set and the clinic has no email: requests cannot be sent',
    'no-phone': 'is missing: red flags show no number to call',
    clinic: 'must name one <mn-clinic> on this page: none used',
    url: 'is not like "https://example.com": not used',
    'url-scheme': 'is not like "https://example.com": not used',
    'url-host': 'is not like "https://example.com": not used',
    timezone: 'is not like "Europe/London": browser\'s used',
    locale: 'is not like "en-US": page language used',
    region: 'is not like "US": locale\'s region used',
    languages: 'is not like "en es": not used',
    hours: 'is not like "Mo-Fr 09:00-18:00": not used',
    datetime: 'is not like "YYYY-MM-DDTHH:MM": not used',
    date: 'is not like "YYYY-MM-DD": not used',
    value: 'is not an allowed value: default used',
    spacing: 'is below the 14-day minimum: 14 used',
    /** For a safety or privacy setting; `%` is the property's name. */
    safe: 'is unclear: safer choice used; set property % instead',
  } satisfies Record<NoticeCode, string>,
  /**
   * Shown on a widget whose attribute or configuration could not be used: the attribute, the value
   * given, and the problem's sentence (`problems`, one for each notice code). An empty value is a missing
   * one: `endpoint is not set…`, not `endpoint="" is not set…`.
   */
  notice: (attr: string, value: string, problem: string) => `Setup notice: ${value ? `${attr}="${value}"` : attr} ${problem}.`,
  /** While a clinic JSON loads: the safety check's `config-src`, the booking form's `slots-src`. */
  loading: 'Loading…',
  /** Between a label and what follows it ("You are here: Day 2"); French puts a no-break space before it. */
  colon: ':',
  /** The label of the language switch (when the clinic offers several `languages`). */
  language: 'Language',
};

export type CommonTexts = typeof common;
