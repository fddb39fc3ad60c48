/** `import 'mn-widgets/elements/mn-booking-form.js'`: registers <mn-booking-form>, and <mn-clinic> with it (unless a tag is taken). */
import { register } from '../register.js';
import { MnClinic } from './mn-clinic/mn-clinic.js';
import { MnBookingForm } from './mn-booking-form/mn-booking-form.js';

register({ 'mn-clinic': MnClinic, 'mn-booking-form': MnBookingForm });

export { MnBookingForm };

declare global {
  interface HTMLElementTagNameMap {
    'mn-clinic': MnClinic;
    'mn-booking-form': MnBookingForm;
  }
}
