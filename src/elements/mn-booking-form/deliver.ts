/**
 * Sends a booking payload: POST (3 attempts at most) as JSON with an `Idempotency-Key` (the payload id, the same on
 * every attempt; the id is in the body too), each attempt bounded by `AbortSignal.timeout` and all
 * of them by `deadline`. Network errors (a dropped connection or a timeout included), 5xx and 429
 * are tried again with backoff (doubling from `retryDelay`), or after the server's `Retry-After` (seconds
 * or an HTTP date) when it is longer; a wait longer than 30 s or past the deadline is not waited: the failure goes to
 * the patient. Other 4xx are final. With `simple`, a CORS simple request: the JSON as `text/plain`
 * and no custom header, so no preflight, for endpoints (form services, webhooks) that refuse one.
 * It does I/O, so it is not in `domain/`.
 */
import type { BookingErrorResponse, BookingPayloadV1 } from '../../domain/booking/payload.js';

export interface DeliveryOptions {
  /** Milliseconds per attempt (default 10 s). */
  timeout?: number;
  /** First wait between attempts in milliseconds, doubled each time (default 1 s). */
  retryDelay?: number;
  /** When to give up, in milliseconds since the epoch (`Date.now()` + budget): no attempt or wait runs past it. */
  deadline?: number;
  /** Send a CORS simple request: no `Idempotency-Key` header, `Content-Type: text/plain`. */
  simple?: boolean;
}

export interface DeliveryResult {
  ok: boolean;
  /** The last HTTP status; undefined when no answer came (network error or timeout). */
  status?: number;
  /** A 4xx answer in the documented error format. */
  error?: BookingErrorResponse;
}

export async function deliver(url: string, payload: BookingPayloadV1, o: DeliveryOptions = {}): Promise<DeliveryResult> {
  const { deadline = Infinity } = o;
  // Offline (before an attempt or between two), no attempt is made: no answer.
  for (let n = 0; ;) {
    let wait = (o.retryDelay ?? 1000) * 2 ** n;
    let r: DeliveryResult = { ok: false };
    if (!navigator.onLine) return r;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: o.simple ? {} : { 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(Math.min(o.timeout ?? 10_000, deadline - Date.now())),
        credentials: 'omit',
      });
      const { ok, status } = res;
      const after = res.headers.get('Retry-After');
      r = { ok, status };
      // A 4xx answer in the documented error format (else none: not JSON, or no `error`).
      if (status >= 400 && status < 500)
        await res.json().then(
          (body) => typeof body?.error == 'string' && (r.error = body as BookingErrorResponse),
          () => 0,
        );
      // Success, or a 4xx other than 429: final.
      if (ok || (status < 500 && status != 429)) return r;
      // The server's wait in seconds or as a date, when it is longer (none or an unreadable one is NaN: never longer).
      const ms = +after! * 1000 || Date.parse(after!) - Date.now();
      if (ms > wait) wait = ms;
    } catch {
      // No answer: offline, refused, dropped or timed out. Worth another try.
    }
    if (++n > 2 || wait > 30_000 || Date.now() + wait >= deadline) return r;
    await new Promise((f) => setTimeout(f, wait));
  }
}
