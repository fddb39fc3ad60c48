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
const fast = { timeout: 300 };

describe('deliver (against the test endpoint)', () => {
  it('posts once on success, with the payload id as Idempotency-Key', async () => {
    const s = session();
    const p = payload();
    expect(await deliver(`/test-booking/${s}?seq=201`, p, fast)).to.deep.equal({ ok: true, status: 201 });
    const entries = await log(s);
    expect(entries.map((e) => e.key)).to.deep.equal([p.id]);
    expect(entries[0].body).to.deep.equal(p);
  });

  // One attempt each: the patient's Try again sends the same payload (and key) again.
  const failed: Array<[string, number | undefined]> = [
    ['500', 500],
    ['drop', undefined],
    ['hang', undefined],
  ];
  for (const [step, status] of failed) {
    it(`${step}: one attempt, a failure with its status`, async () => {
      const s = session();
      const p = payload();
      const r = await deliver(`/test-booking/${s}?seq=${step}&ra=0`, p, fast);
      expect(r).to.deep.equal(status ? { ok: false, status } : { ok: false });
      const entries = await log(s);
      expect(entries.map((e) => e.key)).to.deep.equal([p.id]);
    });
  }

  it('reads the error format of a 4xx answer', async () => {
    const s = session();
    const r = await deliver(`/test-booking/${s}?seq=400`, payload(), fast);
    expect(r.status).to.equal(400);
    expect(r.error!.fields).to.have.property('contact.email');
    expect(await log(s)).to.have.length(1);
    const r404 = await deliver(`/test-booking/${s}?seq=404`, payload(), fast);
    expect(r404).to.deep.equal({ ok: false, status: 404, error: { error: 'Server error' } });
    // A 429 is a 4xx too: its words reach the patient (no waiting for Retry-After: the patient tries again).
    const r429 = await deliver(`/test-booking/${s}?seq=429`, payload(), fast);
    expect(r429).to.deep.equal({ ok: false, status: 429, error: { error: 'Too many requests' } });
  });

  it('gives up at the deadline: a hanging endpoint gets the time left, not its 10 s timeout', async () => {
    const s = session();
    const r = await deliver(`/test-booking/${s}?seq=hang`, payload(), { timeout: 10_000, deadline: Date.now() + 300 });
    expect(r).to.deep.equal({ ok: false });
    expect(await log(s)).to.have.length(1);
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
