/**
 * The clinic's safety-check configuration (JSON): `{ "items": { "<id>": { level, window, windows,
 * flaring, young, hidden, text, why } } }`. An id that is not a default adds the clinic's own yes/no
 * question (it needs `text` and `level`). Any bad field rejects the whole configuration, so the
 * conservative defaults apply; so does one that hides every question.
 */
import { fromJson, isObject, isText, own } from '../json-check.js';
import { LEVELS, type Level } from '../outcome.js';
import { DEFAULT_RULES, type Item, type Rules } from './items.js';

/** A field that could not be used: its path (e.g. `items.isotretinoin.window`) and value. */
export interface ConfigProblem {
  field: string;
  value?: unknown;
}

/**
 * `{ "months": 12 }`, `{ "weeks": 2, "days": 3 }`: whole, non-negative counts. Any other unit is
 * refused by the comparison: it reads undefined, or an inherited function or object (NaN).
 */
const isWindow = (v: unknown) =>
  isObject(v) &&
  // A key '' is not a unit either: it fails below.
  !!Object.keys(v)[0] &&
  Object.entries(v).every(
    ([u, n]) =>
      Number.isInteger(n) && (n as number) >= 0 && (n as number) <= ({ days: 3660, weeks: 520, months: 120 } as Record<string, number>)[u],
  );

/** Which fields an item takes, and whether a value fits. */
const FIELDS: Record<string, (v: unknown, item: Item) => boolean> = {
  level: (v) => LEVELS.includes(v as Level),
  text: (v) => isText(v, 500),
  why: (v) => isText(v, 500),
  hidden: (v) => typeof v === 'boolean',
  flaring: (v, i) => i.kind == 'flare' && LEVELS.includes(v as Level),
  young: (v, i) => i.kind == 'age' && LEVELS.includes(v as Level),
  window: (v, i) => i.kind == 'stopped' && isWindow(v),
  windows: (v, i) => isObject(v) && !!i.windows && Object.entries(v).every(([k, w]) => own(i.windows!, k) && isWindow(w)),
};

/** Parses a configuration (JSON text or an object) over `base`; any problem means `base` unchanged. */
export function parseScreeningConfig(input: unknown, base: Rules = DEFAULT_RULES): { rules: Rules; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const bad = (field: string, value: unknown) => problems.push({ field, value });
  const config = fromJson(input);
  const items = base.items.map((i) => ({ ...i }));
  if (!isObject(config)) bad('config', input);
  else
    for (const [key, value] of Object.entries(config)) {
      if (key != 'items' || !isObject(value)) {
        bad(key, value);
        continue;
      }
      for (const [id, over] of Object.entries(value)) {
        let item = items.find((i) => i.id == id);
        // A new id must not be a name every object has (`constructor`): the texts are looked up by id.
        if (!isObject(over) || (!item && !(/^[a-z][a-z0-9-]{0,39}$/.test(id) && !(id in {}) && 'text' in over && 'level' in over))) {
          bad(`items.${id}`, over);
          continue;
        }
        // Its level is set below ('level' is in it), or a problem rejects the whole configuration.
        if (!item) items.push((item = { id, sources: [] as string[] } as Item));
        for (const [k, v] of Object.entries(over)) {
          if (!(own(FIELDS, k) && FIELDS[k](v, item))) bad(`items.${id}.${k}`, v);
          else (item as unknown as Record<string, unknown>)[k] = k == 'windows' ? { ...item.windows, ...(v as object) } : v;
        }
      }
    }
  // Every question hidden: nobody could be screened, so the configuration is refused whole.
  if (items.every((i) => i.hidden)) bad('items', isObject(config) && config.items);
  return { rules: problems[0] ? base : { ...base, items }, problems };
}
