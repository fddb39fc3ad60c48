import type { BookingErrorResponse, BookingPayloadV1 } from '../../domain/booking/payload.js';

/**
 * Fired before sending; cancel it (`preventDefault()`) to send `detail` your own way.
 */
export class BookingSubmitEvent extends Event {
  static readonly type = 'mn-booking-submit';
  constructor(readonly detail: BookingPayloadV1) {
    super(BookingSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the clinic's endpoint accepted the request. */
export class BookingSuccessEvent extends Event {
  static readonly type = 'mn-booking-success';
  constructor(readonly detail: BookingPayloadV1) {
    super(BookingSuccessEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when sending failed after the automatic retries (or at once on a 4xx answer). */
export class BookingErrorEvent extends Event {
  static readonly type = 'mn-booking-error';
  constructor(readonly detail: { payload: BookingPayloadV1; status?: number; error?: BookingErrorResponse }) {
    super(BookingErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-booking-submit': BookingSubmitEvent;
    'mn-booking-success': BookingSuccessEvent;
    'mn-booking-error': BookingErrorEvent;
  }
}
