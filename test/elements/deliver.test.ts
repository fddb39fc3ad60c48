import { expect } from '@open-wc/testing';
import { deliver } from '../../src/elements/mn-booking-form/deliver.js';
import type { BookingPayloadV1 } from '../../src/domain/booking/payload.js';

interface Entry {
  key: string;
  type: string;
  body: BookingPayloadV1;
  at: number;
}

const payload = (id = crypto.randomUUID()) => ({ version: 1, id }) as BookingPayloadV1;
const session = () => `d-${crypto.randomUUID()}`;
const log = async (s: string): Promise<Entry[]> => (await fetch(`/test-booking/${s}`)).json();
const fast = { retryDelay: 20, timeout: 300 };

describe('deliver (against the test endpoint)', () => {
  it('posts once on success, with the payload id as Idempotency-Key', async () => {
    const s = session();
    const p = payload();
    expect(await deliver(`/test-booking/${s}?seq=201`, p, fast)).to.deep.equal({ ok: true, status: 201 });
    const entries = await log(s);
    expect(entries.map((e) => e.key)).to.deep.equal([p.id]);
    expect(entries[0].body).to.deep.equal(p);
  });

  // Three attempts each, one key and one body: then the failure goes to the patient (Try again).
  const retried: Array<[string, number | undefined]> = [
    ['500', 500],
    ['drop', undefined],
    ['hang', undefined],
    ['429', 429],
  ];
  for (const [step, status] of retried) {
    it(`retries ${step} with the same key, three attempts in all`, async () => {
      const s = session();
      const p = payload();
      const r = await deliver(`/test-booking/${s}?seq=${step}&ra=0`, p, fast);
      expect(r.ok).to.equal(false);
      expect(r.status).to.equal(status);
      const entries = await log(s);
      expect(entries.map((e) => e.key)).to.deep.equal([p.id, p.id, p.id]);
      expect(entries.map((e) => e.body)).to.deep.equal([p, p, p]);
    });
  }

  it('retries a connection closed without an answer, with the same key', async () => {
    const s = session();
    const p = payload();
    expect(await deliver(`/test-booking/${s}?seq=reset`, p, fast)).to.deep.equal({ ok: false });
    const keys = (await log(s)).map((e) => e.key);
    // Chromium may itself re-send once on a reused connection: harmless, the key is the same.
    expect(keys.length).to.be.within(3, 6);
    expect(new Set(keys)).to.deep.equal(new Set([p.id]));
  });

  it('succeeds after transient failures (a dropped connection, a 500), one key', async () => {
    const s = session();
    const p = payload();
    expect(await deliver(`/test-booking/${s}?seq=drop,500,201`, p, fast)).to.deep.equal({ ok: true, status: 201 });
    expect((await log(s)).map((e) => e.key)).to.deep.equal([p.id, p.id, p.id]);
  });

  // No timing assertion: a Retry-After that the deadline or the 30 s cap does not allow is not
  // waited (a backoff of 20 ms would have tried again), and one that they allow is.
  it('honours Retry-After in seconds or as an HTTP date: a wait past the deadline or over 30 s is not waited', async () => {
    const cases: Array<[string, number, number]> = [
      // [Retry-After, deadline from now, POSTs]
      ['1', 500, 1],
      ['31', Infinity, 1],
      [new Date(Date.now() + 60_000).toUTCString(), Infinity, 1],
      [new Date(Date.now() + 3000).toUTCString(), 1500, 1],
      ['1', 5000, 2],
      [new Date(Date.now() - 60_000).toUTCString(), 5000, 2],
      ['soon', 5000, 2],
    ];
    for (const [ra, budget, posts] of cases) {
      const s = session();
      const r = await deliver(`/test-booking/${s}?seq=429,201&ra=${encodeURIComponent(ra)}`, payload(), {
        ...fast,
        deadline: Date.now() + budget,
      });
      expect(r.ok, ra).to.equal(posts == 2);
      expect(await log(s), ra).to.have.length(posts);
    }
  });

  it('reads the error format of a 4xx answer', async () => {
    const s = session();
    const r = await deliver(`/test-booking/${s}?seq=400`, payload(), fast);
    expect(r.ok).to.equal(false);
    expect(r.status).to.equal(400);
    expect(r.error!.fields).to.have.property('contact.email');
    expect(await log(s)).to.have.length(1);
    const s404 = session();
    const r404 = await deliver(`/test-booking/${s404}?seq=404`, payload(), fast);
    expect(r404).to.deep.equal({ ok: false, status: 404, error: { error: 'Server error' } });
    expect(await log(s404), 'no retry on another 4xx').to.have.length(1);
    // A 429 is retried; when the retries run out, its words reach the patient.
    const r429 = await deliver(`/test-booking/${session()}?seq=429&ra=0`, payload(), fast);
    expect(r429).to.deep.equal({ ok: false, status: 429, error: { error: 'Too many requests' } });
  });

  it('gives up at the deadline: a hanging endpoint gets one attempt of the time left, not three of 10 s', async () => {
    const s = session();
    const r = await deliver(`/test-booking/${s}?seq=hang`, payload(), { retryDelay: 20, timeout: 10_000, deadline: Date.now() + 300 });
    expect(r).to.deep.equal({ ok: false });
    expect(await log(s)).to.have.length(1);
  });

  it('does not wait for a retry past the deadline', async () => {
    const s = session();
    const r = await deliver(`/test-booking/${s}?seq=500`, payload(), { retryDelay: 5000, timeout: 1000, deadline: Date.now() + 2000 });
    expect(r).to.deep.equal({ ok: false, status: 500 });
    expect(await log(s)).to.have.length(1);
  });

  it('makes no attempt while the browser is offline', async () => {
    const s = session();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      expect(await deliver(`/test-booking/${s}?seq=201`, payload(), fast)).to.deep.equal({ ok: false });
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    expect(await log(s)).to.deep.equal([]);
  });

  describe('an endpoint on another origin that refuses custom headers (like many form services)', () => {
    // The test page is on one loopback name; the endpoint on the other is another origin.
    const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

    it('refuses the JSON request with Idempotency-Key at the preflight: nothing arrives', async () => {
      const s = session();
      const r = await deliver(`${other}/test-booking/${s}?cors=simple`, payload(), fast);
      expect(r).to.deep.equal({ ok: false });
      expect(await log(s)).to.deep.equal([]);
    });

    it('takes a simple request (simple: true): no custom header, text/plain, the id in the body', async () => {
      const s = session();
      const p = payload();
      expect(await deliver(`${other}/test-booking/${s}?cors=simple`, p, { ...fast, simple: true })).to.deep.equal({
        ok: true,
        status: 201,
      });
      const [entry, ...more] = await log(s);
      expect(more).to.deep.equal([]);
      expect([entry.key, entry.type, entry.body]).to.deep.equal(['', 'text/plain;charset=UTF-8', p]);
    });
  });
});
