import { expect } from '@open-wc/testing';
import { closingTime, openAt, openingOn, parseHours } from '../../src/domain/hours.js';

describe('domain/hours', () => {
  it('reads the compact syntax', () => {
    const cases: Array<[string, number, Array<[number, number]>]> = [
      ['Mo-Fr 09:00-18:00', 1, [[540, 1080]]],
      ['Mo-Fr 09:00-18:00', 6, []],
      [
        'Mo,We 09:00-12:00,13:00-17:00',
        3,
        [
          [540, 720],
          [780, 1020],
        ],
      ],
      ['Sa-Mo 10:00-14:00', 0, [[600, 840]]],
      ['Mo-Su 08:00-24:00', 4, [[480, 1440]]],
      ['Mo-Fr 09:00-18:00; Fr closed', 5, []],
      ['mo-fr 09:00 - 18:00', 2, [[540, 1080]]],
    ];
    for (const [text, day, ranges] of cases) expect(parseHours(text)?.[day], `${text} day ${day}`).to.deep.equal(ranges);
  });

  it('rejects malformed hours', () => {
    for (const text of ['', 'open late', 'Xx 09:00-18:00', 'Mo 9-18', 'Mo 18:00-09:00', 'Mo 09:00-10:00-11:00', '{', '[]', '{"mo": 9}'])
      expect(parseHours(text), text).to.equal(undefined);
  });

  it('answers opening and closing on a calendar date', () => {
    const hours = parseHours('Mo-Fr 09:00-12:00,13:00-18:30; Sa 10:00-14:00')!;
    expect(closingTime(hours, '2026-11-20')).to.equal(1110); // Friday
    expect(closingTime(hours, '2026-11-21')).to.equal(840); // Saturday
    expect(closingTime(hours, '2026-11-22')).to.equal(undefined); // Sunday
    expect(openingOn(hours, '2026-11-22')).to.deep.equal([]);
  });

  it('says whether the clinic is open at an instant in its zone, and when that changes next: closed, its next opening', () => {
    const hours = parseHours('Mo-Fr 09:00-12:00,13:00-18:00; Sa 10:00-14:00')!;
    const tz = 'America/New_York';
    // instant (UTC) → open, next change (UTC)
    const table: Array<[string, boolean, string]> = [
      ['2026-11-23T13:59:00Z', false, '2026-11-23T14:00:00.000Z'], // Monday 08:59: opens at 09:00
      ['2026-11-23T14:00:00Z', true, '2026-11-23T17:00:00.000Z'], // 09:00 open, lunch at 12:00
      ['2026-11-23T17:30:00Z', false, '2026-11-23T18:00:00.000Z'], // lunch
      ['2026-11-23T23:00:00Z', false, '2026-11-24T14:00:00.000Z'], // 18:00 closed: opens Tuesday 09:00
      ['2026-11-22T15:00:00Z', false, '2026-11-23T14:00:00.000Z'], // Sunday: closed all day, opens Monday 09:00
      ['2026-11-21T19:00:00Z', false, '2026-11-23T14:00:00.000Z'], // Saturday 14:00: closed over the weekend
      ['2026-11-21T18:59:00Z', true, '2026-11-21T19:00:00.000Z'], // Saturday 13:59
    ];
    for (const [at, open, next] of table) {
      const r = openAt(hours, new Date(at), tz);
      expect([r.open, r.next.toISOString()], at).to.deep.equal([open, next]);
    }
    // Open until midnight: the change is at midnight.
    const late = openAt(parseHours('Mo-Su 08:00-24:00')!, new Date('2026-11-24T04:00:00Z'), tz);
    expect([late.open, late.next.toISOString()]).to.deep.equal([true, '2026-11-24T05:00:00.000Z']);
    // Open one day a week: a week ahead at most.
    const weekly = openAt(parseHours('Mo 09:00-12:00')!, new Date('2026-11-23T18:00:00Z'), tz);
    expect([weekly.open, weekly.next.toISOString()]).to.deep.equal([false, '2026-11-30T14:00:00.000Z']);
  });

  it('takes no hours that never open (there would be no next opening to tell patients)', () => {
    for (const text of ['Mo-Su closed', 'Su closed', 'Mo-Fr off']) expect(parseHours(text), text).to.equal(undefined);
  });
});
