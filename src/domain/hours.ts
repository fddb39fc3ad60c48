/**
 * Opening hours. Compact syntax: `Mo-Fr 09:00-18:00; Sa 10:00-14:00` (days Mo Tu We Th Fr Sa Su,
 * ranges or lists such as `Mo,We`, several time ranges joined by commas: `Mo 09:00-12:00,13:00-17:00`,
 * `Su closed`). Days not named are closed.
 */
import { type IsoDate, addDays, clockIn, dateIn, parseClock, weekday, zonedInstant } from './time.js';

/** Opening ranges per weekday (0 = Sunday), each `[openMinutes, closeMinutes]` after midnight. */
export type Hours = Array<Array<[number, number]>>;

const DAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

function dayIndex(token: string): number {
  return DAYS.indexOf(token.trim().slice(0, 2).toLowerCase());
}

function parseRanges(text: string): Array<[number, number]> | undefined {
  const out: Array<[number, number]> = [];
  for (const range of text.split(',')) {
    const [a, b, extra] = range.split('-');
    const open = parseClock(a ?? '');
    const close = b === undefined ? undefined : b.trim() === '24:00' ? 1440 : parseClock(b);
    if (extra !== undefined || open === undefined || close === undefined || close <= open) return undefined;
    out.push([open, close]);
  }
  return out;
}

function parseDays(text: string): number[] | undefined {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const [a, b, extra] = part.split('-');
    const from = dayIndex(a);
    const to = b === undefined ? from : dayIndex(b);
    if (extra !== undefined || from < 0 || to < 0 || a.trim().length < 2) return undefined;
    for (let d = from; ; d = (d + 1) % 7) {
      out.push(d);
      if (d === to) break;
    }
  }
  return out;
}

/** Parses the compact syntax; undefined when any part is malformed, or when the clinic is never open. */
export function parseHours(text: string): Hours | undefined {
  const hours: Hours = DAYS.map(() => []);
  for (const rule of text.split(';')) {
    if (!rule.trim()) continue;
    const m = /^\s*(\S+)\s+(.+)$/.exec(rule);
    const days = m && parseDays(m[1]);
    const spec = m?.[2].replace(/\s+/g, '');
    const ranges = spec && (/^(closed|off)$/i.test(spec) ? [] : parseRanges(spec));
    if (!days || !ranges) return undefined;
    for (const d of days) hours[d] = ranges;
  }
  return hours.some((d) => d.length) ? hours : undefined;
}

/** The opening ranges on a calendar date (empty when closed). */
export function openingOn(hours: Hours, date: IsoDate): Array<[number, number]> {
  return hours[weekday(date)] ?? [];
}

/** Closing time (minutes after midnight) on a date, or undefined when closed that day. */
export function closingTime(hours: Hours, date: IsoDate): number | undefined {
  const ranges = openingOn(hours, date);
  return ranges.length ? Math.max(...ranges.map((r) => r[1])) : undefined;
}

/**
 * Whether the clinic is open at `now` (in `timeZone`), and the next instant that may change it: the
 * next opening or closing today, else (open until midnight) midnight, else (closed) the next opening.
 */
export function openAt(hours: Hours, now: Date, timeZone: string): { open: boolean; next: Date } {
  let date = dateIn(now, timeZone);
  const minute = clockIn(now, timeZone);
  const ranges = openingOn(hours, date);
  const open = ranges.some(([a, b]) => a <= minute && minute < b);
  let next = Math.min(1440, ...ranges.flat().filter((m) => m > minute));
  // Closed for the rest of the day: the first opening in the week ahead.
  for (let d = 0; !open && next == 1440 && d < 7; d++)
    next = Math.min(1440, ...openingOn(hours, (date = addDays(date, 1))).map((r) => r[0]));
  return { open, next: zonedInstant(date, next, timeZone) };
}
