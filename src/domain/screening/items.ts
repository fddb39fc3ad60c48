/**
 * The safety check's default rules: CLINICAL.md section 1 (screening items) and its preparation
 * table, each with its source codes. Every default is the conservative one; clinics override them
 * with their own configuration (config.ts).
 */
import type { Level } from '../outcome.js';

/** A waiting period; the parts add up (months first, clamped to the month's end). */
export interface Window {
  days?: number;
  weeks?: number;
  months?: number;
}

/**
 * One screening item. `kind` selects its follow-ups: `stopped` (isotretinoin: `.taking`, then
 * `.stopped`), `flare` (`.flaring`), `procedure` (`.kind`, `.date`), `age` (a number, not yes/no).
 */
export interface Item {
  id: string;
  /** Level of a yes (`age`: under 18; `stopped`: still taking, or stopped within `window`). */
  level: Level;
  sources: string[];
  kind?: 'stopped' | 'flare' | 'procedure' | 'age';
  /** `stopped`: how long after the stop date treatment waits. */
  window?: Window;
  /** `procedure`: the wait after each kind of procedure. */
  windows?: Record<string, Window>;
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

/** A preparation step, `days` before the appointment (none: always). */
export interface Step {
  id: string;
  days?: number;
  sources: string[];
}

export interface Rules {
  items: Item[];
  preparation: Step[];
}

const item = (id: string, level: Level, sources: string, extra?: Partial<Item>): Item => ({
  id,
  level,
  sources: sources.split(' '),
  ...extra,
});
const step = (id: string, sources: string, days?: number): Step =>
  days ? { id, days, sources: sources.split(' ') } : { id, sources: sources.split(' ') };

/** The defaults (CLINICAL.md), in the order the questions are asked. */
export const DEFAULT_RULES: Rules = {
  items: [
    item('pregnancy', 'defer', 'FDA SKINPEN SEEDS'),
    item('bleeding-disorder', 'decline', 'FDA SKINPEN'),
    item('anticoagulants', 'consult', 'FDA SKINPEN'),
    item('isotretinoin', 'defer', 'FDA MAKER SEEDS', { kind: 'stopped', window: { months: 6 } }),
    item('skin-infection', 'defer', 'FDA SKINPEN'),
    item('cold-sore-now', 'defer', 'FDA'),
    item('cold-sore-history', 'advice', 'FDA SEEDS'),
    item('wound-or-sunburn', 'defer', 'SKINPEN MAKER SEEDS'),
    item('skin-cancer', 'decline', 'SKINPEN'),
    item('cancer-treatment', 'consult', 'FDA'),
    item('immunosuppression', 'consult', 'FDA SEEDS'),
    item('diabetes', 'consult', 'FDA SEEDS'),
    item('skin-condition', 'consult', 'FDA SKINPEN SEEDS', { kind: 'flare', flaring: 'defer' }),
    item('scleroderma', 'consult', 'SKINPEN SEEDS'),
    item('active-acne', 'defer', 'TRIAL MAKER SEEDS'),
    item('keloid', 'consult', 'FDA SKINPEN SEEDS'),
    item('lesions', 'consult', 'FDA'),
    item('metal-allergy', 'decline', 'FDA SKINPEN'),
    item('anesthetic-allergy', 'consult', 'FDA CHU2021'),
    item('darker-skin', 'advice', 'FDA CHU2021 SEEDS'),
    item('tan-or-sun', 'advice', 'FDA'),
    item('recent-scar', 'consult', 'SKINPEN'),
    item('age', 'consult', 'FDA', { kind: 'age', young: 'advice' }),
    // No authority sets these for mechanical microneedling (SEEDS; device-maker practice): clinics should set their own.
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
    }),
  ],
  // Earliest first, as the plan is shown.
  preparation: [
    step('avoid-sun', 'MAKER SEEDS', 14),
    step('stop-actives', 'MAKER SEEDS', 7),
    step('hair-removal', 'SEEDS', 7),
    step('bleeding-supplements', 'SEEDS', 3),
    step('self-tanner', 'MAKER', 2),
    step('report-changes', 'SEEDS'),
  ],
};
