import type { IsoDate } from './time.js';

/** Outcome levels of the safety check, least to most serious (CLINICAL.md section 1). */
export const LEVELS = ['clear', 'advice', 'consult', 'defer', 'decline'] as const;
export type Level = (typeof LEVELS)[number];

/** What the safety check tells the rest of the page: never the answers themselves. */
export interface Outcome {
  level: Level;
  /** For `defer`: the first date the patient is eligible, in the clinic's timezone. */
  earliestDate?: IsoDate;
  /** Finding ids, only when the clinic opted in with `share-findings`. */
  findings?: string[];
}

/** The more serious of two levels. */
export function worse(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}
