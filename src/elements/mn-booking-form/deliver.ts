/**
 * Sends a booking payload: one POST as JSON with an `Idempotency-Key` (the payload id; the id is in
 * the body too), bounded by `AbortSignal.timeout` and by `deadline`. With `simple`, a CORS simple
 * request: the JSON as `text/plain` and no custom header, so no preflight, for endpoints (form
 * services, webhooks) that refuse one. A failure goes to the patient, who may try again with the
 * same id (automatic retries are parked for size). It does I/O, so it is not in `domain/`.
 */
import type { BookingErrorResponse, BookingPayloadV1 } from '../../domain/booking/payload.js';

export interface DeliveryOptions {
  /** Milliseconds for the attempt (default 10 s). */
  timeout?: number;
  /** When to give up, in milliseconds since the epoch (`Date.now()` + budget). */
  deadline?: number;
  /** Send a CORS simple request: no `Idempotency-Key` header, `Content-Type: text/plain`. */
  simple?: boolean;
}

export interface DeliveryResult {
  ok: boolean;
  /** The HTTP status; undefined when no answer came (network error or timeout). */
  status?: number;
  /** A 4xx answer in the documented error format. */
  error?: BookingErrorResponse;
}

export async function deliver(url: string, payload: BookingPayloadV1, o: DeliveryOptions = {}): Promise<DeliveryResult> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: o.simple ? {} : { 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(Math.min(o.timeout ?? 10_000, (o.deadline ?? Infinity) - Date.now())),
      credentials: 'omit',
    });
    const { ok, status } = res;
    const r: DeliveryResult = { ok, status };
    // A 4xx answer in the documented error format (else none: not JSON, or no `error`).
    if (status >= 400 && status < 500)
      await res.json().then(
        (body) => typeof body?.error == 'string' && (r.error = body as BookingErrorResponse),
        () => 0,
      );
    return r;
  } catch {
    // No answer: offline, refused, dropped or timed out.
    return { ok: false };
  }
}
