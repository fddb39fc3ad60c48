/**
 * The aftercare protocol: phases, milestones, the next-session window and red flags
 * (CLINICAL.md sections 2 and 3), and the parser for a clinic's own protocol JSON.
 * Windows are offsets from the end of treatment: `24h` counts elapsed hours, `5d` calendar days.
 */

/** An offset from the end of treatment: `<n>h` (elapsed hours) or `<n>d` (calendar days). */
export type Offset = string;

/** One phase; it starts where the previous one ends (the first at the end of treatment). */
export interface PhaseDef {
  id: string;
  end: Offset;
  /** CLINICAL.md source codes. */
  sources: string[];
  /** The clinic's own texts; when absent the catalogue's texts for `id` are shown. */
  title?: string;
  do?: string[];
  avoid?: string[];
  normal?: string[];
}

export interface Protocol {
  phases: PhaseDef[];
  /** Milestone id → offset. */
  milestones: Record<string, Offset>;
  /** The next session's window in calendar days after treatment: first and last day. */
  nextSession: [number, number];
  /** The clinic's own red-flag texts (default: the catalogue's). */
  redFlags?: string[];
}

const phase = (id: string, end: Offset, sources: string): PhaseDef => ({ id, end, sources: sources.split(' ') });

/** The defaults of CLINICAL.md section 2, with their sources. */
export const DEFAULT_PROTOCOL: Protocol = {
  phases: [
    phase('first-day', '24h', 'MAKER TRIAL SEEDS'),
    phase('day-two', '48h', 'MAKER SEEDS'),
    phase('day-three', '72h', 'MAKER'),
    phase('peeling', '5d', 'FDA SEEDS'),
    phase('first-week', '7d', 'CHU2021 STRIAE2018'),
    phase('weeks-2-4', '28d', 'FDA SEEDS'),
    phase('months-1-3', '90d', 'ABLON2018 DALWIG2020'),
    phase('months-3-6', '180d', 'ABLON2018 TRIAL'),
  ],
  milestones: {
    'makeup-ok': '24h',
    'sunscreen-ok': '24h',
    'exercise-ok': '72h',
    'actives-ok': '5d',
    'routine-ok': '7d',
    'tanning-ok': '14d',
  },
  // Earliest 28 days, usual window 28-42 days; a clinic may lower it, never below 14 (section 3).
  nextSession: [28, 42],
};

/** Sources of the default milestones, the next-session window and the red flags. */
export const SOURCES: Record<string, string[]> = {
  'makeup-ok': ['MAKER', 'SEEDS'],
  'sunscreen-ok': ['MAKER', 'SEEDS'],
  'exercise-ok': ['MAKER'],
  'actives-ok': ['FDA', 'SEEDS'],
  'routine-ok': ['CHU2021', 'STRIAE2018'],
  'tanning-ok': ['FDA', 'SEEDS'],
  'next-session': ['TRIAL', 'MAKER', 'SEEDS'],
  'red-flags': ['FDA', 'TRIAL', 'CHU2021', 'SEEDS'],
};

/** Red flags of CLINICAL.md section 2, shown in every phase (texts in the catalogue). */
export const RED_FLAGS = ['worse', 'pus', 'cold-sore', 'patches', 'tracks', 'lumps', 'bleeding', 'lasting'];

/** Hours of an offset (`5d` counts as 120 for ordering), or undefined when malformed. */
export function offsetHours(offset: unknown): number | undefined {
  const m = typeof offset === 'string' ? /^(\d{1,4})([hd])$/.exec(offset) : null;
  return m ? +m[1] * (m[2] === 'd' ? 24 : 1) : undefined;
}

const isText = (v: unknown, max = 300) => typeof v === 'string' && v.trim() !== '' && v.length <= max;
const isTexts = (v: unknown) => Array.isArray(v) && v.length <= 20 && v.every((s) => isText(s));
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const PHASE_KEYS = ['id', 'end', 'sources', 'title', 'do', 'avoid', 'normal'];

/** The first problem in a clinic's protocol: where (`phases[2].end`) and the value found there. */
export interface ProtocolError {
  field: string;
  value: unknown;
}

/**
 * Reads a clinic's protocol (an object or JSON text). Keys given replace the defaults (milestones
 * are merged by id). On the first problem returns `{ field }` naming it, e.g. `phases[2].end`.
 */
export function parseProtocol(input: unknown): Protocol | ProtocolError {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return { field: 'JSON', value: input };
    }
  }
  if (!isObject(json)) return { field: 'JSON', value: json };
  const out: Protocol = { ...DEFAULT_PROTOCOL, milestones: { ...DEFAULT_PROTOCOL.milestones } };
  for (const [key, value] of Object.entries(json)) {
    if (key === 'phases') {
      if (!Array.isArray(value) || !value.length || value.length > 20) return { field: key, value };
      let last = 0;
      for (const [i, p] of value.entries()) {
        const at = (f: string) => ({ field: `phases[${i}]${f && '.'}${f}`, value: f ? p[f] : p });
        if (!isObject(p)) return at('');
        const bad = Object.keys(p).find((k) => !PHASE_KEYS.includes(k));
        if (bad) return at(bad);
        if (typeof p.id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(p.id) || value.findIndex((q) => q?.id === p.id) < i) return at('id');
        const hours = offsetHours(p.end);
        if (!hours || hours <= last) return at('end');
        last = hours;
        if (p.title !== undefined && !isText(p.title, 100)) return at('title');
        for (const k of ['sources', 'do', 'avoid', 'normal']) if (p[k] !== undefined && !isTexts(p[k])) return at(k);
      }
      out.phases = value.map((p) => ({ sources: [], ...p }));
    } else if (key === 'milestones') {
      if (!isObject(value)) return { field: key, value };
      for (const [id, offset] of Object.entries(value)) {
        if (!(id in DEFAULT_PROTOCOL.milestones) || offsetHours(offset) === undefined) return { field: `milestones.${id}`, value: offset };
        out.milestones[id] = offset as Offset;
      }
    } else if (key === 'nextSession') {
      const [from, to] = Array.isArray(value) ? value : [];
      if (!Number.isInteger(from) || !Number.isInteger(to) || from < 14 || to < from || to > 365 || (value as unknown[]).length !== 2) return { field: key, value };
      out.nextSession = [from, to];
    } else if (key === 'redFlags') {
      if (!isTexts(value) || !(value as unknown[]).length) return { field: key, value };
      out.redFlags = value as string[];
    } else return { field: key, value };
  }
  return out;
}
