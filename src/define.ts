import { ContextRoot } from '@lit/context';
import { MnAftercareTimeline } from './elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
import { MnBookingForm } from './elements/mn-booking-form/mn-booking-form.js';
import { MnClinic } from './elements/mn-clinic/mn-clinic.js';
import { MnContraindicationCheck } from './elements/mn-contraindication-check/mn-contraindication-check.js';

const ROOT = Symbol.for('mn-widgets.context-root');

/** Defines each element unless a tag is taken already (the script loaded twice, or a host's own). */
function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

// Lets a widget that upgrades before its <mn-clinic> (script order, late definition) find it later.
const doc = document as Document & { [ROOT]?: true };
if (!doc[ROOT]) {
  doc[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

define('mn-clinic', MnClinic);
define('mn-contraindication-check', MnContraindicationCheck);
define('mn-aftercare-timeline', MnAftercareTimeline);
define('mn-booking-form', MnBookingForm);

declare global {
  interface HTMLElementTagNameMap {
    'mn-clinic': MnClinic;
    'mn-contraindication-check': MnContraindicationCheck;
    'mn-aftercare-timeline': MnAftercareTimeline;
    'mn-booking-form': MnBookingForm;
  }
}
