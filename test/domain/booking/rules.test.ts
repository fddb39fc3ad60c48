import { expect } from '@open-wc/testing';
import { parseHours } from '../../../src/domain/hours.js';
import type { Outcome } from '../../../src/domain/outcome.js';
import {
  type BookingDraft,
  type BookingPolicy,
  type Closed,
  DEFAULT_SERVICES,
  bookingOffer,
  bookingWindow,
  parseServices,
  parseSlots,
  validateBooking,
} from '../../../src/domain/booking/rules.js';
import { NOW, draft } from './fixtures.js';

const TZ = 'America/New_York';
const policy = (over: Partial<BookingPolicy> = {}): BookingPolicy => ({ services: DEFAULT_SERVICES, timezone: TZ, ...over });
const issues = (d: Partial<BookingDraft>, p: Partial<BookingPolicy> = {}, now = NOW) => validateBooking(draft(d), policy(p), now);

describe('domain/booking rules', () => {
  it('accepts a complete request', () => {
    expect(issues({})).to.deep.equal({});
  });

  it('requires contact details, a service, a date and consent', () => {
    const cases: Array<[Partial<BookingDraft>, Record<string, string>]> = [
      [{ name: ' ' }, { name: 'required' }],
      [{ email: '' }, { email: 'required' }],
      [{ email: 'ana@' }, { email: 'email' }],
      [{ contact: 'phone' }, { phone: 'required' }],
      [{ contact: 'text', phone: '+1 555 0100' }, {}],
      [{ phone: 'call me' }, { phone: 'phone' }],
      [{ service: 'botox' }, { service: 'required' }],
      [{ dates: [] }, { date0: 'required' }],
      [
        {
          dates: [
            { date: '', timeOfDay: 'any' },
            { date: '2026-12-01', timeOfDay: 'any' },
          ],
        },
        {},
      ],
      [{ dates: [{ date: '2026-02-30', timeOfDay: 'any' }] }, { date0: 'date' }],
      [{ consent: false }, { consent: 'required' }],
      [{ firstVisit: false }, { lastSession: 'required' }],
      [{ firstVisit: false, lastSession: '2026-13-01' }, { lastSession: 'date' }],
      [
        { firstVisit: false, lastSession: '2026-11-22' },
        { lastSession: 'future', date0: 'spacing' },
      ],
    ];
    for (const [d, want] of cases) expect(issues(d), JSON.stringify(d)).to.deep.equal(want);
  });

  it('names what was typed but cannot be used, never as missing: a phone without enough digits, a half-typed date', () => {
    // `incomplete`: date fields the browser holds half-typed (validity.badInput), whose value reads ''.
    const two = (a: string, b: string) => [
      { date: a, timeOfDay: 'any' as const },
      { date: b, timeOfDay: 'any' as const },
    ];
    const cases: Array<[string, Partial<BookingDraft>, Record<string, string>]> = [
      ['letters, phone contact', { contact: 'phone', phone: 'call me maybe' }, { phone: 'phone' }],
      ['letters, text contact', { contact: 'text', phone: 'call me' }, { phone: 'phone' }],
      ['too few digits, phone contact', { contact: 'phone', phone: '12-3' }, { phone: 'phone' }],
      ['blank, phone contact', { contact: 'phone', phone: '  ' }, { phone: 'required' }],
      ['email without a domain ending', { email: 'ana@example' }, { email: 'email' }],
      // The one email and phone rule (domain/contact.ts), which the WordPress plugin shares.
      ['email with a non-ASCII name, which the plugin refuses', { email: 'josé@example.com' }, { email: 'email' }],
      ['phone with an extension, as a clinic may write it', { contact: 'phone', phone: '+1 555 0100 ext. 2' }, {}],
      ['half-typed choice 1', { dates: two('', ''), incomplete: ['date0'] }, { date0: 'incomplete' }],
      ['half-typed optional choice 2', { dates: two('2026-11-30', ''), incomplete: ['date1'] }, { date1: 'incomplete' }],
      ['half-typed choice 2 alone: choice 1 is not also required', { dates: two('', ''), incomplete: ['date1'] }, { date1: 'incomplete' }],
      ['half-typed last session', { firstVisit: false, incomplete: ['lastSession'] }, { lastSession: 'incomplete' }],
      ['half-typed last session on a first visit (not asked)', { firstVisit: true, incomplete: ['lastSession'] }, {}],
      [
        'half-typed dates while a slot is offered (not asked)',
        { slot: '2026-11-30T15:00:00Z', dates: two('', ''), incomplete: ['date1'] },
        {},
      ],
    ];
    for (const [name, d, want] of cases) expect(issues(d), name).to.deep.equal(want);
  });

  it('spaces microneedling sessions: 28 days by default, the clinic may lower it to 14, never below (TRIAL, MAKER, SEEDS)', () => {
    const last = '2026-11-10';
    // [spacing-days, days after the last session, issue]
    const cases: Array<[number | undefined, number, string | undefined]> = [
      [undefined, 27, 'spacing'],
      [undefined, 28, undefined],
      [14, 13, 'spacing'],
      [14, 14, undefined],
      [10, 13, 'spacing'], // below the floor: 14 applies
      [10, 14, undefined],
      [35, 34, 'spacing'],
    ];
    const plus = (n: number) => new Date(Date.UTC(2026, 10, 10 + n)).toISOString().slice(0, 10);
    for (const [spacing, after, want] of cases) {
      const got = issues(
        { firstVisit: false, lastSession: last, dates: [{ date: plus(after), timeOfDay: 'any' }] },
        { spacingDays: spacing },
      );
      expect(got.date0, `${spacing} / ${after}`).to.equal(want);
    }
  });

  it('does not space consultations or first visits', () => {
    expect(
      issues({ service: 'consultation', firstVisit: false, lastSession: '2026-11-20', dates: [{ date: '2026-11-23', timeOfDay: 'any' }] }),
    ).to.deep.equal({});
    expect(issues({ firstVisit: true, lastSession: '2026-11-20', dates: [{ date: '2026-11-23', timeOfDay: 'any' }] })).to.deep.equal({});
  });

  it('keeps dates from today to the horizon (90 days by default)', () => {
    const cases: Array<[string, Partial<BookingPolicy>, string | undefined]> = [
      ['2026-11-20', {}, 'past'],
      ['2026-11-21', {}, undefined],
      ['2027-02-19', {}, undefined], // today + 90
      ['2027-02-20', {}, 'horizon'],
      ['2026-12-21', { horizonDays: 30 }, undefined],
      ['2026-12-22', { horizonDays: 30 }, 'horizon'],
    ];
    for (const [date, p, want] of cases) expect(issues({ dates: [{ date, timeOfDay: 'any' }] }, p).date0, date).to.equal(want);
  });

  it('computes today in the clinic’s timezone', () => {
    // 03:00 UTC on the 21st is still the 20th in New York, already the 21st in London and Sydney.
    const now = new Date('2026-11-21T03:00:00Z');
    const cases: Array<[string, string, string | undefined]> = [
      [TZ, '2026-11-20', undefined],
      ['Europe/London', '2026-11-20', 'past'],
      ['Australia/Sydney', '2026-11-21', undefined],
      ['Pacific/Honolulu', '2026-11-20', undefined],
    ];
    for (const [timezone, date, want] of cases)
      expect(issues({ dates: [{ date, timeOfDay: 'any' }] }, { timezone }, now).date0, timezone).to.equal(want);
    expect(bookingWindow(draft(), policy({ timezone: 'Australia/Sydney' }), now).today).to.equal('2026-11-21');
  });

  it('refuses days the clinic is closed', () => {
    const hours = parseHours('Mo-Fr 09:00-18:00; Sa 10:00-14:00');
    const cases: Array<[string, string | undefined]> = [
      ['2026-11-28', undefined], // Saturday
      ['2026-11-29', 'closed'], // Sunday
      ['2026-11-30', undefined], // Monday
    ];
    for (const [date, want] of cases) expect(issues({ dates: [{ date, timeOfDay: 'any' }] }, { hours }).date0, date).to.equal(want);
    expect(issues({ dates: [{ date: '2026-11-29', timeOfDay: 'any' }] }).date0, 'no hours: every day').to.equal(undefined);
  });

  it('moves the earliest date on to the next open day when hours are known, within the horizon', () => {
    const hours = parseHours('Mo-Fr 09:00-18:00; Sa 10:00-14:00');
    const weekdays = parseHours('Mo-Fr 09:00-18:00');
    const midweek = parseHours('Tu-Th 09:00-17:00');
    const spaced = { firstVisit: false, lastSession: '2026-11-01' }; // + 28 days: Sunday 2026-11-29
    const deferToFriday = { level: 'defer', earliestDate: '2026-12-04' } as const;
    // [case, draft, policy, min, reason]; NOW is Saturday 2026-11-21.
    const cases: Array<[string, Partial<BookingDraft>, Partial<BookingPolicy>, string, string | undefined]> = [
      ['today is open: it stays', {}, { hours }, '2026-11-21', undefined],
      ['spacing ends on a Sunday: Monday', spaced, { hours }, '2026-11-30', 'spacing'],
      ['no hours: unchanged', spaced, {}, '2026-11-29', 'spacing'],
      ['today (Saturday) closed, no other reason: Monday', {}, { hours: weekdays }, '2026-11-23', undefined],
      [
        'deferred to a Friday, open Tu-Th: four closed days, then Tuesday',
        {},
        { hours: midweek, outcome: deferToFriday },
        '2026-12-08',
        'deferred',
      ],
      ['the next open day is past the horizon: not beyond it', {}, { hours: weekdays, horizonDays: 1 }, '2026-11-21', undefined],
      ['hours that never open: unchanged', {}, { hours: parseHours('Su closed') }, '2026-11-21', undefined],
    ];
    for (const [name, d, p, min, reason] of cases) {
      const w = bookingWindow(draft(d), policy(p), NOW);
      expect([w.min, w.reason], name).to.deep.equal([min, reason]);
      expect(w.min <= w.max, name).to.equal(true);
    }
    // A date before the moved earliest date: closed days say so; open ones give the reason.
    const dates: Array<[string, string | undefined]> = [
      ['2026-11-28', 'spacing'], // Saturday, open, before the spacing
      ['2026-11-29', 'closed'], // Sunday, the spacing's own earliest date
      ['2026-11-30', undefined], // Monday
    ];
    for (const [date, want] of dates)
      expect(issues({ ...spaced, dates: [{ date, timeOfDay: 'any' }] }, { hours }).date0, date).to.equal(want);
    // A slot from the clinic's own feed stands on a day the hours call closed, as before.
    expect(issues({ ...spaced, slot: '2026-11-29T15:00:00Z', dates: [] }, { hours }).slot).to.equal(undefined);
  });

  it('follows the safety outcome (CLINICAL.md section 1: the flow table)', () => {
    const d = (date: string, service = 'microneedling') => ({ service, dates: [{ date, timeOfDay: 'any' as const }] });
    // The rule changed with the flow table: consult and undated deferrals offer consultations only (was: consult accepted a treatment).
    const cases: Array<[string, Outcome | undefined, Partial<BookingDraft>, boolean, Record<string, string>]> = [
      ['clear', { level: 'clear' }, d('2026-11-30'), false, {}],
      ['advice', { level: 'advice' }, d('2026-11-30'), false, {}],
      ['consult: a clinician reviews first', { level: 'consult' }, d('2026-11-30'), false, { service: 'review' }],
      ['consult: a consultation is fine', { level: 'consult' }, d('2026-11-30', 'consultation'), false, {}],
      ['decline: no treatment', { level: 'decline' }, d('2026-11-30'), false, { service: 'declined' }],
      ['decline: a consultation is fine', { level: 'decline' }, d('2026-11-30', 'consultation'), false, {}],
      ['defer: before the date', { level: 'defer', earliestDate: '2026-12-10' }, d('2026-12-09'), false, { date0: 'deferred' }],
      ['defer: on the date', { level: 'defer', earliestDate: '2026-12-10' }, d('2026-12-10'), false, {}],
      ['defer: consultation before the date', { level: 'defer', earliestDate: '2026-12-10' }, d('2026-11-30', 'consultation'), false, {}],
      ['defer until resolved: no treatment date yet', { level: 'defer' }, d('2026-11-30'), false, { service: 'resolve' }],
      [
        'defer past the horizon: treatment opens later',
        { level: 'defer', earliestDate: '2027-04-01' },
        d('2026-11-30'),
        false,
        { service: 'later', date0: 'later' },
      ],
      [
        'dated deferral beside a consult finding: the most restrictive wins',
        { level: 'defer', earliestDate: '2026-12-10', treatment: 'no' },
        d('2026-12-20'),
        false,
        { service: 'review' },
      ],
      ['require-check, none done', undefined, d('2026-11-30'), true, { service: 'check' }],
      ['require-check, consultation', undefined, d('2026-11-30', 'consultation'), true, {}],
      ['require-check, done', { level: 'clear' }, d('2026-11-30'), true, {}],
    ];
    for (const [name, outcome, dr, requireCheck, want] of cases) expect(issues(dr, { outcome, requireCheck }), name).to.deep.equal(want);
    // Microneedling with PRP is no default service (CLINICAL.md section 1, FDA); a clinic's own is declined too.
    expect(DEFAULT_SERVICES.map((s) => s.id)).to.deep.equal(['consultation', 'microneedling']);
    const services = [...DEFAULT_SERVICES, { id: 'microneedling-prp', name: 'Microneedling with PRP' }];
    expect(issues(d('2026-11-30', 'microneedling-prp'), { outcome: { level: 'decline' }, services })).to.deep.equal({
      service: 'declined',
    });
  });

  it('offers what each outcome lets the patient book (the flow table, row by row)', () => {
    const ALL = DEFAULT_SERVICES.map((s) => s.id);
    const rows: Array<[string, Outcome | undefined, string[], Closed | undefined, string | undefined]> = [
      ['no check', undefined, ALL, undefined, undefined],
      ['none above advice', { level: 'advice', treatment: 'yes' }, ALL, undefined, undefined],
      ['a consult finding, none worse', { level: 'consult', treatment: 'no' }, ['consultation'], 'review', undefined],
      ['dated deferrals only', { level: 'defer', treatment: 'from', earliestDate: '2026-12-10' }, ALL, undefined, '2026-12-10'],
      [
        'dated deferral past the horizon (90 days: 2027-02-19)',
        { level: 'defer', treatment: 'from', earliestDate: '2027-02-20' },
        ['consultation'],
        'later',
        '2027-02-20',
      ],
      ['dated deferral on the horizon', { level: 'defer', treatment: 'from', earliestDate: '2027-02-19' }, ALL, undefined, '2027-02-19'],
      ['any undated deferral', { level: 'defer', treatment: 'no' }, ['consultation'], 'resolve', undefined],
      ['any decline finding', { level: 'decline', treatment: 'no' }, ['consultation'], 'declined', undefined],
      [
        'consult beside a dated deferral',
        { level: 'defer', treatment: 'no', earliestDate: '2027-01-21' },
        ['consultation'],
        'review',
        undefined,
      ],
      ['a level only (a page’s own outcome): consult', { level: 'consult' }, ['consultation'], 'review', undefined],
      ['a level only: dated defer', { level: 'defer', earliestDate: '2026-12-10' }, ALL, undefined, '2026-12-10'],
    ];
    for (const [name, outcome, services, closed, from] of rows)
      expect(bookingOffer(policy({ outcome }), NOW), name).to.deep.equal({
        services: DEFAULT_SERVICES.filter((s) => services.includes(s.id)),
        closed,
        from,
      });
    // A consultation is always possible, even when the clinic lists none.
    const own = [{ id: 'mn', name: 'Microneedling' }];
    expect(bookingOffer(policy({ services: own, outcome: { level: 'decline' } }), NOW).services).to.deep.equal([DEFAULT_SERVICES[0]]);
    expect(bookingOffer(policy({ services: own, outcome: { level: 'clear' } }), NOW).services).to.deep.equal(own);
  });

  it('says treatment opens later when spacing puts the earliest date past the horizon', () => {
    const d = { service: 'microneedling', firstVisit: false, lastSession: '2026-11-20' };
    expect(issues(d, { spacingDays: 120 })).to.deep.equal({ date0: 'later' });
    expect(issues({ ...d, dates: [] }, { spacingDays: 120 })).to.deep.equal({ date0: 'later' });
  });

  it('takes the later of spacing and deferral as the earliest date', () => {
    const d = draft({ firstVisit: false, lastSession: '2026-11-10' });
    expect(bookingWindow(d, policy({ outcome: { level: 'defer', earliestDate: '2026-12-01' } }), NOW)).to.include({
      min: '2026-12-08',
      reason: 'spacing',
    });
    expect(bookingWindow(d, policy({ outcome: { level: 'defer', earliestDate: '2026-12-20' } }), NOW)).to.include({
      min: '2026-12-20',
      reason: 'deferred',
    });
    expect(bookingWindow(draft(), policy(), NOW)).to.deep.equal({
      today: '2026-11-21',
      min: '2026-11-21',
      max: '2027-02-19',
      reason: undefined,
    });
  });

  it('checks an exact slot instead of preferred dates', () => {
    const cases: Array<[string, Partial<BookingPolicy>, string | undefined]> = [
      ['2026-11-30T15:00:00Z', {}, undefined],
      ['2026-11-21T19:00:00Z', {}, 'past'],
      ['2026-11-25T15:00:00Z', { outcome: { level: 'defer', earliestDate: '2026-12-01' } }, 'deferred'],
      ['2027-03-01T15:00:00Z', {}, 'horizon'],
      ['soon', {}, 'date'],
      ['', {}, 'required'],
    ];
    for (const [slot, p, want] of cases) expect(issues({ slot, dates: [] }, p).slot, slot).to.equal(want);
    expect(issues({ slot: '2026-11-30T15:00:00Z', dates: [] }).date0).to.equal(undefined);
  });

  it('reads services and slots, refusing malformed ones', () => {
    expect(parseServices('[{"id":"a","name":"A","durationMinutes":20}]')).to.deep.equal([{ id: 'a', name: 'A', durationMinutes: 20 }]);
    for (const bad of ['', '[]', '{', '[{"id":1}]', '{"id":"a","name":"A"}']) expect(parseServices(bad), bad).to.equal(undefined);
    expect(parseSlots([{ start: '2026-11-30T15:00:00Z', durationMinutes: 60 }])).to.have.length(1);
    for (const bad of [{}, [{ start: 'x', durationMinutes: 60 }], [{ start: '2026-11-30T15:00:00Z' }]])
      expect(parseSlots(bad)).to.equal(undefined);
  });
});
