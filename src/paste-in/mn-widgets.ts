/**
 * The paste-in script `mn-widgets.js` (window.MnWidgets): <mn-clinic> and the safety check, with
 * the shared and screening API. The aftercare timeline and the booking form have scripts of their
 * own while more than one widget does not fit the size budget (README, "Scripts and sizes").
 */
import { MnClinic } from '../elements/mn-clinic/mn-clinic.js';
import { MnContraindicationCheck } from '../elements/mn-contraindication-check/mn-contraindication-check.js';
import { register } from '../register.js';

register({ 'mn-clinic': MnClinic, 'mn-contraindication-check': MnContraindicationCheck });

export * from '../api/core.js';
export * from '../api/screening.js';
