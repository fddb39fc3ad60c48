import type { Area } from '../../domain/booking/draft.js';
import type { ContactMethod, RequestCode, TimeOfDay } from '../../domain/booking/payload.js';
import type { IssueCode } from '../../domain/booking/rules.js';

/**
 * Text of `<mn-booking-form>`. A translation fills every key (`Catalogue['booking']`); a sentence
 * with a value is a function of it: a date comes formatted for the patient's locale, a count as a
 * number (plurals by `Intl.PluralRules` of the text's language).
 * Keys stand in the order that compresses best in the paste-in script (found by a search, size round 20),
 * not in screen order: a key's place is free, its words are not.
 */
export const booking = {
  intro: 'Fields marked * are required.',
  email: 'Email',
  sending: 'Sending…',
  ics: 'Add to calendar (tentative)',
  message: 'Message (no health details)',
  timeOfDay: 'Time of day',
  contact: 'Contact me by',
  contacts: { email: 'Email', phone: 'Phone call', text: 'Text message' } satisfies Record<ContactMethod, string>,
  service: 'Service',
  dates: 'Preferred dates',
  name: 'Full name',
  minutes: (n: number) => `${n} min`,
  firstVisit: 'My first microneedling session',
  areas: 'Treatment areas',
  send: 'Send request',
  retry: 'Try again',
  areaNames: { face: 'Face', neck: 'Neck', chest: 'Chest', hands: 'Hands', body: 'Body' } satisfies Record<Area, string>,
  /** The default services' names (a clinic's own `services` keep theirs). */
  serviceNames: { consultation: 'Consultation', microneedling: 'Microneedling' },
  lastSession: 'Last microneedling session',
  online: 'Back online: your request is not sent yet.',
  /** The label of the `n`th preferred date (1 to 3). */
  date: (n: number) => `Choice ${n}`,
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
  privacy: 'Privacy policy (new tab)',
  times: { any: 'Any time', morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' } satisfies Record<TimeOfDay, string>,
  /** Why the dates start later than today (spacing, a deferral, a closed day). */
  earliest: (date: string) => `Earliest: ${date}.`,
  /**
   * The slots feed (`slots-src`): its free times, and why preferred dates are asked instead: while
   * it loads, when the list has none for the service, when it could not be loaded (the designer's
   * notice says why).
   */
  slots: 'Free times',
  consent: 'I agree that the clinic uses these details to answer my request.',
  phone: 'Phone',
  /**
   * A field's problem, by its code (from validateBooking, and a server's `fields` codes). A server's
   * `too-long` and `too-many` have no words of their own: the form says `value` for them.
   */
  issues: {
    spacing: (first: string) => `Sessions need spacing: ${first} at the earliest.`,
    required: 'Required.',
    email: 'Use an email address like name@example.com.',
    phone: 'Use at least 5 digits; spaces and + ( ) . - are fine.',
    incomplete: 'Finish or clear this date.',
    date: 'Please enter a real date.',
    future: 'This date is in the future.',
    value: 'Please check this answer.',
    horizon: (last: string) => `Choose a date up to ${last}.`,
    closed: 'We are closed that day.',
    deferred: (first: string) => `After your safety check: ${first} at the earliest.`,
    check: 'Complete the safety check first, or choose a consultation.',
    past: 'Choose today or later.',
    // Why only consultations are offered (the flow table, CLINICAL.md section 1).
    review: 'After your safety check, talk with your clinician first: book a consultation, or call us.',
    declined: 'After your safety check, treatment is not booked online: book a consultation about other options, or call us.',
    resolve: 'Your safety check found something that must clear up first: book a consultation, or call us then.',
    later: (first: string) => `Treatment can be requested from ${first}, later than this form accepts: book a consultation, or call us.`,
  } satisfies Record<Exclude<IssueCode, 'too-long' | 'too-many'>, string | ((date: string) => string)>,
  /** The one summary of a failed Send: `n` fields have a problem. */
  fix: (n: number) => `Please check ${n} field${n == 1 ? '' : 's'}.`,
  slotsNone: 'No free times online: choose dates.',
  slotsLoading: 'Loading free times…',
  slotsError: 'Free times could not be loaded: choose dates.',
  next: 'We will contact you to confirm a time. Not booked until then.',
  sent: 'Request sent',
  unconfigured: 'Online requests cannot be sent yet.',
  failed: 'Not sent. Your request is kept.',
  /** Above Send, after a reload while a request was on its way (its id is used again). */
  pending: 'This request may have reached us before the page reloaded; sending it again does not send it twice.',
  /** A server refused a part the patient cannot edit (the request id, the page address…). */
  internal: 'A detail the form adds was refused, not what you typed.',
  offline: 'Not sent: you are offline. Your request is kept.',
  mail: 'Email your request',
  mailReady: 'Now send it from your email app.',
  mailNote: 'Your request goes by email.',
  mailCut: 'Message shortened: add the rest in the email.',
  mailSubject: 'Appointment request',
};
