import { expect } from '@open-wc/testing';
import { deliver, retryAfter } from '../../src/elements/mn-booking-form/deliver.js';
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
const fast = { delay: 20, timeout: 300 };

describe('deliver (against the test endpoint)', () => {
  it('posts once on success, with the payload id as Idempotency-Key', async () => {
    const s = session();
    const p = payload();
    expect(await deliver(`/test-booking/${s}?seq=201`, p, fast)).to.deep.equal({ ok: true, status: 201, attempts: 1 });
    const entries = await log(s);
    expect(entries.map((e) => e.key)).to.deep.equal([p.id]);
    expect(entries[0].body).to.deep.equal(p);
  });

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
      expect(r).to.deep.equal({ ok: false, status, attempts: 3 });
      const entries = await log(s);
      expect(entries.map((e) => e.key)).to.deep.equal([p.id, p.id, p.id]);
    });
  }

  it('retries a connection closed without an answer, with the same key', async () => {
    const s = session();
    const p = payload();
    expect(await deliver(`/test-booking/${s}?seq=reset`, p, fast)).to.deep.equal({ ok: false, status: undefined, attempts: 3 });
    const keys = (await log(s)).map((e) => e.key);
    // Chromium may itself re-send once on a reused connection: harmless, the key is the same.
    expect(keys.length).to.be.within(3, 6);
    expect(new Set(keys)).to.deep.equal(new Set([p.id]));
  });

  it('succeeds after transient failures', async () => {
    const s = session();
    const r = await deliver(`/test-booking/${s}?seq=drop,500,201`, payload(), fast);
    expect(r).to.deep.equal({ ok: true, status: 201, attempts: 3 });
  });

  it('waits as long as Retry-After says', async () => {
    const s = session();
    await deliver(`/test-booking/${s}?seq=429,201&ra=1`, payload(), fast);
    const [a, b] = await log(s);
    expect(b.at - a.at).to.be.at.least(950);
  });

  it('does not retry other 4xx, and reads the error format', async () => {
    const s = session();
    const r = await deliver(`/test-booking/${s}?seq=400`, payload(), fast);
    expect(r.attempts).to.equal(1);
    expect(r.status).to.equal(400);
    expect(r.error!.fields).to.have.property('contact.email');
    expect(await log(s)).to.have.length(1);
    const r404 = await deliver(`/test-booking/${s}?seq=404`, payload(), fast);
    expect(r404).to.deep.equal({ ok: false, status: 404, attempts: 1, error: { error: 'Server error' } });
  });

  it('gives up at the deadline: a hanging endpoint gets one attempt of the time left, not three of 10 s', async () => {
    const s = session();
    const r = await deliver(`/test-booking/${s}?seq=hang`, payload(), { delay: 20, timeout: 10_000, deadline: Date.now() + 300 });
    expect(r).to.deep.equal({ ok: false, status: undefined, attempts: 1 });
    expect(await log(s)).to.have.length(1);
  });

  it('does not wait for a retry past the deadline', async () => {
    const s = session();
    const r = await deliver(`/test-booking/${s}?seq=500`, payload(), { delay: 5000, timeout: 1000, deadline: Date.now() + 2000 });
    expect(r).to.deep.equal({ ok: false, status: 500, attempts: 1 });
  });

  describe('an endpoint on another origin that refuses custom headers (like many form services)', () => {
    // The test page is on one loopback name; the endpoint on the other is another origin.
    const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

    it('refuses the JSON request with Idempotency-Key at the preflight: nothing arrives', async () => {
      const s = session();
      const r = await deliver(`${other}/test-booking/${s}?cors=simple`, payload(), { ...fast, attempts: 1 });
      expect(r).to.deep.equal({ ok: false, status: undefined, attempts: 1 });
      expect(await log(s)).to.deep.equal([]);
    });

    it('takes a simple request (simple: true): no custom header, text/plain, the id in the body', async () => {
      const s = session();
      const p = payload();
      expect(await deliver(`${other}/test-booking/${s}?cors=simple`, p, { ...fast, simple: true })).to.deep.equal({
        ok: true,
        status: 201,
        attempts: 1,
      });
      const [entry, ...more] = await log(s);
      expect(more).to.deep.equal([]);
      expect([entry.key, entry.type, entry.body]).to.deep.equal(['', 'text/plain;charset=UTF-8', p]);
    });
  });

  it('reads Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-11-21T20:00:00Z');
    expect(retryAfter('3', now)).to.equal(3000);
    expect(retryAfter('Sat, 21 Nov 2026 20:00:10 GMT', now)).to.equal(10000);
    expect(retryAfter('Sat, 21 Nov 2026 19:00:00 GMT', now)).to.equal(0);
    expect(retryAfter('soon', now)).to.equal(undefined);
    expect(retryAfter(null, now)).to.equal(undefined);
  });
});
