/**
 * The npm root, `import { … } from 'mn-widgets'`: the typed domain API, with no side effects and
 * nothing that needs a DOM, so it imports in Node, SSR and workers. `mn-widgets/define` registers
 * the elements; `mn-widgets/elements/<tag>.js` registers one (and <mn-clinic>).
 */
export { version } from './version.js';
export { ScreeningCompleteEvent, ScreeningResetEvent } from './events.js';
export { BookingErrorEvent, BookingSubmitEvent, BookingSuccessEvent } from './elements/mn-booking-form/events.js';
export { parseClinic, parseHttpUrl, parseLocale } from './domain/clinic.js';
export { isEmail, parsePhone } from './domain/contact.js';
export type { ClinicConfig, ClinicValues, Notice, Phone, Theme } from './domain/clinic.js';
export { parseHours, closingTime, openingOn } from './domain/hours.js';
export type { Hours } from './domain/hours.js';
export { LEVELS, worse } from './domain/outcome.js';
export type { Level, Outcome } from './domain/outcome.js';
export { buildIcs } from './domain/calendar/ics.js';
export type { CalendarEvent } from './domain/calendar/ics.js';
export { addMessages } from './i18n/index.js';
export type { Catalogue, Translation } from './i18n/index.js';
// The safety check
export { evaluateScreening, preparationPlan } from './domain/screening/evaluate.js';
export type { Answers, Finding, PlannedStep, ScreeningOptions, ScreeningResult } from './domain/screening/evaluate.js';
export { DEFAULT_RULES } from './domain/screening/items.js';
export type { Item, Rules, Step, Window } from './domain/screening/items.js';
export { parseScreeningConfig } from './domain/screening/config.js';
export type { ConfigProblem } from './domain/screening/config.js';
// The aftercare timeline
export { buildAftercare, parseTreatedAt } from './domain/aftercare/schedule.js';
export type { Aftercare, AftercareOptions, Milestone, Phase } from './domain/aftercare/schedule.js';
export { DEFAULT_PROTOCOL, parseProtocol } from './domain/aftercare/protocol.js';
export type { PhaseDef, Protocol, ProtocolError } from './domain/aftercare/protocol.js';
// The booking form
export {
  DEFAULT_SERVICES,
  SPACING,
  bookingOffer,
  bookingWindow,
  parseServices,
  parseSlots,
  validateBooking,
} from './domain/booking/rules.js';
export type { BookingDraft, BookingIssues, BookingPolicy, Closed, Offer, Service, Slot } from './domain/booking/rules.js';
export { buildPayload } from './domain/booking/build.js';
export { deliver } from './elements/mn-booking-form/deliver.js';
export type { DeliveryOptions, DeliveryResult } from './elements/mn-booking-form/deliver.js';
export type { BookingErrorResponse, BookingPayload, BookingPayloadV1 } from './domain/booking/payload.js';
// The elements' types (the classes themselves come with mn-widgets/define or an element entry)
export type { MnClinic } from './elements/mn-clinic/mn-clinic.js';
export type { MnContraindicationCheck } from './elements/mn-contraindication-check/mn-contraindication-check.js';
export type { MnAftercareTimeline } from './elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
export type { MnBookingForm } from './elements/mn-booking-form/mn-booking-form.js';
