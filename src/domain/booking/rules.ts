/**
 * Booking rules: what a request may ask for, given the clinic's policy and the safety outcome.
 * Pure: `now` is an argument. Results are codes; the element turns them into words.
 */
import { isEmail, parsePhone } from '../contact.js';
import { type Hours, openingOn } from '../hours.js';
import { fromJson } from '../json-check.js';
import { type Outcome, bookable } from '../outcome.js';
import { type IsoDate, addDays, dateIn, isIsoDate } from '../time.js';
import type { ContactMethod, FieldCode, PreferredTime } from './payload.js';

/** A service the clinic offers. */
export interface Service {
  id: string;
  name: string;
  durationMinutes?: number;
  /** Microneedling (default true): session spacing and the safety outcome apply. False for consultations and calls. */
  treatment?: boolean;
}

/** One free slot from the clinic's slots feed. */
export interface Slot {
  /** ISO 8601 instant. */
  start: string;
  durationMinutes: number;
  /** Service ids it can hold; absent or empty: any. */
  services?: string[];
}

/** What the patient has entered (strings as typed; `dates` has up to three rows). */
export interface BookingDraft {
  name: string;
  email: string;
  phone: string;
  contact: ContactMethod;
  service: string;
  areas: string[];
  firstVisit: boolean;
  lastSession: string;
  dates: PreferredTime[];
  /** The start of the chosen slot when free slots are offered ('' until one is chosen); undefined for preferred dates. */
  slot?: string;
  message: string;
  consent: boolean;
  /**
   * Date fields typed in part (`lastSession`, `date0`...): the browser reads them as '' (a date
   * input's `validity.badInput`), yet something was typed, so they are flagged, not taken as empty.
   */
  incomplete?: string[];
}

export interface BookingPolicy {
  services: Service[];
  /** The clinic's timezone: calendar dates are dates there. */
  timezone: string;
  /** Days from the last microneedling session to the next (default 28, never below 14). */
  spacingDays?: number;
  /** How far ahead requests may go, in days (default 90). */
  horizonDays?: number;
  hours?: Hours;
  /** The safety check's outcome in the same clinic, if one was completed. */
  outcome?: Outcome;
  /** Treatment services need a completed safety check. */
  requireCheck?: boolean;
}

/**
 * What can be wrong with a field: the rules' codes, and a server's field codes. `horizon`,
 * `spacing`, `deferred` and `later` are worded with the date that applies.
 */
export const RULE_CODES = ['incomplete', 'future', 'past', 'horizon', 'closed', 'spacing', 'deferred', 'check'] as const;
export type IssueCode = FieldCode | Closed | (typeof RULE_CODES)[number];

/** Field → issue code, e.g. `{ email: 'email', date0: 'spacing' }`. */
export type BookingIssues = Record<string, IssueCode>;

/** Default spacing: about 4 weeks (TRIAL, MAKER); a clinic may lower it, never below 2 weeks (SEEDS). */
export const SPACING = { days: 28, min: 14, sources: ['TRIAL', 'MAKER', 'SEEDS'] } as const;
export const HORIZON_DAYS = 90;

export const DEFAULT_SERVICES: Service[] = [
  { id: 'consultation', name: 'Consultation', durationMinutes: 30, treatment: false },
  { id: 'microneedling', name: 'Microneedling', durationMinutes: 60 },
];

/**
 * Why a treatment cannot be requested online after the safety check: a clinician reviews first
 * (`review`), the clinic does not offer it (`declined`), something must resolve first (`resolve`,
 * a deferral without a date), or its earliest date lies past the dates accepted online (`later`).
 */
export const CLOSED_CODES = ['review', 'declined', 'resolve', 'later'] as const;
export type Closed = (typeof CLOSED_CODES)[number];

/** What the form offers: its services, and when treatment is not among them, why. */
export interface Offer {
  services: Service[];
  closed?: Closed;
  /** A dated deferral: treatment may be requested from this date on. */
  from?: IsoDate;
}

/**
 * The flow table (CLINICAL.md section 1, "What each outcome lets the patient book"): booking follows
 * the most restrictive finding (`bookable`). Treatment is offered with no outcome, after clear and
 * advice, and from the earliest date after dated deferrals alone; otherwise only consultations (the
 * clinic's, or the default one when it lists none): a consultation is always possible.
 */
export function bookingOffer(policy: BookingPolicy, now: Date): Offer {
  const { outcome: o, services } = policy;
  const access = o && bookable(o);
  const from = access == 'from' ? o!.earliestDate : undefined;
  const closed: Closed | undefined =
    access == 'no'
      ? o!.level == 'decline'
        ? 'declined'
        : o!.level == 'defer' && !o!.earliestDate
          ? 'resolve'
          : 'review'
      : from && from > addDays(dateIn(now, policy.timezone), policy.horizonDays ?? HORIZON_DAYS)
        ? 'later'
        : undefined;
  const consults = services.filter((s) => s.treatment === false);
  return { services: closed ? (consults[0] ? consults : DEFAULT_SERVICES.slice(0, 1)) : services, closed, from };
}

