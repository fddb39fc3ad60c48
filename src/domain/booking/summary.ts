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
  slots: string;
  message: string;
  contacts: Record<ContactMethod, string>;
  areaNames: Record<Area, string>;
  times: Record<TimeOfDay, string>;
}

export type Lines = Array<[string, string]>;

/**
 * Label/value lines of a request, the empty or absent ones left out; `date` formats an ISO date,
 * `dateTime` an instant (the start of an exact slot from the slots feed).
 */
export function summaryLines(p: BookingPayloadV1, w: SummaryWords, date: (d: string) => string, dateTime: (d: string) => string): Lines {
  return (
    [
      [w.name, p.contact.name],
      [w.email, p.contact.email],
      [w.phone, p.contact.phone],
      [w.contact, w.contacts[p.contact.preferred]],
      [w.service, p.service.name],
      [w.areas, p.areas.map((a) => (own(w.areaNames, a) ? w.areaNames[a as Area] : a)).join(', ')],
      [w.lastSession, p.lastSession && date(p.lastSession)],
      // A request with an exact slot has no preferred dates, and one without no slot: one line shows.
      [w.slots, p.slot && dateTime(p.slot.start)],
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
 * A request's tentative calendar entries, named by the service and the clinic, at the clinic's
 * address, with a UID from the request's id: one timed entry for an exact slot, else one all-day
 * entry per preferred date.
 */
export function requestEvents(p: BookingPayloadV1, clinic: { name?: string; address?: string }): CalendarEvent[] {
  const base = {
    summary: clinic.name ? `${p.service.name} (${clinic.name})` : p.service.name,
    location: clinic.address,
    status: 'TENTATIVE' as const,
  };
  const slot = p.slot;
  return slot
    ? [
        {
          uid: `${p.id}@mn-widgets`,
          ...base,
          start: new Date(slot.start),
          end: new Date(Date.parse(slot.start) + slot.durationMinutes * 60_000),
        },
      ]
    : p.preferences.map((x, i) => ({ uid: `${p.id}-${i}@mn-widgets`, ...base, date: x.date }));
}
