import { type CommonTexts, common } from './common.js';
import type { AftercareTexts } from './aftercare.js';
import type { booking } from './booking.js';
import type { screening } from './screening.js';

/**
 * The shape of every language's texts: a namespace per widget, and `common`. English defines it
 * (each namespace is typed by its English file), and a language pack that is a `Catalogue` is
 * complete: the type checker names any text it lacks. Leaves are strings; lists (arrays, replaced
 * whole when a translation is merged); or functions of typed values, for sentences that hold them.
 * Tables keyed by a domain code (notices, phases, milestones…) have a text for every code.
 */
export interface Catalogue {
  common: CommonTexts;
  screening: typeof screening;
  aftercare: AftercareTexts;
  booking: typeof booking;
}

/**
 * English texts. Each widget adds its own namespace when its module loads (`addEnglish`), so a
 * script that bundles some widgets carries only their texts.
 */
export const en = { common } as Catalogue;
