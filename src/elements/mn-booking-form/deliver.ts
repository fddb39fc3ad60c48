/**
 * Sends a booking payload: POST as JSON with an `Idempotency-Key` (the payload id, the same on
 * every attempt; the id is in the body too), each attempt bounded by `AbortSignal.timeout` and all
 * of them by `deadline`. Network errors (a dropped connection or a timeout included), 5xx and 429
 * are retried with exponential backoff, 429 and 503 after the server's `Retry-After`; other 4xx are
 * final. With `simple`, a CORS simple request: the JSON as `text/plain` and no custom header, so no
 * preflight, for endpoints (form services, webhooks) that refuse one. It does I/O, so it is not in
 * `domain/`.
 */
import type { BookingErrorResponse, BookingPayloadV1 } from '../../domain/booking/payload.js';

export interface DeliveryOptions {
  /** Attempts in all (default 3). */
  attempts?: number;
  /** Milliseconds per attempt (default 10 s). */
  timeout?: number;
  /** First backoff in milliseconds, doubled each time (default 1 s). */
  delay?: number;
  /** When to give up, in milliseconds since the epoch (`Date.now()` + budget): no attempt or wait runs past it. */
  deadline?: number;
  /** Send a CORS simple request: no `Idempotency-Key` header, `Content-Type: text/plain`. */
  simple?: boolean;
}

export interface DeliveryResult {
  ok: boolean;
  /** The last HTTP status; undefined when no answer came (network error or timeout). */
  status?: number;
  attempts: number;
  /** A 4xx answer in the documented error format. */
  error?: BookingErrorResponse;
}

/** A `Retry-After` longer than this is not waited for: the patient gets the failure screen. */
const MAX_WAIT = 30_000;

/** Milliseconds to wait from a `Retry-After` value (seconds or an HTTP date). */
export function retryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const ms = /^\d+$/.test(value.trim()) ? +value * 1000 : Date.parse(value) - now;
  return isNaN(ms) ? undefined : Math.max(0, ms);
}

export async function deliver(url: string, payload: BookingPayloadV1, o: DeliveryOptions = {}): Promise<DeliveryResult> {
  const { attempts = 3, timeout = 10_000, delay = 1000, deadline = Infinity } = o;
  for (let n = 1; ; n++) {
    let wait = delay * 2 ** (n - 1);
    let status: number | undefined;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: o.simple ? {} : { 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(Math.min(timeout, deadline - Date.now())),
        credentials: 'omit',
      });
      status = res.status;
      if (res.ok) return { ok: true, status, attempts: n };
      // A 4xx answer in the documented error format (else none: not JSON, or no `error`).
      if (status < 500 && status !== 429)
        return {
          ok: false,
          status,
          attempts: n,
          error: await res.json().then(
            (body) => (typeof body?.error === 'string' ? body : undefined),
            () => undefined,
          ),
        };
      wait = retryAfter(res.headers.get('Retry-After'), Date.now()) ?? wait;
    } catch {
      // No answer: offline, refused, dropped or timed out. Worth another try.
    }
    if (n >= attempts || wait > MAX_WAIT || Date.now() + wait >= deadline) return { ok: false, status, attempts: n };
    await new Promise((r) => setTimeout(r, wait));
  }
}
