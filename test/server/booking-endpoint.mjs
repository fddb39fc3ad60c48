/**
 * A booking endpoint for the element tests (a web-test-runner middleware), so delivery is tested
 * against real HTTP: `POST /test-booking/<session>?seq=500,201` answers each request with the next
 * scenario of `seq` (the last repeats): a status (`201`, `400` with field errors in the documented
 * format, `429` with `Retry-After: <ra, default 1>`, `500`), `meta` (a 400 with codes, refusing a
 * path the patient cannot edit, like the WordPress plugin on a long `utm_content`), `fast` (a 400
 * with `code: "too-fast"` when `meta.fillMs` is under `min`, else 201), `coded` (a 400 with codes on
 * editable fields), `unknown` (a 409 with a code no form knows and the server's own sentence), `hang` (never answers), `drop` (a broken answer, then the connection closes) or
 * `reset` (the connection closes at once).
 * `GET /test-booking/<session>` returns the log: one entry per POST with its `Idempotency-Key`,
 * `Content-Type`, parsed body and arrival time. With `cors=simple` it is an endpoint on another
 * origin that, like many form services, allows the page's origin but no custom request header:
 * its preflight names no header, so a JSON request with `Idempotency-Key` is refused before it is
 * sent. `GET /test-slots/<ok|empty|error|hang>` serves a slots feed, after `delay` ms if given.
 */
const sessions = new Map();

const readBody = (req) =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => resolve(text));
  });

function json(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json');
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.body = JSON.stringify(body);
}

export async function bookingEndpoint(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const slots = /^\/test-slots\/(\w+)$/.exec(url.pathname);
  if (slots) {
    if (slots[1] === 'hang') return void (ctx.respond = false);
    await new Promise((r) => setTimeout(r, +(url.searchParams.get('delay') ?? 0)));
    const day = 86_400_000;
    const base = Math.ceil(Date.now() / day) * day + 14 * 3_600_000;
    if (slots[1] === 'error') return json(ctx, 500, { error: 'down' });
    return json(
      ctx,
      200,
      slots[1] === 'empty'
        ? []
        : [
            { start: new Date(base + 2 * day).toISOString(), durationMinutes: 60, services: ['microneedling'] },
            { start: new Date(base + 3 * day).toISOString(), durationMinutes: 30, services: ['consultation'] },
            { start: new Date(base + 4 * day).toISOString(), durationMinutes: 60 },
          ],
    );
  }
  const m = /^\/test-booking\/([\w-]+)$/.exec(url.pathname);
  if (!m) return next();
  const log = sessions.get(m[1]) ?? [];
  sessions.set(m[1], log);
  if (url.searchParams.get('cors') === 'simple') {
    ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.method === 'OPTIONS') return void (ctx.status = 204);
  }
  if (ctx.method === 'GET') return json(ctx, 200, log);
  const text = await readBody(ctx.req);
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  log.push({ key: ctx.get('Idempotency-Key'), type: ctx.get('Content-Type'), body, at: Date.now() });
  const seq = (url.searchParams.get('seq') ?? '201').split(',');
  const step = seq[Math.min(log.length - 1, seq.length - 1)];
  if (step === 'hang' || step === 'drop' || step === 'reset') {
    ctx.respond = false;
    // `reset` closes the connection before any byte: Chromium itself then re-sends the POST once
    // when the connection was a reused one, so the count is not exact. `drop` first sends a broken
    // head (two Content-Lengths), which the browser neither accepts nor re-sends: one POST per attempt.
    if (step === 'drop')
      ctx.req.socket.end('HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n', () => ctx.req.socket.destroy());
    if (step === 'reset') ctx.req.socket.destroy();
    return;
  }
  if (step === 'meta')
    return json(ctx, 400, { error: 'The booking request is not valid.', code: 'invalid', fields: { 'meta.utm.content': 'too-long' } });
  if (step === 'coded')
    return json(ctx, 400, {
      error: 'The booking request is not valid.',
      code: 'invalid',
      fields: { 'contact.email': 'email', 'contact.phone': 'too-long' },
    });
  if (step === 'unknown') return json(ctx, 409, { error: 'Bookings are paused for maintenance until 6 pm.', code: 'maintenance' });
  if (step === 'fast')
    return body?.meta?.fillMs < +(url.searchParams.get('min') ?? 2000)
      ? json(ctx, 400, { error: 'The form was sent too quickly.', code: 'too-fast' })
      : json(ctx, 201, { id: body?.id });
  const status = +step;
  if (status === 400)
    return json(ctx, 400, {
      error: 'Some details need a look.',
      fields: { 'contact.email': 'This address cannot receive mail.', 'preferences.0.date': 'We are fully booked that day.' },
    });
  if (status === 429) return json(ctx, 429, { error: 'Too many requests' }, { 'Retry-After': url.searchParams.get('ra') ?? '1' });
  return json(ctx, status, status < 300 ? { id: body?.id } : { error: 'Server error' });
}
