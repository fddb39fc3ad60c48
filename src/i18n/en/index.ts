import { common } from './common.js';
import type { aftercare } from './aftercare.js';
import type { booking } from './booking.js';
import type { screening } from './screening.js';

/** The English catalogue: the reference every other language is checked against. */
export interface Catalogue {
  common: typeof common;
  screening: typeof screening;
  aftercare: typeof aftercare;
  booking: typeof booking;
}

/**
 * English texts. Each widget adds its own namespace when its module loads (`addEnglish`), so a
 * script that bundles some widgets carries only their texts.
 */
export const en = { common } as Catalogue;
