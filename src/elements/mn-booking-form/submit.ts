import type { ReactiveControllerHost } from 'lit';
import type { BookingPayloadV1 } from '../../domain/booking/payload.js';
import { type DeliveryResult, deliver } from './deliver.js';
import { BookingErrorEvent, BookingSubmitEvent, BookingSuccessEvent } from './events.js';

/**
 * Where a request stands: being filled in (`idle`), `sending`, `sent`, `failed` (retry, phone,
 * email), or prepared as an email (`mail`). Nothing locks: each state but `sent` leads back to
 * `idle` or to a new send.
 */
export type SendState = 'idle' | 'sending' | 'sent' | 'failed' | 'mail';

/** A version 4 UUID. `crypto.randomUUID` exists in secure contexts only; a clinic site on plain http has `getRandomValues`. */
export const uuid = () =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16),
  );

/** The element's delivery settings (properties), read at each send. */
type Host = ReactiveControllerHost & HTMLElement & { budget: number; timeout: number };

/**
 * Sends the booking request, saying where it stands in `state`: `idle` → `sending` → `sent` or
 * `failed`, or `idle` → `mail`; the element moves a `failed` or `mail` request back to `idle` when
 * the patient edits, and a new send may start from any state but `sending` (which refuses it). One
 * request keeps one `id` over every try, until it succeeds: the server sees one request.
 * `mn-booking-submit` comes first; a host that cancels it sends the request its own way.
 */
export class SubmitController {
  state: SendState = 'idle';
  /** The request on its way, or the last one sent: what the summary and the email show. */
  payload?: BookingPayloadV1;
  /** Why the last send failed. */
  result?: DeliveryResult;
  /** The id of the request being sent, kept until it succeeds. */
  id?: string;

  constructor(private readonly host: Host) {}

  /**
   * Sends `build(id)` (built now, so `meta.fillMs` is measured again on every send) to `url` (none:
   * it is prepared as an email), as a CORS simple request with `simple`, after `hold` milliseconds
   * (the minimum fill time still to run); the failure screen comes `budget` ms after at most. It
   * asks the host to draw `sending`; the host draws the outcome when the returned promise settles.
   */
  async send(build: (id: string) => BookingPayloadV1, url?: string, simple?: boolean, hold = 0): Promise<void> {
    const h = this.host;
    if (this.state == 'sending') return;
    const deadline = Date.now() + h.budget;
    const p = (this.payload = build((this.id ??= uuid())));
    const submit = new BookingSubmitEvent(p);
    // Cancelled: the page sends it its own way.
    if (!h.dispatchEvent(submit)) return;
    if (!url) return void (this.state = 'mail');
    this.state = 'sending';
    h.requestUpdate();
    await new Promise((r) => setTimeout(r, hold));
    const r = await deliver(url, p, { deadline, simple, timeout: h.timeout });
    if (r.ok) {
      this.id = undefined;
      this.state = 'sent';
      h.dispatchEvent(new BookingSuccessEvent(p));
    } else {
      this.result = r;
      this.state = 'failed';
      h.dispatchEvent(new BookingErrorEvent({ payload: p, status: r.status, error: r.error }));
    }
  }
}
