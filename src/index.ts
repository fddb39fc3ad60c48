/**
 * mn-widgets: defines every element and exposes the public domain API
 * (also as `window.MnWidgets` in the paste-in script).
 */
import './define.js';

export { MnClinic } from './elements/mn-clinic/mn-clinic.js';
export { MnContraindicationCheck } from './elements/mn-contraindication-check/mn-contraindication-check.js';
export { MnAftercareTimeline } from './elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
export { MnBookingForm } from './elements/mn-booking-form/mn-booking-form.js';
export { BookingErrorEvent, BookingSubmitEvent, BookingSuccessEvent } from './elements/mn-booking-form/events.js';
export { MnElement } from './elements/shared/mn-element.js';
export { clinicContext, outcomeContext } from './context/clinic.js';
export { ScreeningCompleteEvent, ScreeningResetEvent } from './events.js';
export { parseClinic, parsePhone, parseHttpUrl, parseLocale } from './domain/clinic.js';
export type { ClinicConfig, ClinicValues, Notice, Phone, Theme } from './domain/clinic.js';
export { parseHours, closingTime, openingOn } from './domain/hours.js';
export type { Hours } from './domain/hours.js';
export { LEVELS, worse } from './domain/outcome.js';
export type { Level, Outcome } from './domain/outcome.js';
export { evaluateScreening, preparationPlan } from './domain/screening/evaluate.js';
export type { Answers, Finding, PlannedStep, ScreeningOptions, ScreeningResult } from './domain/screening/evaluate.js';
export { DEFAULT_RULES } from './domain/screening/items.js';
export type { Item, Rules, Step, Window } from './domain/screening/items.js';
export { parseScreeningConfig } from './domain/screening/config.js';
export type { ConfigProblem } from './domain/screening/config.js';
export { buildIcs } from './domain/calendar/ics.js';
export type { CalendarEvent } from './domain/calendar/ics.js';
export { buildAftercare, parseTreatedAt } from './domain/aftercare/schedule.js';
export type { Aftercare, AftercareOptions, Milestone, Phase } from './domain/aftercare/schedule.js';
export { DEFAULT_PROTOCOL, parseProtocol } from './domain/aftercare/protocol.js';
export type { PhaseDef, Protocol, ProtocolError } from './domain/aftercare/protocol.js';
export { DEFAULT_SERVICES, SPACING, bookingWindow, parseServices, parseSlots, validateBooking } from './domain/booking/rules.js';
export type { BookingDraft, BookingIssues, BookingPolicy, Service, Slot } from './domain/booking/rules.js';
export { buildPayload } from './domain/booking/build.js';
export { deliver } from './domain/booking/deliver.js';
export type { DeliveryOptions, DeliveryResult } from './domain/booking/deliver.js';
export type { BookingErrorResponse, BookingPayload, BookingPayloadV1 } from './domain/booking/payload.js';
export { addMessages } from './i18n/index.js';
export type { Catalogue, Translation } from './i18n/index.js';
