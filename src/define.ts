import { MnAftercareTimeline } from './elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
import { MnBookingForm } from './elements/mn-booking-form/mn-booking-form.js';
import { MnClinic } from './elements/mn-clinic/mn-clinic.js';
import { MnContraindicationCheck } from './elements/mn-contraindication-check/mn-contraindication-check.js';
import { register } from './register.js';

register({
  'mn-clinic': MnClinic,
  'mn-contraindication-check': MnContraindicationCheck,
  'mn-aftercare-timeline': MnAftercareTimeline,
  'mn-booking-form': MnBookingForm,
});

declare global {
  interface HTMLElementTagNameMap {
    'mn-clinic': MnClinic;
    'mn-contraindication-check': MnContraindicationCheck;
    'mn-aftercare-timeline': MnAftercareTimeline;
    'mn-booking-form': MnBookingForm;
  }
}
