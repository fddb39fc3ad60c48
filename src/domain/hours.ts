/**
 * Opening hours. Compact syntax: `Mo-Fr 09:00-18:00; Sa 10:00-14:00` (days Mo Tu We Th Fr Sa Su,
 * ranges or lists such as `Mo,We`, several time ranges joined by commas: `Mo 09:00-12:00,13:00-17:00`,
 * `Su closed`). Days not named are closed.
 */
import { type IsoDate, addDays, dateIn, parseClock, weekday, zonedInstant, zonedParts } from './time.js';

/** Opening ranges per weekday (0 = Sunday), each `[openMinutes, closeMinutes]` after midnight. */
export type Hours = Array<Array<[number, number]>>;

/**
 * Comma-separated items, each `a-b` or `a` alone (`[a, a]`), read by `read` (undefined or negative
 * for a bad token); undefined when any item is malformed.
 */
function pairs(text: string, read: (token: string) => number | undefined): Array<[number, number]> | undefined {
  const items = text.split(',').map((item) => item.split('-').map(read));
  // An undefined end makes the minimum NaN, which is not >= 0 either.
  return items.every((ends) => ends.length < 3 && Math.min(...(ends as number[])) >= 0)
    ? items.map(([a, b = a]) => [a, b] as [number, number])
    : undefined;
}

/** Parses the compact syntax; undefined when any part is malformed, or when the clinic is never open. */
export function parseHours(text: string): Hours | undefined {
  const hours: Hours = [0, 1, 2, 3, 4, 5, 6].map(() => []);
  for (const rule of text.split(';').filter((r) => r.trim())) {
    // A rule that does not match reads as empty days and times, which pairs refuses.
    const [, list = '', times = ''] = /^\s*(\S+)\s+(.+)$/.exec(rule) ?? [];
    // A weekday (0 = Sunday) from its first two letters (`Mo`, `Monday`), or -1.
    const days = pairs(list, (t) => 'su mo tu we th fr sa'.split(' ').indexOf(t.slice(0, 2).toLowerCase()));
    const spec = times.replace(/\s+/g, '');
    // A range ends after it starts (24:00 ends the day, and starts nothing).
    const ranges = /^(closed|off)$/i.test(spec) ? [] : pairs(spec, (t) => (t == '24:00' ? 1440 : parseClock(t)));
    if (!days || !ranges || ranges.some(([open, close]) => close <= open)) return undefined;
    // Each day from the first to the last, across the week's end (`Fr-Mo`).
    for (const [from, to] of days) for (let d = from; ; d = (d + 1) % 7) if (((hours[d] = ranges), d == to)) break;
  }
  return hours.some((d) => d.length) ? hours : undefined;
}

/** The opening ranges on a calendar date (empty when closed): `Hours` has seven days (parseHours) and an `IsoDate` a weekday. */
export function openingOn(hours: Hours, date: IsoDate): Array<[number, number]> {
  return hours[weekday(date)];
}

/** Closing time (minutes after midnight) on a date, or undefined when closed that day. */
export function closingTime(hours: Hours, date: IsoDate): number | undefined {
  const ranges = openingOn(hours, date);
  // The largest of all the times is a close (parseHours makes each range close after it opens); a
  // closed day has no first range (undefined).
  return ranges[0] && Math.max(...ranges.flat());
}

/**
 * Whether the clinic is open at `now` (in `timeZone`), and the next instant that may change it: the
 * next opening or closing today, else (open until midnight) midnight, else (closed) the next opening.
 */
export function openAt(hours: Hours, now: Date, timeZone: string): { open: boolean; next: Date } {
  let date = dateIn(now, timeZone);
  const p = zonedParts(now, timeZone);
  const minute = p.hour * 60 + p.minute;
  const ranges = openingOn(hours, date);
  const open = ranges.some(([a, b]) => a <= minute && minute < b);
  let next = Math.min(1440, ...ranges.flat().filter((m) => m > minute));
  // Closed for the rest of the day: the first opening in the week ahead (a day's smallest time:
  // parseHours makes each range close after it opens).
  for (let d = 0; !open && next == 1440 && d < 7; d++) next = Math.min(1440, ...openingOn(hours, (date = addDays(date, 1))).flat());
  return { open, next: zonedInstant(date, next, timeZone) };
}
