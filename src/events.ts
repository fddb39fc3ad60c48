import type { Outcome } from './domain/outcome.js';

/** Fired by `<mn-contraindication-check>` when the patient reaches a result. Carries no answers. */
export class ScreeningCompleteEvent extends Event {
  static readonly type = 'mn-screening-complete';
  constructor(readonly detail: Outcome) {
    super(ScreeningCompleteEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<mn-contraindication-check>` when the patient starts again: the outcome no longer holds. */
export class ScreeningResetEvent extends Event {
  static readonly type = 'mn-screening-reset';
  constructor() {
    super(ScreeningResetEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-screening-complete': ScreeningCompleteEvent;
    'mn-screening-reset': ScreeningResetEvent;
  }
}
