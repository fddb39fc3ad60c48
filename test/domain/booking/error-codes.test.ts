import { expect } from '@open-wc/testing';
import codes from '../../../src/domain/booking/error-codes.json' with { type: 'json' };
import { booking } from '../../../src/i18n/en/booking.js';

/** The list the WordPress plugin reads: every code a server may send has words in the form. */
describe('domain/booking error codes', () => {
  it('words every request code, or falls back to the plain "Not sent"', () => {
    // Every code has its own entry: '' where "Not sent" alone says it.
    expect(Object.keys(booking.server)).to.have.members(Object.keys(codes.request));
    for (const code of Object.values(booking.server))
      expect(code || booking.failed)
        .to.be.a('string')
        .and.not.equal('');
    for (const code of ['too-large', 'too-fast', 'rate-limited'] as const) expect(booking.server[code], code).not.to.equal('');
  });

  it('words every field code on the field it belongs to', () => {
    // 'too-long' and 'too-many' have no words of their own: the form says `value` for them.
    const issues: Record<string, unknown> = booking.issues;
    for (const code of Object.keys(codes.field))
      expect(Object.hasOwn(issues, code) ? issues[code] : ['too-long', 'too-many'].includes(code) && issues.value, code)
        .to.be.a('string')
        .and.not.equal('');
    for (const code of ['required', 'email', 'phone', 'date', 'value']) expect(booking.issues, code).to.have.property(code);
  });

  it('codes are lowercase words with dashes: the form tells them from a server’s own sentence', () => {
    for (const code of [...Object.keys(codes.request), ...Object.keys(codes.field)]) expect(code).to.match(/^[a-z-]+$/);
  });
});
