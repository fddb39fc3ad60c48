import type { Area } from '../../domain/booking/draft.js';
import type { ContactMethod, RequestCode, TimeOfDay } from '../../domain/booking/payload.js';
import type { IssueCode } from '../../domain/booking/rules.js';

/**
 * Text of `<mn-booking-form>`. A translation fills every key (`Catalogue['booking']`); a sentence
 * with a value is a function of it: a date comes formatted for the patient's locale, a count as a
 * number (plurals by `Intl.PluralRules` of the text's language).
 */
export const booking = {
  intro: 'Fields marked * are required.',
  name: 'Full name',
  email: 'Email',
  phone: 'Phone',
  contact: 'Contact me by',
  contacts: { email: 'Email', phone: 'Phone call', text: 'Text message' } satisfies Record<ContactMethod, string>,
  service: 'Service',
  /** The default services' names (a clinic's own `services` keep theirs). */
  serviceNames: { consultation: 'Consultation', microneedling: 'Microneedling' },
  minutes: (n: number) => `${n} min`,
  areas: 'Treatment areas',
  areaNames: { face: 'Face', neck: 'Neck', chest: 'Chest', hands: 'Hands', body: 'Body' } satisfies Record<Area, string>,
  firstVisit: 'My first microneedling session',
  lastSession: 'Last microneedling session',
  dates: 'Preferred dates',
  /** The label of the `n`th preferred date (1 to 3). */
  date: (n: number) => `Choice ${n}`,
  timeOfDay: 'Time of day',
  times: { any: 'Any time', morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' } satisfies Record<TimeOfDay, string>,
  /** Why the dates start later than today (spacing, a deferral, a closed day). */
  earliest: (date: string) => `Earliest: ${date}.`,
  /**
   * The slots feed (`slots-src`): its free times, and why preferred dates are asked instead (`slotsNone`:
   * the list has none for the service, or could not be loaded, which the designer's notice tells apart).
   * While it loads: `common.loading`.
   */
  slots: 'Free times',
  slotsNone: 'No free times online: choose dates.',
  message: 'Message (no health details)',
  consent: 'I agree that the clinic uses these details to answer my request.',
  privacy: 'Privacy policy (new tab)',
  send: 'Send request',
  sending: 'Sending…',
  /** The one summary of a failed Send: `n` fields have a problem. */
  fix: (n: number) => `Please check ${n} field${n == 1 ? '' : 's'}.`,
  /**
   * A field's problem, by its code (from validateBooking, and a server's `fields` codes). A server's
   * `too-long` and `too-many` have no words of their own: the form says `value` for them.
   */
  issues: {
    required: 'Required.',
    email: 'Use an email address like name@example.com.',
    phone: 'Use at least 5 digits; spaces and + ( ) . - are fine.',
    date: 'Please enter a real date.',
    incomplete: 'Finish or clear this date.',
    future: 'This date is in the future.',
    past: 'Choose today or later.',
    horizon: (last: string) => `Choose a date up to ${last}.`,
    closed: 'We are closed that day.',
    spacing: (first: string) => `Sessions need spacing: ${first} at the earliest.`,
    deferred: (first: string) => `After your safety check: ${first} at the earliest.`,
    check: 'Complete the safety check first, or choose a consultation.',
    // Why only consultations are offered (the flow table, CLINICAL.md section 1).
    review: 'After your safety check, talk with your clinician first: book a consultation, or call us.',
    declined: 'After your safety check, treatment is not booked online: book a consultation about other options, or call us.',
    resolve: 'Your safety check found something that must clear up first: book a consultation, or call us then.',
    later: (first: string) => `Treatment can be requested from ${first}, later than this form accepts: book a consultation, or call us.`,
    value: 'Please check this answer.',
  } satisfies Record<Exclude<IssueCode, 'too-long' | 'too-many'>, string | ((date: string) => string)>,
  /** A server's answer, by its `code` (error-codes.json); '' where `failed` alone says it. */
  server: {
    invalid: '',
    'too-large': 'Message too long: shorten it.',
    'too-fast': 'Sent too quickly: try again later.',
    'rate-limited': 'Sent too quickly: try again later.',
    rejected: '',
    unreadable: '',
    unavailable: '',
  } satisfies Record<RequestCode, string>,
  /** A server refused a part the patient cannot edit (the request id, the page address…). */
  internal: 'A detail the form adds was refused, not what you typed.',
  sent: 'Request sent',
  next: 'We will contact you to confirm a time. Not booked until then.',
  ics: 'Add to calendar (tentative)',
  failed: 'Not sent. Your request is kept.',
  retry: 'Try again',
  offline: 'You are offline; your request is kept.',
  online: 'You are back online.',
  /** Above Send, after a reload while a request was on its way (its id is used again). */
  pending: 'This request may have reached us before the page reloaded; sending it again does not send it twice.',
  mail: 'Email your request',
  mailNote: 'Your request goes by email.',
  mailReady: 'Now send it from your email app.',
  mailCut: 'Message shortened: add the rest in the email.',
  mailSubject: 'Appointment request',
  unconfigured: 'Online requests cannot be sent yet.',
};
