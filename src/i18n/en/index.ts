import { aftercare } from './aftercare.js';
import { booking } from './booking.js';
import { common } from './common.js';
import { screening } from './screening.js';

/** The English catalogue: the reference every other language is checked against. */
export const en = { common, aftercare, screening, booking };
