/** Locale-aware formatting with `Intl`, cached per locale and options. */
import type { IsoDate } from '../domain/time.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

const dateFormat = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));

/** A calendar date, e.g. "Saturday, November 21, 2026" (`long`) or "Nov 21, 2026" (`medium`). */
export function formatDate(date: IsoDate, locale: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { dateStyle: 'full' } : style === 'medium' ? { dateStyle: 'medium' } : { month: 'short', day: 'numeric' };
  return dateFormat(locale, 'UTC', options).format(new Date(`${date}T12:00:00Z`));
}

/** A wall-clock time in the clinic's zone, e.g. "3:00 PM". */
export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, { timeStyle: 'short' }).format(instant);
}

/** Date and time in the clinic's zone, e.g. "Sat, Nov 21, 3:00 PM". */
export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(
    instant,
  );
}

/** "in 5 hours", "tomorrow", "3 days ago": the largest whole unit of `ms` from now. */
export function formatRelative(ms: number, locale: string): string {
  const rtf = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const abs = Math.abs(ms);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < 3_600_000 ? [ms / 60_000, 'minute'] : abs < 86_400_000 ? [ms / 3_600_000, 'hour'] : [ms / 86_400_000, 'day'];
  return rtf.format(Math.round(value), unit);
}
