/**
 * iCalendar (RFC 5545) export: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT escaping, a UID and DTSTAMP on every event. Timed events are written in
 * UTC (`...Z`), so no VTIMEZONE is needed; all-day events use `VALUE=DATE`.
 */
import { type IsoDate, addDays } from '../time.js';

export interface CalendarEvent {
  /** Unique and stable for the same event, e.g. `makeup-ok-20261121T150000Z@clinic.example`. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  /** A timed event: an instant. */
  start?: Date;
  end?: Date;
  /** An all-day event: the first day, and the last day (inclusive; default the same day). */
  date?: IsoDate;
  lastDate?: IsoDate;
  status?: 'TENTATIVE' | 'CONFIRMED';
  /** Sets TRANSP:TRANSPARENT, for reminders that should not block time. */
  free?: boolean;
}

/** A date or an instant (in UTC) in iCalendar's basic form: `20261219`, `20261122T200000Z`. */
function basic(when: IsoDate | Date): string {
  return (typeof when == 'string' ? when : when.toISOString()).replace(/[-:]|\.\d{3}/g, '');
}

/** A complete VCALENDAR document with the given events. `now` is the DTSTAMP. */
export function buildIcs(events: CalendarEvent[], now: Date, prodId = '-//mn-widgets//EN'): string {
  // No CALSCALE: GREGORIAN is its default (RFC 5545 3.7.1).
  return (
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${prodId}`,
      'METHOD:PUBLISH',
      ...events.flatMap((e) => [
        'BEGIN:VEVENT',
        `UID:${e.uid}`,
        `DTSTAMP:${basic(now)}`,
        ...(e.date
          ? [`DTSTART;VALUE=DATE:${basic(e.date)}`, `DTEND;VALUE=DATE:${basic(addDays(e.lastDate ?? e.date, 1))}`]
          : e.start
            ? [`DTSTART:${basic(e.start)}`, `DTEND:${basic(e.end ?? e.start)}`]
            : []),
        // TEXT values, escaped (RFC 5545 3.3.11; a status is a plain word, which escaping leaves as it is).
        // An empty one is left out (SUMMARY is optional too).
        ...(['summary', 'description', 'location', 'status'] as const)
          .filter((k) => e[k])
          .map((k) => `${k.toUpperCase()}:${e[k]!.replace(/[\\;,]/g, '\\$&').replace(/\r?\n|\r/g, '\\n')}`),
        ...(e.free ? ['TRANSP:TRANSPARENT'] : []),
        'END:VEVENT',
      ]),
      'END:VCALENDAR',
      '',
    ]
      // Each content line folded at 75 octets; continuation lines start with a space (RFC 5545 3.1).
      .map((line) => {
        let out = '';
        let size = 0;
        for (const char of line) {
          // UTF-8 octets of the code point, as a Blob holds it (a lone surrogate becomes U+FFFD, 3 octets).
          const bytes = new Blob([char]).size;
          // A continuation line's leading space counts.
          if ((size += bytes) > 75) {
            out += '\r\n ';
            size = bytes + 1;
          }
          out += char;
        }
        return out;
      })
      .join('\r\n')
  );
}
