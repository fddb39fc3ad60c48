/**
 * The safety check's default rules: CLINICAL.md section 1 (screening items) and its preparation
 * table, each with its source codes. Every default is the conservative one; clinics override them
 * with their own configuration (config.ts).
 */
import type { Level } from '../outcome.js';

/** The default items' ids (a clinic may add its own). */
export type ItemId =
  | 'age'
  | 'pregnancy'
  | 'anticoagulants'
  | 'isotretinoin'
  | 'cancer-treatment'
  | 'immunosuppression'
  | 'bleeding-disorder'
  | 'diabetes'
  | 'skin-condition'
  | 'scleroderma'
  | 'keloid'
  | 'metal-allergy'
  | 'anesthetic-allergy'
  | 'skin-infection'
  | 'wound-or-sunburn'
  | 'active-acne'
  | 'cold-sore-now'
  | 'cold-sore-history'
  | 'skin-cancer'
  | 'lesions'
  | 'recent-scar'
  | 'darker-skin'
  | 'tan-or-sun'
  | 'recent-procedure';
/** The themes of the grouped layout's screens. */
export type Group = 'you' | 'health' | 'skin' | 'sun';
/** The kinds of recent procedure: those with a set wait, then those a clinician reviews. */
export type Kind = 'injectables' | 'laser-nonablative' | 'radiofrequency' | 'laser-ablative' | 'deep-peel' | 'surgery' | 'peel' | 'other';
/** The preparation steps. */
export type StepId =
  'antiviral' | 'avoid-sun' | 'stop-actives' | 'hair-removal' | 'bleeding-supplements' | 'self-tanner' | 'report-changes';
/** The source codes of CLINICAL.md. */
export const SOURCE_CODES = [
  'FDA',
  'SKINPEN',
  'TRIAL',
  'MAKER',
  'CHU2021',
  'ABLON2018',
  'DALWIG2020',
  'STRIAE2018',
  'DRPEN',
  'INMODE',
  'SEEDS',
] as const;
export type Source = (typeof SOURCE_CODES)[number];

/** A waiting period; the parts add up (months first, clamped to the month's end). */
export interface Window {
  days?: number;
  weeks?: number;
  months?: number;
}

/**
 * One screening item. `kind` selects its follow-ups: `stopped` (isotretinoin: `.taking`, then
 * `.stopped`), `flare` (`.flaring`), `procedure` (`.kinds`, a list, then a date `.<kind>` for each
 * one), `age` (a number, not yes/no).
 */
export interface Item {
  id: string;
  /** Level of a yes (`age`: under 18; `stopped`: still taking, or stopped within `window`). */
  level: Level;
  sources: string[];
  kind?: 'stopped' | 'flare' | 'procedure' | 'age';
  /** The theme of the screen that asks it in the grouped layout (a clinic's own items join the last). */
  group?: Group;
  /** Another item whose yes gives this item's finding too (a cold sore now: a history of cold sores). */
  by?: string;
  /** `stopped`: how long after the stop date treatment waits. */
  window?: Window;
  /** `procedure`: the wait after each kind of procedure; the latest one wins. */
  windows?: Record<string, Window>;
  /** `procedure`: the kinds that have no set wait, so a clinician reviews them (`consult`). */
  others?: string[];
  /** `flare`: level while flaring. */
  flaring?: Level;
  /** `age`: level from 18 to 21. */
  young?: Level;
  hidden?: boolean;
  /** The clinic's wording of the question, replacing the built-in one. */
  text?: string;
  /** The clinic's explanation of a finding, replacing the built-in one. */
  why?: string;
}

/** A preparation step, `days` before the appointment (none: always), or only `after` a finding of those items. */
export interface Step {
  id: string;
  days?: number;
  sources: string[];
  after?: string[];
}

export interface Rules {
  items: Item[];
  preparation: Step[];
}

const item = (id: ItemId, level: Level, sources: string, extra?: Partial<Item>): Item => ({
  id,
  level,
  sources: sources.split(' '),
  ...extra,
});
/** The items of one screen of the grouped layout. */
const group = (name: Group, ...items: Item[]) => items.map((i) => ({ ...i, group: name }));
const step = (id: StepId, sources: string, days?: number, after?: string[]): Step => ({
  id,
  sources: sources.split(' '),
  ...(days && { days }),
  ...(after && { after }),
});

/** The defaults (CLINICAL.md), in the order the questions are asked, in four themed screens. */
export const DEFAULT_RULES: Rules = {
  items: [
    ...group(
      'you',
      item('age', 'consult', 'FDA', { kind: 'age', young: 'advice' }),
      item('pregnancy', 'defer', 'FDA SKINPEN SEEDS'),
      item('anticoagulants', 'consult', 'FDA SKINPEN'),
      item('isotretinoin', 'defer', 'FDA MAKER SEEDS', { kind: 'stopped', window: { months: 6 } }),
      item('cancer-treatment', 'consult', 'FDA'),
      item('immunosuppression', 'consult', 'FDA SEEDS'),
    ),
    ...group(
      'health',
      item('bleeding-disorder', 'decline', 'FDA SKINPEN'),
      item('diabetes', 'consult', 'FDA SEEDS'),
      item('skin-condition', 'consult', 'FDA SKINPEN SEEDS', { kind: 'flare', flaring: 'defer' }),
      item('scleroderma', 'consult', 'SKINPEN SEEDS'),
      item('keloid', 'consult', 'FDA SKINPEN SEEDS'),
      item('metal-allergy', 'decline', 'FDA SKINPEN'),
      item('anesthetic-allergy', 'consult', 'FDA CHU2021'),
    ),
    ...group(
      'skin',
      item('skin-infection', 'defer', 'FDA SKINPEN'),
      item('wound-or-sunburn', 'defer', 'SKINPEN MAKER SEEDS'),
      item('active-acne', 'defer', 'TRIAL MAKER SEEDS'),
      item('cold-sore-now', 'defer', 'FDA'),
      item('cold-sore-history', 'advice', 'FDA SEEDS', { by: 'cold-sore-now' }),
      item('skin-cancer', 'decline', 'SKINPEN'),
      item('lesions', 'consult', 'FDA'),
      item('recent-scar', 'consult', 'SKINPEN'),
    ),
    ...group(
      'sun',
      item('darker-skin', 'advice', 'FDA CHU2021 SEEDS'),
      item('tan-or-sun', 'advice', 'FDA'),
      // No authority sets these for mechanical microneedling (SEEDS; windows from INMODE): clinics should set their own.
      item('recent-procedure', 'defer', 'SEEDS', {
        kind: 'procedure',
        windows: {
          injectables: { weeks: 2 },
          'laser-nonablative': { weeks: 3 },
          radiofrequency: { weeks: 3 },
          'laser-ablative': { weeks: 12 },
          'deep-peel': { weeks: 12 },
          surgery: { months: 12 },
        },
        // A light or medium peel, or another procedure (or not sure which): a clinician reviews it.
        others: ['peel', 'other'],
      }),
    ),
  ],
  // Earliest first, as the plan is shown: the antiviral question comes when booking.
  preparation: [
    step('antiviral', 'FDA', 0, ['cold-sore-history', 'cold-sore-now']),
    step('avoid-sun', 'MAKER SEEDS', 14),
    step('stop-actives', 'MAKER SEEDS', 7),
    step('hair-removal', 'SEEDS', 7),
    step('bleeding-supplements', 'DRPEN SEEDS', 3),
    step('self-tanner', 'MAKER', 2),
    step('report-changes', 'SEEDS'),
  ],
};
