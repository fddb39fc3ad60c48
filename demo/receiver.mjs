/**
 * The demo's receiving endpoint, so a newcomer running `npm start` sees booking requests arrive:
 * `POST /api/bookings` appends each request (its Idempotency-Key, the time, the JSON payload) to
 * the git-ignored `demo/.requests.jsonl` and answers 201 (a repeated key answers 200 and is not
 * stored twice); `GET /api/bookings` lists what arrived, newest first. `GET /api/slots` is a
 * free-times feed for the booking form's `slots-src` (README, "Free times").
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('./.requests.jsonl', import.meta.url));

const read = () =>
  existsSync(FILE)
    ? readFileSync(FILE, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];

function send(res, status, body) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body, null, 2));
}

/**
 * Free times for the next two weeks, as a clinic's booking system would list them: weekdays at
 * 10:00 (microneedling, an hour), 11:30 and 14:30 (consultations, half an hour), and Saturdays at
 * 10:30 (a consultation), New York time, with some already taken. Starts are UTC instants.
 */
export function demoSlots(now = new Date()) {
  const slots = [];
  for (let d = 1; d <= 14; d++) {
    const day = new Date(now.getTime() + d * 86_400_000);
    // New York's offset on that day (-5 or -4 hours), from Intl.
    const name = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'shortOffset' })
      .formatToParts(day)
      .find((p) => p.type === 'timeZoneName').value;
    const offset = Number(/GMT([+-]\d+)/.exec(name)?.[1] ?? -5);
    const weekday = day.getUTCDay();
    const times =
      weekday === 0
        ? []
        : weekday === 6
          ? [[10, 30]]
          : [
              [10, 0],
              [11, 30],
              [14, 30],
            ];
    for (const [h, m] of times) {
      const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h - offset, m));
      if ((start.getUTCDate() + h) % 3 === 0) continue;
      slots.push({ start: start.toISOString(), durationMinutes: m ? 30 : 60, services: [m ? 'consultation' : 'microneedling'] });
    }
  }
  return slots;
}

/** A Vite plugin: the endpoints as dev-server middleware. */
export const bookingReceiver = {
  name: 'mn-booking-receiver',
  configureServer(server) {
    server.middlewares.use('/api/slots', (_req, res) => send(res, 200, demoSlots()));
    server.middlewares.use('/api/bookings', (req, res) => {
      if (req.method === 'GET') return send(res, 200, read().reverse());
      if (req.method !== 'POST') return send(res, 405, { error: 'Use POST or GET.' });
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        let payload;
        try {
          payload = JSON.parse(text);
        } catch {
          return send(res, 400, { error: 'The body is not JSON.' });
        }
        if (payload?.version !== 1 || !payload.contact?.email)
          return send(res, 400, { error: 'Not a booking request.', fields: { 'contact.email': 'Required.' } });
        const key = req.headers['idempotency-key'] ?? payload.id;
        if (read().some((r) => r.key === key)) return send(res, 200, { id: payload.id, duplicate: true });
        appendFileSync(FILE, JSON.stringify({ key, receivedAt: new Date().toISOString(), payload }) + '\n');
        console.log(`[demo] booking request ${key} from ${payload.contact.email}`);
        send(res, 201, { id: payload.id });
      });
    });
  },
};
