import { createContext } from '@lit/context';
import type { ClinicValues } from '../domain/clinic.js';
import type { Outcome } from '../domain/outcome.js';

/**
 * The clinic's configured values, provided by `<mn-clinic>`. A string key, so that two copies
 * of the library on one page (npm build and paste-in script) still find each other.
 */
export const clinicContext = createContext<ClinicValues | undefined>('mn-clinic');

/**
 * The safety-check outcome a widget follows (undefined until its check completes): answered for
 * the whole document, pairing each widget with the check that shares its `clinic` id, else the
 * nearest check before it (see register.ts).
 */
export const outcomeContext = createContext<Outcome | undefined>('mn-outcome');
