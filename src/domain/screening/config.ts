/**
 * The clinic's safety-check configuration (JSON), validated field by field:
 * `{ "items": { "<id>": { level, window, windows, flaring, young, hidden, text, why } },
 *    "preparation": { "<id>": { "days": 5 } } }`. An unknown id under `items` adds the clinic's
 * own yes/no question (it needs `text` and `level`). Any problem rejects the whole configuration,
 * so the conservative defaults apply.
 */
import { LEVELS, type Level } from '../outcome.js';
import { DEFAULT_RULES, type Item, type Rules, type Window } from './items.js';

/** A problem with one field: its path (e.g. `items.isotretinoin.window.months`), a code, the value. */
export interface ConfigProblem {
  field: string;
  code: 'json' | 'type' | 'unknown' | 'required' | 'value';
  value?: unknown;
}

const ID_RE = /^[a-z][a-z0-9-]{0,39}$/;
const UNITS: Record<string, number> = { days: 3660, weeks: 520, months: 120 };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, max: number) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

/** Parses a configuration (JSON text or an object) over `base`. */
export function parseScreeningConfig(input: unknown, base: Rules = DEFAULT_RULES): { rules: Rules; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const bad = (field: string, code: ConfigProblem['code'], value?: unknown) => void problems.push({ field, code, value });
  let config = input;
  if (typeof input === 'string') {
    try {
      config = JSON.parse(input);
    } catch {
      bad('config', 'json', input);
    }
  }
  const items = base.items.map((i) => ({ ...i }));
  const preparation = base.preparation.map((s) => ({ ...s }));
  const window = (path: string, v: unknown): Window | undefined => {
    if (!isObject(v) || !Object.keys(v).length) return void bad(path, 'type', v);
    for (const [unit, n] of Object.entries(v)) if (!(unit in UNITS) || !isCount(n, UNITS[unit])) bad(`${path}.${unit}`, unit in UNITS ? 'value' : 'unknown', n);
    return v as Window;
  };
  if (!problems.length && !isObject(config)) bad('config', 'type', config);
  else if (!problems.length) {
    for (const [key, value] of Object.entries(config as object)) {
      if (key !== 'items' && key !== 'preparation') bad(key, 'unknown');
      else if (!isObject(value)) bad(key, 'type', value);
      else if (key === 'preparation')
        for (const [id, step] of Object.entries(value)) {
          const path = `preparation.${id}`;
          const target = preparation.find((s) => s.id === id);
          if (!target) bad(path, 'unknown');
          else if (!isObject(step) || Object.keys(step).some((k) => k !== 'days')) bad(path, 'type', step);
          else if (!isCount(step.days, 365)) bad(`${path}.days`, 'value', step.days);
          else target.days = step.days as number;
        }
      else
        for (const [id, over] of Object.entries(value)) {
          const path = `items.${id}`;
          let target = items.find((i) => i.id === id);
          if (!isObject(over)) {
            bad(path, 'type', over);
            continue;
          }
          if (!target) {
            if (!ID_RE.test(id)) bad(path, 'value', id);
            for (const need of ['text', 'level']) if (!(need in over)) bad(`${path}.${need}`, 'required');
            items.push((target = { id, level: 'consult', sources: [] }));
          }
          const t = target as unknown as Record<string, unknown>;
          for (const [k, v] of Object.entries(over)) {
            const p = `${path}.${k}`;
            if (k === 'level' || (k === 'flaring' && target.kind === 'flare') || (k === 'young' && target.kind === 'age')) {
              if (LEVELS.includes(v as Level)) t[k] = v;
              else bad(p, 'value', v);
            } else if (k === 'window' && target.kind === 'stopped') t[k] = window(p, v);
            else if (k === 'windows' && target.windows) {
              if (!isObject(v)) bad(p, 'type', v);
              else for (const [kind, w] of Object.entries(v)) kind in target.windows ? (target.windows = { ...target.windows, [kind]: window(`${p}.${kind}`, w)! }) : bad(`${p}.${kind}`, 'unknown');
            } else if (k === 'hidden') {
              if (typeof v === 'boolean') t[k] = v;
              else bad(p, 'type', v);
            } else if (k === 'text' || k === 'why') {
              if (typeof v === 'string' && v.trim() && v.length <= 500) t[k] = v.trim();
              else bad(p, 'value', v);
            } else bad(p, 'unknown');
          }
        }
    }
  }
  return { rules: problems.length ? base : { items: items as Item[], preparation }, problems };
}
