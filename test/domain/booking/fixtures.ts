import type { BookingDraft } from '../../../src/domain/booking/rules.js';

/** Saturday 2026-11-21, 15:00 in New York. */
export const NOW = new Date('2026-11-21T20:00:00Z');

/** A complete draft for a first microneedling session, with `over` on top. */
export const draft = (over: Partial<BookingDraft> = {}): BookingDraft => ({
  name: 'Ana Lima',
  email: 'ana@example.com',
  phone: '',
  contact: 'email',
  service: 'microneedling',
  areas: ['face'],
  firstVisit: true,
  lastSession: '',
  dates: [{ date: '2026-11-30', timeOfDay: 'morning' }],
  message: '',
  consent: true,
  ...over,
});
