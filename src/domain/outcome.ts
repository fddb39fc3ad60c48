import type { IsoDate } from './time.js';

/** Outcome levels of the safety check, least to most serious (CLINICAL.md section 1). */
export const LEVELS = ['clear', 'advice', 'consult', 'defer', 'decline'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Whether microneedling may be booked online (CLINICAL.md section 1, "What each outcome lets the
 * patient book"): `yes`; `from` the outcome's `earliestDate` on; or `no`, consultations only.
 */
export type TreatmentAccess = 'yes' | 'from' | 'no';

/** What the safety check tells the rest of the page: never the answers themselves. */
export interface Outcome {
  level: Level;
  /** For `defer`, when every deferring finding has a date: the first date the patient is eligible, in the clinic's timezone. */
  earliestDate?: IsoDate;
  /** What may be booked, following the most restrictive finding; derived from `level` when absent (see `treatmentAccess`). */
  treatment?: TreatmentAccess;
  /** Finding ids, only when the clinic opted in with `share-findings`. */
  findings?: string[];
}

/**
 * What may be booked after findings of these levels (a dated deferral has `until`): any consult or
 * decline finding, or any deferral without a date, closes online treatment booking; dated
 * deferrals alone open it from their latest date; advice and clear leave it open.
 */
export function treatmentAccess(findings: ReadonlyArray<{ level: Level; until?: IsoDate }>): TreatmentAccess {
  if (findings.some((f) => f.level == 'consult' || f.level == 'decline' || (f.level == 'defer' && !f.until))) return 'no';
  return findings.some((f) => f.level == 'defer') ? 'from' : 'yes';
}

/**
 * What an outcome lets the patient book: its own `treatment` when the safety check gave it, else
 * the most a level alone allows (an outcome a page made itself, with the level only).
 */
export function bookable({ treatment, level, earliestDate }: Omit<Outcome, 'findings'>): TreatmentAccess {
  return treatment || (level == 'clear' || level == 'advice' ? 'yes' : level == 'defer' && earliestDate ? 'from' : 'no');
}

/** The more serious of two levels. */
export function worse(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}
