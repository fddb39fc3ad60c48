/**
 * The paste-in script `mn-widgets.js` (window.MnWidgets): <mn-clinic>, the safety check and the
 * aftercare timeline, with their API. The booking form is its own script (mn-booking-form.js)
 * while the three widgets together do not fit the size budget (see README, "Scripts and sizes").
 */
import { MnAftercareTimeline } from '../elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
import { MnClinic } from '../elements/mn-clinic/mn-clinic.js';
import { MnContraindicationCheck } from '../elements/mn-contraindication-check/mn-contraindication-check.js';
import { register } from '../register.js';

register({ 'mn-clinic': MnClinic, 'mn-contraindication-check': MnContraindicationCheck, 'mn-aftercare-timeline': MnAftercareTimeline });

export * from '../api/core.js';
export * from '../api/screening.js';
export * from '../api/aftercare.js';
