/**
 * Locale-aware formatting with `Intl`, cached per locale and options. Times of day are in the
 * clinic's zone, named ("3:00 PM EST") when the browser is in another one.
 */
import { type IsoDate, localTimeZone } from '../domain/time.js';
import type { Window } from '../domain/screening/items.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

const dateFormat = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };

/** A calendar date: "Nov 21, 2026" (`medium`), or "Sat, Nov 21" (`day`, as `formatDateTime` writes it). */
export function formatDate(date: IsoDate, locale: string, style: 'medium' | 'day' = 'medium'): string {
  return dateFormat(locale, 'UTC', style == 'day' ? DAY : { dateStyle: 'medium' }).format(new Date(`${date}T12:00:00Z`));
}

/** A time of day (`day`: with the date, "Sat, Nov 21, 3:00 PM") in `timeZone`, with the zone's name when the browser is elsewhere. */
export function formatTime(instant: Date, locale: string, timeZone: string, day?: boolean): string {
  const zone = timeZone != localTimeZone() && 'short';
  return dateFormat(locale, timeZone, { ...(day && DAY), hour: 'numeric', minute: '2-digit', ...(zone && { timeZoneName: zone }) }).format(
    instant,
  );
}

/** Date and time in the clinic's zone, e.g. "Sat, Nov 21, 3:00 PM" ("… 3:00 PM EST" from another zone). */
export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return formatTime(instant, locale, timeZone, true);
}

/** A waiting period in words: "6 months", "2 weeks". */
export function formatWindow(w: Window, locale: string): string {
  return Object.entries(w)
    .filter(([, n]) => n)
    .map(([unit, n]) => new Intl.NumberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(n))
    .join(' ');
}

/** "in 5 hours", "tomorrow", "3 days ago": the largest whole unit of `ms` from now. */
export function formatRelative(ms: number, locale: string): string {
  const rtf = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const abs = Math.abs(ms);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < 3_600_000 ? [ms / 60_000, 'minute'] : abs < 86_400_000 ? [ms / 3_600_000, 'hour'] : [ms / 86_400_000, 'day'];
  return rtf.format(Math.round(value), unit);
}
