/**
 * Calendar dates and wall-clock times in a given IANA timezone, computed with Temporal where the
 * browser has it and with `Intl` otherwise. (Temporal answers in well under a millisecond; the
 * first `Intl.DateTimeFormat` on a page starts ICU's formatting data, 20 to 40 ms, which would
 * otherwise delay the safety check's first render although its first screen shows no date.)
 * A calendar date is a `YYYY-MM-DD` string; an instant is a `Date`. Nothing here reads the clock.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A day of 24 hours, in milliseconds (between two UTC midnights). */
export const DAY = 86_400_000;

const memo = new Map<string, object>();
/** What `make` returns (an object: a formatter), made once per key (formatters are slow to make, quick to reuse). */
export const cached = <T extends object>(key: string, make: () => T): T => (memo.get(key) ?? memo.set(key, make()).get(key)) as T;

/** The part of Temporal used here (not yet in TypeScript's lib): globalThis.Temporal when the browser has it, read at each call (so tests can take both paths). */
interface Temporal {
  Now: { timeZoneId(): string };
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(timeZone: string): WallClock } };
}
type WallClock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

/** True when `tz` is an IANA timezone (or UTC offset) the browser knows. */
export function isTimeZone(tz: string): boolean {
  try {
    // An IANA name or a UTC offset: Temporal would also take a whole ISO date-time string as a time
    // zone, which `Intl` refuses; both paths must agree.
    return /^(?:[a-z][\w+\-/]*|[+-]\d\d(?::?\d\d)?)$/i.test(tz) && !!zonedParts(0, tz);
  } catch {
    return false;
  }
}

/** The browser's own timezone. */
export function localTimeZone(): string {
  return (globalThis as { Temporal?: Temporal }).Temporal?.Now.timeZoneId() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * True for a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30), from 1900 to 2199: no
 * clinic date lies outside, and date arithmetic stays within four-digit years.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // `YYYY-MM-DD` from 1900 to 2199 (a date-only form Date.parse reads as UTC midnight); an impossible
  // month or day is NaN (read as 0, 1970-01-01) or rolls over, so it does not come back the same.
  return typeof value == 'string' && /^(19|2[01])\d\d-\d\d-\d\d$/.test(value) && fromUtcMs(Date.parse(value) || 0) == value;
}

/** Minutes after midnight for `HH:MM` (24 h), or undefined. */
export function parseClock(value: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return m ? +m[1] * 60 + +m[2] : undefined;
}

/** Wall-clock fields of `instant` in `timeZone` (Temporal's own object, or the formatter's parts as numbers). */
export function zonedParts(instant: Date | number, timeZone: string): WallClock {
  const t = (globalThis as { Temporal?: Temporal }).Temporal;
  if (t) return t.Instant.fromEpochMilliseconds(+instant).toZonedDateTimeISO(timeZone);
  const format = cached(
    `p|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, +p.value])) as WallClock;
}

/** The wall clock of `instant` in `timeZone` (to the second), as the UTC instant that shows it. */
function wallMs(instant: Date | number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** The calendar date of `instant` in `timeZone`. */
export function dateIn(instant: Date, timeZone: string): IsoDate {
  return fromUtcMs(wallMs(instant, timeZone));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(Date.parse(date) + days * DAY);
}

/** `date` plus `months`, clamped to the last day of the target month (08-31 + 6 → 02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  // Date.UTC carries month overflow into the year; day 0 of the month after is the target's last,
  // and a day past it rolls over into the next month, so the earlier of the two.
  return fromUtcMs(Math.min(Date.UTC(y, m - 1 + months, d), Date.UTC(y, m + months, 0)));
}

/** Day of the week of a calendar date, 0 = Sunday. */
export function weekday(date: IsoDate): number {
  return new Date(date).getUTCDay();
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` at `minutes` (whole) after midnight.
 * Like Temporal's "compatible" choice: in a spring-forward gap the time moves forward by the gap;
 * in a fall-back overlap the earlier instant is taken.
 */
export function zonedInstant(date: IsoDate, minutes: number, timeZone: string): Date {
  const wall = Date.parse(date) + minutes * 60_000;
  // The wall clock ahead of UTC at `ms`. Every caller gives whole minutes, so each instant tried is
  // a whole second: the wall clock's seconds lose nothing.
  const offsetAt = (ms: number) => wallMs(ms, timeZone) - ms;
  // The instant with the offset a day before, then a day after; both fit only in an overlap, where
  // the offset before is the larger: the first is the earlier. In a gap neither fits: the first.
  const before = wall - offsetAt(wall - DAY);
  return new Date([before, wall - offsetAt(wall + DAY)].find((t) => t + offsetAt(t) == wall) ?? before);
}
