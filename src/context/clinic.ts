import { createContext } from '@lit/context';
import type { ClinicValues } from '../domain/clinic.js';
import type { Outcome } from '../domain/outcome.js';

/**
 * The clinic's configured values, provided by `<mn-clinic>`. A string key, so that two copies
 * of the library on one page (npm build and paste-in script) still find each other.
 */
export const clinicContext = createContext<ClinicValues | undefined>('mn-clinic');

/** The latest safety-check outcome inside one `<mn-clinic>` (undefined until a check completes). */
export const outcomeContext = createContext<Outcome | undefined>('mn-outcome');
