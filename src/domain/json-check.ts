/** Checks shared by the parsers of clinic JSON (the safety check's configuration, the aftercare protocol). */

/** A plain JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

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
