/** Text every widget shares. Notices are read by the clinic's web designer, the rest by patients. */
export const common = {
  /** Shown on a widget whose attribute or configuration could not be used. */
  notice: (attr: string, value: string, problem: string) => `Setup notice: ${attr}="${value}" ${problem}.`,
  problems: {
    'too-long': 'is too long and was shortened',
    phone: 'is not a phone number that can be dialled, so it is not shown',
    email: 'is not an email address, so it is not used',
    url: 'is not a web address, so it is not used',
    'url-scheme': 'is not an http(s) address, so it is refused',
    color: 'is not a CSS colour, so the default colour is used',
    timezone: 'is not a known time zone (use an IANA name such as "Europe/London"), so the browser\'s zone is used',
    locale: 'is not a known language tag (such as "en-US"), so the page language is used',
    hours: 'could not be read (use "Mo-Fr 09:00-18:00; Sa 10:00-14:00"), so opening hours are not used',
    theme: 'is not one of light, dark or auto, so the light theme is used',
    date: 'is not a date (use YYYY-MM-DD), so it is not used',
    datetime: 'is not a date and time (use YYYY-MM-DDTHH:MM), so it is not used',
    config: 'could not be used, so the defaults apply',
    value: 'is not one of the allowed values, so the default is used',
    spacing: 'is below the 14-day minimum between sessions, so 14 is used',
    endpoint: 'is not set and the clinic has no email, so requests cannot be sent',
  } as Record<string, string>,
  fallback: 'Sorry, this part of the page could not be shown.',
  callUs: 'Please call us:',
  emailUs: 'or email',
};
