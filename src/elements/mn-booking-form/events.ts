import type { BookingErrorResponse, BookingPayloadV1 } from '../../domain/booking/payload.js';

/**
 * Fired before sending; cancel it (`preventDefault()`) to send `detail` your own way, or hand the
 * form your sending with `respondWith(promise)` so that it shows its states for it.
 */
export class BookingSubmitEvent extends Event {
  static readonly type = 'mn-booking-submit';
  /** The promise given to `respondWith`. */
  response?: Promise<unknown>;
  constructor(readonly detail: BookingPayloadV1) {
    super(BookingSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
  /**
   * Sends the request your own way, with the form's states: "Sending…", then the success screen
   * when `promise` resolves, or the failure screen (Try again, phone, email, every value kept) when
   * it rejects or has not settled 15 s after Send. Call it while the event is dispatched; it
   * cancels the event.
   */
  respondWith(promise: Promise<unknown>): void {
    this.preventDefault();
    this.response = promise;
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
