/**
 * The paste-in script `mn-booking-form.js` (window.MnBooking): <mn-clinic> and the booking
 * form, with their API. Self-contained; beside the other scripts on one page it shares the clinic
 * and the safety check's outcome (whichever script loads first defines <mn-clinic>).
 */
import { MnBookingForm } from '../elements/mn-booking-form/mn-booking-form.js';
import { MnClinic } from '../elements/mn-clinic/mn-clinic.js';
import { register } from '../register.js';

register({ 'mn-clinic': MnClinic, 'mn-booking-form': MnBookingForm });

export * from '../api/core.js';
export * from '../api/booking.js';
