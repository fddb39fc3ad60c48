/** Checks shared by the parsers of clinic JSON (the safety check's configuration, the aftercare protocol). */

/** A plain JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/** Whether `key` is the object's own (`__proto__`, `constructor` and `toString` are not a protocol's keys). */
export const own: (o: object, key: string) => boolean = Object.hasOwn;

/** Text that is not blank and at most `max` characters long. */
export const isText = (v: unknown, max: number): v is string => typeof v == 'string' && !!v.trim() && v.length <= max;

/** JSON text parsed; anything else, and broken JSON text, as it is (so no object check accepts it). */
export function fromJson(input: unknown): unknown {
  try {
    return typeof input == 'string' ? JSON.parse(input) : input;
  } catch {
    return input;
  }
}

/**
 * A property's value as the text its attribute would hold: strings trimmed; numbers, booleans and
 * valid Dates (an ISO instant) as text; null and undefined unset; anything else (an object, an
 * array, an invalid Date) null, which no text parser accepts.
 */
export const toText = (v: unknown): string | null | undefined =>
  v == null ? undefined : v instanceof Date ? (isNaN(+v) ? null : v.toISOString()) : typeof v == 'object' ? null : String(v).trim();
