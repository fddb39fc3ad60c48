/** Public API shared by every bundle: the clinic, the widget base, contexts, events, i18n. */
export { MnClinic } from '../elements/mn-clinic/mn-clinic.js';
export { MnElement } from '../elements/shared/mn-element.js';
export { clinicContext, outcomeContext } from '../context/clinic.js';
export { ScreeningCompleteEvent, ScreeningResetEvent } from '../events.js';
export { parseClinic, parsePhone, parseHttpUrl, parseLocale } from '../domain/clinic.js';
export type { ClinicConfig, ClinicValues, Notice, Phone, Theme } from '../domain/clinic.js';
export { parseHours, closingTime, openingOn } from '../domain/hours.js';
export type { Hours } from '../domain/hours.js';
export { LEVELS, worse } from '../domain/outcome.js';
export type { Level, Outcome } from '../domain/outcome.js';
export { buildIcs } from '../domain/calendar/ics.js';
export type { CalendarEvent } from '../domain/calendar/ics.js';
export { addMessages } from '../i18n/index.js';
export type { Catalogue, Translation } from '../i18n/index.js';
