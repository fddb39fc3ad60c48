/**
 * What a sent request looks like to the patient: its summary lines (the success screen and the
 * email text), the email link, and its tentative calendar entries. Pure: the words and the date
 * formats come in as arguments.
 */
import type { CalendarEvent } from '../calendar/ics.js';
import { own } from '../json-check.js';
import type { Area } from './draft.js';
import type { BookingPayloadV1, ContactMethod, TimeOfDay } from './payload.js';

/** Labels and names the summary uses (the booking messages). */
export interface SummaryWords {
  name: string;
  email: string;
  phone: string;
  contact: string;
  service: string;
  areas: string;
  lastSession: string;
  dates: string;
  message: string;
  contacts: Record<ContactMethod, string>;
  areaNames: Record<Area, string>;
  times: Record<TimeOfDay, string>;
}

export type Lines = Array<[string, string]>;

/**
 * Label/value lines of a request, the empty or absent ones left out; `date` formats an ISO date. The form's
 * requests ask for preferred dates (an exact slot came with the slots feed, which is parked).
 */
export function summaryLines(p: BookingPayloadV1, w: SummaryWords, date: (d: string) => string): Lines {
  return (
    [
      [w.name, p.contact.name],
      [w.email, p.contact.email],
      [w.phone, p.contact.phone],
      [w.contact, w.contacts[p.contact.preferred]],
      [w.service, p.service.name],
      [w.areas, p.areas.map((a) => (own(w.areaNames, a) ? w.areaNames[a as Area] : a)).join(', ')],
      [w.lastSession, p.lastSession && date(p.lastSession)],
      [w.dates, p.preferences.map((x) => `${date(x.date)} (${w.times[x.timeOfDay]})`).join('; ')],
      [w.message, p.message],
    ] as Lines
  ).filter(([, v]) => v);
}

/** Common mail clients accept a `mailto:` link of about 2,000 characters. */
export const MAILTO_MAX = 2000;

/**
 * A `mailto:` link with the lines as its body, the whole encoded link at most `MAILTO_MAX` characters:
 * a longer body is cut at the end (the message comes last), marked with "…", and `cut` says so.
 * `colon` goes between a line's label and its value (the language's `common.colon`; French: a no-break space before it).
 */
export function mailtoLink(to: string, subject: string, lines: Lines, colon: string): { href: string; cut: boolean } {
  const body = lines.map(([k, v]) => `${k}${colon} ${v}`).join('\n');
  let href = `mailto:${to}?subject=${encodeURIComponent(subject)}&body=`;
  // Encoded code point by code point (the same text as encoding it whole), keeping the longest link
  // that leaves room for a "…" (9 characters encoded), so a cut never splits a character.
  let kept = href;
  for (const c of body) if ((href += encodeURIComponent(c)).length <= MAILTO_MAX - 9) kept = href;
  const cut = href.length > MAILTO_MAX;
  return { href: cut ? `${kept}%E2%80%A6` : href, cut };
}

/**
 * A request's tentative calendar entries: one all-day entry per preferred date, named by the service
 * and the clinic, at the clinic's address, with a UID from the request's id. A request for an exact
 * slot has no preferred dates: its timed entry (`start`, `end`) comes back with the slots feed.
 */
export function requestEvents(p: BookingPayloadV1, clinic: { name?: string; address?: string }): CalendarEvent[] {
  return p.preferences.map((x, i) => ({
    uid: `${p.id}-${i}@mn-widgets`,
    summary: clinic.name ? `${p.service.name} (${clinic.name})` : p.service.name,
    location: clinic.address,
    date: x.date,
    status: 'TENTATIVE',
  }));
}
