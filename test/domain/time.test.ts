import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  dateIn,
  isIsoDate,
  isTimeZone,
  localTimeZone,
  parseClock,
  weekday,
  zonedInstant,
} from '../../src/domain/time.js';

describe('domain/time', () => {
  it('validates calendar dates', () => {
    const cases: Array<[unknown, boolean]> = [
      ['2026-11-21', true],
      ['2028-02-29', true],
      ['2026-02-29', false],
      ['2026-02-30', false],
      ['2026-13-01', false],
      // Impossible months and days, which Date.parse reads as NaN or rolls over; and 1970-01-01, its 0.
      ['2026-00-10', false],
      ['2026-03-00', false],
      ['2026-04-31', false],
      ['2026-03-32', false],
      ['1970-01-01', true],
      ['1900-01-01', true],
      ['2199-12-31', true],
      ['2026-1-01', false],
      ['21/11/2026', false],
      ['', false],
      [20261121, false],
      [undefined, false],
    ];
    for (const [value, ok] of cases) expect(isIsoDate(value), String(value)).to.equal(ok);
  });

  it('adds months with clamping to the month end (CLINICAL.md section 1)', () => {
    const cases: Array<[string, number, string]> = [
      ['2026-05-21', 6, '2026-11-21'],
      ['2026-08-31', 6, '2027-02-28'],
      ['2027-08-31', 6, '2028-02-29'],
      ['2028-02-29', 12, '2029-02-28'],
      ['2026-01-31', 1, '2026-02-28'],
      ['2026-12-15', 1, '2027-01-15'],
      ['2026-03-31', -1, '2026-02-28'],
    ];
    for (const [from, n, to] of cases) expect(addMonths(from, n), `${from} + ${n}`).to.equal(to);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-03-28', 28)).to.equal('2026-04-25');
    expect(weekday('2026-11-21')).to.equal(6);
  });

  // Temporal where the browser has it, Intl otherwise: both paths must give the same answers.
  for (const path of ['Temporal', 'Intl'] as const) {
    describe(`with ${path}`, () => {
      const saved = (globalThis as { Temporal?: unknown }).Temporal;
      before(() => {
        if (path === 'Intl') delete (globalThis as { Temporal?: unknown }).Temporal;
      });
      after(() => {
        if (saved) (globalThis as { Temporal?: unknown }).Temporal = saved;
      });

      it('reads the calendar date in a timezone, not the browser’s', () => {
        const instant = new Date('2026-11-21T03:30:00Z');
        expect(dateIn(instant, 'America/New_York')).to.equal('2026-11-20');
        expect(dateIn(instant, 'Europe/London')).to.equal('2026-11-21');
        expect(dateIn(instant, 'Pacific/Kiritimati')).to.equal('2026-11-21');
      });

      it('finds the instant for a wall-clock time, across daylight-saving changes', () => {
        const cases: Array<[string, number, string, string]> = [
          ['2026-11-21', 15 * 60, 'America/New_York', '2026-11-21T20:00:00.000Z'],
          ['2026-07-01', 15 * 60, 'America/New_York', '2026-07-01T19:00:00.000Z'],
          // Spring forward: 02:30 does not exist in New York on 2026-03-08; it moves on by the gap.
          ['2026-03-08', 150, 'America/New_York', '2026-03-08T07:30:00.000Z'],
          // Fall back: 01:30 happens twice on 2026-11-01; the earlier one is taken.
          ['2026-11-01', 90, 'America/New_York', '2026-11-01T05:30:00.000Z'],
          ['2026-03-29', 60, 'Europe/London', '2026-03-29T01:00:00.000Z'],
          ['2026-11-21', 0, 'Asia/Kolkata', '2026-11-20T18:30:00.000Z'],
        ];
        for (const [date, minutes, tz, iso] of cases)
          expect(zonedInstant(date, minutes, tz).toISOString(), `${date} ${minutes} ${tz}`).to.equal(iso);
      });

      it('knows IANA timezones and UTC offsets, and refuses the rest', () => {
        const cases: Array<[string, boolean]> = [
          ['America/New_York', true],
          ['america/new_york', true],
          ['UTC', true],
          ['Etc/GMT+5', true],
          ['Asia/Calcutta', true],
          ['+05:30', true],
          ['-0800', true],
          ['Mars/Olympus', false],
          ['', false],
          ['Z', false],
          ['GMT+5', false],
          [' America/New_York', false],
          ['2026-01-01T00:00Z', false],
          ['2026-01-01T00:00+01:00[Europe/Paris]', false],
          ['America/New_York[u-ca=iso8601]', false],
          ['<b>UTC</b>', false],
        ];
        for (const [tz, ok] of cases) expect(isTimeZone(tz), tz).to.equal(ok);
      });

      it('reads the browser’s own timezone', () => {
        expect(isTimeZone(localTimeZone())).to.equal(true);
      });
    });
  }

  it('parses clock times', () => {
    expect(parseClock('09:05')).to.equal(545);
    expect(parseClock('23:59')).to.equal(1439);
    expect(parseClock('24:00')).to.equal(undefined);
    expect(parseClock('9:05')).to.equal(undefined);
  });
});