/** Services from JSON (attribute) or an array; undefined when malformed. */
export function parseServices(value: unknown): Service[] | undefined {
  const list = fromJson(value);
  return Array.isArray(list) && list.length && list.every((s) => s && typeof s.id === 'string' && typeof s.name === 'string')
    ? list
    : undefined;
}

/** Slots from the feed's JSON; undefined when malformed. */
export function parseSlots(value: unknown): Slot[] | undefined {
  return Array.isArray(value) && value.every((s) => s && !isNaN(Date.parse(s.start)) && s.durationMinutes > 0) ? value : undefined;
}

/**
 * The window a date must fall in: from `min` (today, or later because of spacing or a deferral)
 * to `max` (the horizon). `reason` says what set `min` when it is later than today. With opening
 * hours, `min` moves on to the next open day (within a week, and not past `max`).
 */
export function bookingWindow(draft: BookingDraft, policy: BookingPolicy, now: Date) {
  const { hours, outcome: o } = policy;
  const today = dateIn(now, policy.timezone);
  let min = today;
  let reason: 'spacing' | 'deferred' | undefined;
  // Microneedling unless the service says otherwise (an unknown service is not).
  const service = policy.services.find((s) => s.id == draft.service);
  const treatment = service && service.treatment !== false;
  if (treatment && !draft.firstVisit && isIsoDate(draft.lastSession)) {
    // The spacing in force: the clinic's, but never below the minimum.
    const next = addDays(draft.lastSession, Math.max(SPACING.min, policy.spacingDays ?? SPACING.days));
    if (next > min) [min, reason] = [next, 'spacing'];
  }
  // A dated deferral's date (an undated one's undefined is later than nothing: compares false).
  if (treatment && o?.level == 'defer' && o.earliestDate! > min) [min, reason] = [o.earliestDate!, 'deferred'];
  const max = addDays(today, policy.horizonDays ?? HORIZON_DAYS);
  const open = hours && [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(min, n)).find((d) => openingOn(hours, d).length);
  if (open && open <= max) min = open;
  return { today, min, max, reason };
}

/** Every problem with the draft, as field → code. Empty when the request can be sent. */
export function validateBooking(draft: BookingDraft, policy: BookingPolicy, now: Date): BookingIssues {
  const part = (field: string) => draft.incomplete?.includes(field) && 'incomplete';
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  const last = draft.lastSession.trim();
  const service = policy.services.find((s) => s.id == draft.service);
  const slot = draft.slot;
  // A slot from the clinic's own feed stands even on a day `hours` call closed.
  if (slot !== undefined) policy = { ...policy, hours: undefined };
  const w = bookingWindow(draft, policy, now);
  // Why `date` cannot be requested, or undefined. A closed day says so, even before `min`.
  const dateIssue = (date: IsoDate) =>
    w.min > w.max
      ? 'later'
      : date < w.today
        ? 'past'
        : date > w.max
          ? 'horizon'
          : policy.hours && !openingOn(policy.hours, date).length
            ? 'closed'
            : date < w.min
              ? w.reason
              : undefined;
  const start = new Date(slot!);
  const dates = draft.dates.slice(0, 3);
  // Each field once; the absent codes (false, '', undefined) left out.
  return Object.fromEntries(
    Object.entries({
      name: !draft.name.trim() && 'required',
      email: !email ? 'required' : !isEmail(email) && 'email',
      // Whatever was typed gets the phone rule's own code; 'required' only when nothing was.
      phone: !phone ? draft.contact != 'email' && 'required' : !parsePhone(phone) && 'phone',
      service: !service
        ? 'required'
        : service.treatment !== false && (bookingOffer(policy, now).closed ?? (policy.requireCheck && !policy.outcome && 'check')),
      lastSession:
        !draft.firstVisit && (part('lastSession') || (!last ? 'required' : !isIsoDate(last) ? 'date' : last > w.today && 'future')),
      ...(slot !== undefined
        ? { slot: !slot ? 'required' : isNaN(+start) ? 'date' : start < now ? 'past' : dateIssue(dateIn(start, policy.timezone)) }
        : {
            ...Object.fromEntries(
              dates.map(({ date }, i) => [`date${i}`, part(`date${i}`) || (date && (!isIsoDate(date) ? 'date' : dateIssue(date)))]),
            ),
            // date0's 'required' only when no date has a problem.
            ...(!dates.some((d, i) => d.date || part(`date${i}`)) && { date0: w.min > w.max ? 'later' : 'required' }),
          }),
      consent: !draft.consent && 'required',
    }).filter(([, code]) => code),
  ) as BookingIssues;
}
