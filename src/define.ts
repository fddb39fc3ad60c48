/**
 * `import 'mn-widgets/define'`: registers every element (each unless its tag is taken). The order is
 * the paste-in script's layout too: the two forms side by side compress best (measured; see the
 * layout plugin in vite.config.ts). No element depends on another being defined first.
 */
import './elements/mn-clinic.js';
import './elements/mn-booking-form.js';
import './elements/mn-contraindication-check.js';
import './elements/mn-aftercare-timeline.js';

export { MnClinic } from './elements/mn-clinic/mn-clinic.js';
export { MnContraindicationCheck } from './elements/mn-contraindication-check/mn-contraindication-check.js';
export { MnAftercareTimeline } from './elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
export { MnBookingForm } from './elements/mn-booking-form/mn-booking-form.js';
export { MnElement } from './elements/shared/mn-element.js';
export { clinicContext, outcomeContext } from './context/clinic.js';
