/**
 * Locale-aware formatting with `Intl`, cached per locale and options. Times of day are in the
 * clinic's zone, named ("3:00 PM EST") when the browser is in another one.
 */
import { type IsoDate, cached, localTimeZone } from '../domain/time.js';
import type { Window } from '../domain/screening/items.js';

/**
 * A formatter's text for `instant`: a date never breaks inside (no-break spaces; a line may break
 * only between a date and its time), and French writes the first day of a month as an ordinal,
 * "1er" (Intl writes "1").
 */
const dateFormat = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions, instant: Date) => {
  const text = cached(JSON.stringify([locale, timeZone, options]), () => new Intl.DateTimeFormat(locale, { ...options, timeZone }))
    .format(instant)
    .replace(/ /g, '\xa0')
    .replace(/,\xa0(?=\d\d?[:.]\d)/, ', ');
  return /^fr/i.test(locale) ? text.replace(/(?<!\d)1(?=\s\D)/, '1er') : text;
};

/** A day with its weekday, and the year when `year` (a date outside the current year). */
const day = (year?: boolean): Intl.DateTimeFormatOptions => ({
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: year ? 'numeric' : undefined,
});

/** A calendar date: "Nov 21, 2026" (`medium`, the default), or "Sat, Nov 21" (`day`, as `formatDateTime` writes it; "Sat, Jan 2, 2027" with `year`). */
export const formatDate = (date: IsoDate, locale: string, style?: 'medium' | 'day', year?: boolean): string =>
  dateFormat(locale, 'UTC', style == 'day' ? day(year) : { dateStyle: 'medium' }, new Date(`${date}T12:00Z`));

/**
 * A time of day in `timeZone` (with the date when `date`: "Sat, Nov 21, 3:00 PM"; `year` adds the
 * year), with the zone's name when the browser is elsewhere.
 */
export const formatTime = (instant: Date, locale: string, timeZone: string, date?: boolean, year?: boolean): string =>
  dateFormat(
    locale,
    timeZone,
    {
      ...(date && day(year)),
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: timeZone != localTimeZone() ? 'short' : undefined,
    },
    instant,
  );

/** Date and time in the clinic's zone, e.g. "Sat, Nov 21, 3:00 PM" ("… 3:00 PM EST" from another zone; `year` adds the year). */
export const formatDateTime = (instant: Date, locale: string, timeZone: string, year?: boolean): string =>
  formatTime(instant, locale, timeZone, true, year);

/** A waiting period in words: "6 months", "2 weeks". */
export function formatWindow(w: Window, locale: string): string {
  return Object.entries(w)
    .flatMap(([unit, n]) =>
      n ? new Intl.NumberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(n) : [],
    )
    .join(' ');
}

/** "today", "tomorrow", "in 3 days": a number of calendar days from today, in words. */
export function formatDays(days: number, locale: string): string {
  return cached(locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(days, 'day');
}
