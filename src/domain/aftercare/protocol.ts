/* eslint-disable @typescript-eslint/no-explicit-any -- the validators below receive untyped JSON and narrow it themselves */
/**
 * The aftercare protocol: phases, milestones, the next-session window and red flags
 * (CLINICAL.md sections 2 and 3), and the parser for a clinic's own protocol JSON.
 * Windows are offsets from the end of treatment in elapsed time: `24h`, or `5d` (day 5 ends 120 hours after).
 */

import { fromJson, isObject, isText, own } from '../json-check.js';

/** An offset from the end of treatment: `<n>h` (hours) or `<n>d` (days of 24 hours, CLINICAL.md section 2). */
export type Offset = string;

/** The default protocol's phases (CLINICAL.md section 2); a clinic's protocol may add its own, with their texts. */
export type PhaseId = 'first-day' | 'day-two' | 'day-three' | 'peeling' | 'first-week' | 'weeks-2-4' | 'months-1-3' | 'months-3-6';
/** The milestones: the protocol's (a clinic may move them, not add any) and the next session. */
export type MilestoneId = 'makeup-ok' | 'sunscreen-ok' | 'exercise-ok' | 'actives-ok' | 'routine-ok' | 'tanning-ok' | 'next-session';

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
export const RED_FLAGS = ['worse', 'pain', 'pus', 'cold-sore', 'patches', 'tracks', 'lumps', 'bleeding', 'lasting'];

/** Hours of an offset (`5d` is 120), or undefined when malformed. */
export function offsetHours(offset: unknown): number | undefined {
  const m = typeof offset == 'string' && /^(\d{1,4})([hd])$/.exec(offset);
  return m ? +m[1] * (m[2] == 'd' ? 24 : 1) : undefined;
}

const isTexts = (v: unknown) => Array.isArray(v) && v.length && v.length <= 20 && v.every((s) => isText(s, 300));

/** The first problem in a clinic's protocol: where (`phases[2].end`) and the value found there. */
export interface ProtocolError {
  field: string;
  value: unknown;
}

/**
 * Reads a clinic's protocol (an object or JSON text). Keys given replace the defaults (milestones
 * are merged by id). On the first problem returns where it is, e.g. `phases[2].end`, and the value.
 */
export function parseProtocol(input: unknown): Protocol | ProtocolError {
  const json = fromJson(input) as Partial<Protocol>;
  if (!isObject(json)) return { field: 'JSON', value: input };
  let error: ProtocolError | undefined;
  /** Records the first failed check; `ok` is evaluated only while there is none. */
  const check = (field: string, value: unknown, ok: (v: any) => unknown) => !error && !ok(value) && (error ??= { field, value });
  let last = 0;
  const ids: string[] = [];
  const phase: Record<string, (v: any) => unknown> = {
    id: (v) => typeof v === 'string' && /^[a-z0-9-]{1,40}$/.test(v) && !ids.includes(v) && ids.push(v),
    end: (v) => (offsetHours(v) ?? 0) > last && (last = offsetHours(v)!),
    title: (v) => isText(v, 100),
    sources: isTexts,
    do: isTexts,
    avoid: isTexts,
    normal: isTexts,
  };
  const top: Record<string, (v: any) => unknown> = {
    phases: (v) =>
      Array.isArray(v) &&
      v.length &&
      v.length <= 20 &&
      v.every((p, i) => {
        const at = `phases[${i}]`;
        // Runs with no problem found yet: it stops at the first.
        if (!check(at, p, isObject))
          for (const k of new Set(['id', 'end', ...Object.keys(p)])) check(`${at}.${k}`, p[k], (x) => own(phase, k) && phase[k](x));
        return !error;
      }),
    milestones: (v) =>
      isObject(v) &&
      Object.entries(v).every(
        ([id, x]) => !check(`milestones.${id}`, x, (o) => own(DEFAULT_PROTOCOL.milestones, id) && offsetHours(o) != null),
      ),
    nextSession: (v) => Array.isArray(v) && v.length == 2 && v.every(Number.isInteger) && v[0] >= 14 && v[1] >= v[0] && v[1] <= 365,
    redFlags: isTexts,
  };
  for (const [key, value] of Object.entries(json)) check(key, value, (v) => own(top, key) && top[key](v));
  // Every key is known and sound: the clinic's replace the defaults.
  return (
    error ?? {
      ...DEFAULT_PROTOCOL,
      ...json,
      phases: json.phases?.map((p) => ({ sources: [], ...(p as Omit<PhaseDef, 'sources'>) })) ?? DEFAULT_PROTOCOL.phases,
      milestones: { ...DEFAULT_PROTOCOL.milestones, ...json.milestones },
    }
  );
}
