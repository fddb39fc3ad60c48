/**
 * The booking request as it travels to the clinic: a documented, versioned JSON contract shared by
 * `<mn-booking-form>`, any receiving server, and the WordPress plugin (whose JSON Schema is
 * generated from these types). It never carries health answers: only the safety outcome's level.
 */
import type { Level } from '../outcome.js';

export const PAYLOAD_VERSION = 1;

export type ContactMethod = 'email' | 'phone' | 'text';
export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'any';

/** One preferred date with a time of day. */
export interface PreferredTime {
  /** Calendar date in the clinic's timezone, `YYYY-MM-DD`. */
  date: string;
  timeOfDay: TimeOfDay;
}

/** Version 1 of the booking request. */
export interface BookingPayloadV1 {
  version: 1;
  /** A UUID for this request; also sent as the `Idempotency-Key` header, the same on every retry. */
  id: string;
  /** When the patient sent it, an ISO 8601 instant. */
  createdAt: string;
  contact: {
    name: string;
    email: string;
    phone?: string;
    preferred: ContactMethod;
  };
  service: {
    id: string;
    name: string;
    durationMinutes?: number;
  };
  /** Treatment areas chosen, e.g. `face`, `neck`. */
  areas: string[];
  /** True for a first visit; otherwise `lastSession` is the date of the last microneedling session. */
  firstVisit: boolean;
  lastSession?: string;
  /** Up to three preferred dates (empty when an exact `slot` was chosen). */
  preferences: PreferredTime[];
  /** An exact slot from the clinic's slots feed. */
  slot?: {
    /** ISO 8601 instant. */
    start: string;
    durationMinutes: number;
  };
  message?: string;
  consent: {
    given: true;
    /** The privacy page the patient agreed to, and its version if the clinic set one. */
    policyUrl?: string;
    policyVersion?: string;
    /** ISO 8601 instant. */
    at: string;
  };
  /** The safety check's outcome level only (never answers), when a check was completed. */
  screening?: {
    level: Level;
    /** True when the outcome asks for a clinician to review before treatment (`consult`). */
    review?: boolean;
  };
  /** The patient's locale and the clinic's timezone the dates are in. */
  locale: string;
  timezone: string;
  meta: {
    /** `utm_*` parameters of the page, without the prefix: at most 10, of 100 characters each. */
    utm?: Record<string, string>;
    /** The page the form was on (origin and path, no query). */
    page?: string;
    /** Milliseconds from the form's first render to sending: bots are fast. */
    fillMs: number;
    /** The hidden trap field's value: always empty from a person. */
    trap: string;
  };
}

export type BookingPayload = BookingPayloadV1;

/** A server's `code` for the request as a whole (`error-codes.json`, `request`). */
export const REQUEST_CODES = ['invalid', 'too-large', 'too-fast', 'rate-limited', 'rejected', 'unreadable', 'unavailable'] as const;
export type RequestCode = (typeof REQUEST_CODES)[number];
/** A server's code for one field (`error-codes.json`, `field`). */
export const FIELD_CODES = ['required', 'email', 'phone', 'date', 'too-long', 'too-many', 'value'] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

/**
 * The documented error answer a server may give with a 4xx status. `code` names the problem from
 * the shared list (`error-codes.json`, `request`), and each `fields` value is a code from its
 * `field` list, keyed by payload path (`contact.email`, `preferences.0.date`, `meta.utm.content`):
 * the form words them in the patient's language. `error` is the server's own sentence, shown only
 * when there is no code the form knows; a `fields` value that is not a code is shown as written.
 */
export interface BookingErrorResponse {
  error: string;
  code?: string;
  fields?: Record<string, string>;
}
