import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatDate, formatDateTime, formatDays, formatTime, formatWindow } from '../../src/i18n/format.js';

const zone = (id: string) => executeServerCommand('emulate-timezone', { id });
const AT = new Date('2026-11-21T20:00:00Z'); // 3:00 PM in New York

describe('i18n/format', () => {
  after(() => zone(''));

  it('names the clinic’s zone on times when the browser is in another one (every widget formats through here)', async () => {
    // browser zone, locale → time, date and time
    const table: Array<[string, string, string, string]> = [
      ['America/New_York', 'en-US', '3:00 PM', 'Sat, Nov 21, 3:00 PM'],
      ['Europe/London', 'en-US', '3:00 PM EST', 'Sat, Nov 21, 3:00 PM EST'],
      ['Europe/London', 'en-GB', '15:00 GMT-5', 'Sat 21 Nov, 15:00 GMT-5'],
      ['America/New_York', 'en-GB', '15:00', 'Sat 21 Nov, 15:00'],
    ];
    for (const [browser, locale, time, dateTime] of table) {
      await zone(browser);
      expect(
        [formatTime(AT, locale, 'America/New_York'), formatDateTime(AT, locale, 'America/New_York')],
        `${browser} ${locale}`,
      ).to.deep.equal([time, dateTime]);
    }
    // A calendar date has no time, so no zone.
    expect(formatDate('2026-11-21', 'en-US')).to.equal('Nov 21, 2026');
    expect(formatDate('2026-11-21', 'en-US', 'day')).to.equal('Sat, Nov 21');
  });

  it('adds the year on request (a date outside the current year), in the same format', async () => {
    await zone('America/New_York');
    expect(formatDate('2027-01-02', 'en-US', 'day', true)).to.equal('Sat, Jan 2, 2027');
    expect(formatDate('2027-01-02', 'en-GB', 'day', true)).to.equal('Sat, 2 Jan 2027');
    expect(formatDateTime(AT, 'en-US', 'America/New_York', true)).to.equal('Sat, Nov 21, 2026, 3:00 PM');
  });

  it('says calendar days from today in words', () => {
    expect([0, 1, 3].map((d) => formatDays(d, 'en-US'))).to.deep.equal(['today', 'tomorrow', 'in 3 days']);
  });

  it('says a waiting time in words', () => {
    expect(formatWindow({ months: 6 }, 'en-US')).to.equal('6 months');
    expect(formatWindow({ weeks: 2 }, 'en-US')).to.equal('2 weeks');
    expect(formatWindow({ weeks: 1, days: 3 }, 'en-US')).to.equal('1 week 3 days');
  });
});
