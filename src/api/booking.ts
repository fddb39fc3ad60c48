/** Public API of the booking form. */
export { MnBookingForm } from '../elements/mn-booking-form/mn-booking-form.js';
export { BookingErrorEvent, BookingSubmitEvent, BookingSuccessEvent } from '../elements/mn-booking-form/events.js';
export { DEFAULT_SERVICES, SPACING, bookingWindow, parseServices, parseSlots, validateBooking } from '../domain/booking/rules.js';
export type { BookingDraft, BookingIssues, BookingPolicy, Service, Slot } from '../domain/booking/rules.js';
export { buildPayload } from '../domain/booking/build.js';
export { deliver } from '../domain/booking/deliver.js';
export type { DeliveryOptions, DeliveryResult } from '../domain/booking/deliver.js';
export type { BookingErrorResponse, BookingPayload, BookingPayloadV1 } from '../domain/booking/payload.js';
