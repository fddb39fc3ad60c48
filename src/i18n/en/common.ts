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
    'too-long': 'is too long; it was shortened',
    phone: 'is not a dialable phone number; it is not shown',
    email: 'is not an email address; it is not used',
    url: 'is not a web address; it is not used',
    'url-scheme': 'is not an http(s) address; it is refused',
    'url-host': 'needs https:// in front; it is not used',
    color: 'is not a CSS color; the default is used',
    timezone: 'is not a time zone such as "Europe/London"; the browser\'s is used',
    locale: 'is not a language tag such as "en-US"; the page language is used',
    hours: 'is not like "Mo-Fr 09:00-18:00; Sa 10:00-14:00"; it is not used',
    theme: 'is not light, dark or auto; light is used',
    region: 'is not a country code such as "US" or "GB"; the locale\'s region is used',
    languages: 'is not a list of language tags such as "en es"; no language switch is shown',
    date: 'is not a date (YYYY-MM-DD); it is not used',
    datetime: 'is not a date and time (YYYY-MM-DDTHH:MM); it is not used',
    config: 'could not be used; the defaults apply',
    value: 'is not an allowed value; the default is used',
    /** For a safety or privacy setting; `%` is the property's name. */
    safe: 'is unclear, so the safer choice is used; set the property % instead',
    spacing: 'is below the 14-day minimum; 14 is used',
    endpoint: 'is not set and the clinic has no email; requests cannot be sent',
  } satisfies Record<NoticeCode, string>,
  fallback: 'Sorry, this part of the page could not be shown.',
  /** The label of the language switch (when the clinic offers several `languages`). */
  language: 'Language',
  callUs: 'Please call us:',
  emailUs: 'or email',
};

export type CommonTexts = typeof common;
