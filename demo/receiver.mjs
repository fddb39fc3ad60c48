/**
 * The demo's receiving endpoint, so a newcomer running `npm start` sees booking requests arrive:
 * `POST /api/bookings` appends each request (its Idempotency-Key, the time, the JSON payload) to
 * the git-ignored `demo/.requests.jsonl` and answers 201 (a repeated key answers 200 and is not
 * stored twice); `GET /api/bookings` lists what arrived, newest first.
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

/** A Vite plugin: the endpoint as dev-server middleware. */
export const bookingReceiver = {
  name: 'mn-booking-receiver',
  configureServer(server) {
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
