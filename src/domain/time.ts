/**
 * Calendar dates and wall-clock times in a given IANA timezone, computed with Temporal where the
 * browser has it and with `Intl` otherwise. (Temporal answers in well under a millisecond; the
 * first `Intl.DateTimeFormat` on a page starts ICU's formatting data, 20 to 40 ms, which would
 * otherwise delay the safety check's first render although its first screen shows no date.)
 * A calendar date is a `YYYY-MM-DD` string; an instant is a `Date`. Nothing here reads the clock.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY = 86_400_000;

const partsCache = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

/** The part of Temporal used here (not yet in TypeScript's lib). */
interface Temporal {
  Now: { timeZoneId(): string };
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(timeZone: string): WallClock } };
}
type WallClock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

/** Temporal when the browser has it, read at each call (so tests can take both paths). */
const temporal = (): Temporal | undefined => (globalThis as { Temporal?: Temporal }).Temporal;

/**
 * An IANA name or a UTC offset: Temporal would also take a whole ISO date-time string as a time
 * zone, which `Intl` refuses; both paths must agree.
 */
const ZONE_RE = /^(?:[a-z][\w+\-/]*|[+-]\d\d(?::?\d\d)?)$/i;

/** True when `tz` is an IANA timezone (or UTC offset) the browser knows. */
export function isTimeZone(tz: string): boolean {
  try {
    return ZONE_RE.test(tz) && !!zonedParts(new Date(0), tz);
  } catch {
    return false;
  }
}

/** The browser's own timezone. */
export function localTimeZone(): string {
  return temporal()?.Now.timeZoneId() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * True for a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30), from 1900 to 2199: no
 * clinic date lies outside, and date arithmetic stays within four-digit years.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m || m[1] < '1900' || m[1] > '2199') return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Minutes after midnight for `HH:MM` (24 h), or undefined. */
export function parseClock(value: string): number | undefined {
  const m = TIME_RE.exec(value.trim());
  return m ? +m[1] * 60 + +m[2] : undefined;
}

/** Wall-clock fields of `instant` in `timeZone` (Temporal's own object, or the formatter's parts as numbers). */
export function zonedParts(instant: Date, timeZone: string): WallClock {
  const t = temporal();
  if (t) return t.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  const p: Record<string, number> = {};
  for (const { type, value } of partsFormat(timeZone).formatToParts(instant)) p[type] = +value;
  return p as WallClock;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The calendar date of `instant` in `timeZone`. */
export function dateIn(instant: Date, timeZone: string): IsoDate {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Minutes after midnight of `instant` in `timeZone`. */
export function clockIn(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return p.hour * 60 + p.minute;
}

function toUtcMs(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY);
}

/** `date` plus `months`, clamped to the last day of the target month (08-31 + 6 → 02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${pad(ty, 4)}-${pad(tm + 1)}-${pad(Math.min(d, last))}`;
}

/** Day of the week of a calendar date, 0 = Sunday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` at `minutes` after midnight.
 * Like Temporal's "compatible" choice: in a spring-forward gap the time moves forward by the gap;
 * in a fall-back overlap the earlier instant is taken.
 */
export function zonedInstant(date: IsoDate, minutes: number, timeZone: string): Date {
  const wall = toUtcMs(date) + minutes * 60_000;
  const offsetAt = (ms: number) => {
    const p = zonedParts(new Date(ms), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
  };
  const before = offsetAt(wall - DAY);
  const after = offsetAt(wall + DAY);
  const valid = [before, after].map((o) => wall - o).filter((t) => t + offsetAt(t) === wall);
  return new Date(valid.length ? Math.min(...valid) : wall - before);
}
