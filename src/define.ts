/**
 * `import 'mn-widgets/define'`: registers every element (each unless its tag is taken), in one call.
 * The order is the paste-in script's layout too: the two forms side by side compress best
 * (measured; see the layout plugin in vite.config.ts). No element depends on another being defined
 * first. (Each element's own entry, `mn-widgets/elements/<tag>.js`, registers it and <mn-clinic>.)
 */
import { register } from './register.js';
import { MnClinic } from './elements/mn-clinic/mn-clinic.js';
import { MnBookingForm } from './elements/mn-booking-form/mn-booking-form.js';
import { MnContraindicationCheck } from './elements/mn-contraindication-check/mn-contraindication-check.js';
import { MnAftercareTimeline } from './elements/mn-aftercare-timeline/mn-aftercare-timeline.js';

register({
  'mn-clinic': MnClinic,
  'mn-booking-form': MnBookingForm,
  'mn-contraindication-check': MnContraindicationCheck,
  'mn-aftercare-timeline': MnAftercareTimeline,
});

export { MnClinic, MnContraindicationCheck, MnAftercareTimeline, MnBookingForm };
export { MnElement } from './elements/shared/mn-element.js';
export { clinicContext, outcomeContext } from './context/clinic.js';

declare global {
  interface HTMLElementTagNameMap {
    'mn-clinic': MnClinic;
    'mn-booking-form': MnBookingForm;
    'mn-contraindication-check': MnContraindicationCheck;
    'mn-aftercare-timeline': MnAftercareTimeline;
  }
}
