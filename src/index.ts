/**
 * mn-widgets: defines every element and exposes the public domain API
 * (also as `window.MnWidgets` in the paste-in script).
 */
import './define.js';

export { MnClinic } from './elements/mn-clinic/mn-clinic.js';
export { MnContraindicationCheck } from './elements/mn-contraindication-check/mn-contraindication-check.js';
export { MnAftercareTimeline } from './elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
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
export { addMessages } from './i18n/index.js';
export type { Catalogue, Translation } from './i18n/index.js';
