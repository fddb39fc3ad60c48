import { expect } from '@open-wc/testing';
import { booking } from '../../../src/i18n/en/booking.js';

/** The booking catalogue's shape (issue 15): a translation fills every key; sentences with values are functions of them. */
describe('booking messages', () => {
  it('words a sentence with a value as before the reshape: dates formatted by the caller, counts through Intl.PluralRules', () => {
    const day = 'Dec 1, 2026';
    expect([
      booking.issues.horizon(day),
      booking.issues.spacing(day),
      booking.issues.deferred(day),
      booking.issues.later(day),
      booking.earliest(day),
      booking.date(2),
      booking.minutes(30),
      booking.fix(1),
      booking.fix(3),
    ]).to.deep.equal([
      'Choose a date up to Dec 1, 2026.',
      'Sessions need spacing: Dec 1, 2026 at the earliest.',
      'After your safety check: Dec 1, 2026 at the earliest.',
      'Treatment can be requested from Dec 1, 2026, later than this form accepts: book a consultation, or call us.',
      'Earliest: Dec 1, 2026.',
      'Choice 2',
      '30 min',
      'Please check 1 field.',
      'Please check 3 fields.',
    ]);
  });

  it('a translation that leaves a code out does not type-check', () => {
    const { required: left, ...rest } = booking.issues;
    // @ts-expect-error: 'required' has no words
    const partial: (typeof booking)['issues'] = rest;
    expect(partial).not.to.have.property('required');
    expect(left).to.equal('Required.');
  });
});
