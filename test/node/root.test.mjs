/**
 * The npm root in Node 20, with no DOM: it imports without side effects and its domain API works.
 * `npm test` runs this file against the packed package in a fresh consumer folder
 * (test/scripts/pack-check.mjs), where `mn-widgets` is the installed tarball.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('imports in Node with no DOM, and the domain API works', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.customElements, 'undefined');
  const api = await import('mn-widgets');
  const now = new Date('2026-11-21T17:00:00Z');
  const timezone = 'America/New_York';

  assert.match(api.version, /^\d+\.\d+\.\d+/);
  const answers = Object.fromEntries(api.DEFAULT_RULES.items.map((i) => [i.id, i.kind === 'age' ? 34 : false]));
  assert.equal(api.evaluateScreening(answers, { now, timezone }).level, 'clear');
  assert.equal(api.evaluateScreening({ ...answers, pregnancy: true }, { now, timezone }).level, 'defer');
  assert.equal(api.buildAftercare('2026-11-21T10:00', { now, timezone }).current, 'first-day');
  const policy = { services: api.DEFAULT_SERVICES, timezone };
  assert.ok(
    'name' in
      api.validateBooking(
        {
          name: '',
          email: '',
          phone: '',
          contact: 'email',
          service: 'consult',
          areas: [],
          firstVisit: true,
          lastSession: '',
          dates: [],
          message: '',
          consent: false,
        },
        policy,
        now,
      ),
  );
  assert.match(api.buildIcs([{ uid: 'a@b', summary: 'x', date: '2026-11-22' }], now), /^BEGIN:VCALENDAR\r\n/);
  assert.equal(api.parseClinic({ phone: 'call us' }).notices[0].field, 'phone');
  assert.equal(api.parsePhone('+1 555 0100').href, 'tel:+15550100');
  api.addMessages('x-node', { common: { callUs: 'Ring us:' } });
  // Nothing was registered or touched: still no DOM.
  assert.equal(typeof globalThis.customElements, 'undefined');
});
