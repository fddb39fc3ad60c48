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
      ['America/New_York', 'en-US', '3:00\u00a0PM', 'Sat,\u00a0Nov\u00a021, 3:00\u00a0PM'],
      ['Europe/London', 'en-US', '3:00\u00a0PM\u00a0EST', 'Sat,\u00a0Nov\u00a021, 3:00\u00a0PM\u00a0EST'],
      ['Europe/London', 'en-GB', '15:00\u00a0GMT-5', 'Sat\u00a021\u00a0Nov, 15:00\u00a0GMT-5'],
      ['America/New_York', 'en-GB', '15:00', 'Sat\u00a021\u00a0Nov, 15:00'],
    ];
    for (const [browser, locale, time, dateTime] of table) {
      await zone(browser);
      expect(
        [formatTime(AT, locale, 'America/New_York'), formatDateTime(AT, locale, 'America/New_York')],
        `${browser} ${locale}`,
      ).to.deep.equal([time, dateTime]);
    }
    // A calendar date has no time, so no zone.
    expect(formatDate('2026-11-21', 'en-US')).to.equal('Nov\u00a021,\u00a02026');
    expect(formatDate('2026-11-21', 'en-US', 'day')).to.equal('Sat,\u00a0Nov\u00a021');
  });

  it('adds the year on request (a date outside the current year), in the same format', async () => {
    await zone('America/New_York');
    expect(formatDate('2027-01-02', 'en-US', 'day', true)).to.equal('Sat,\u00a0Jan\u00a02,\u00a02027');
    expect(formatDate('2027-01-02', 'en-GB', 'day', true)).to.equal('Sat,\u00a02\u00a0Jan\u00a02027');
    expect(formatDateTime(AT, 'en-US', 'America/New_York', true)).to.equal('Sat,\u00a0Nov\u00a021,\u00a02026, 3:00\u00a0PM');
  });

  it('keeps a date on one line, and writes the first of the month as French does (1er; review fr, finding 5)', async () => {
    await zone('America/New_York');
    // No-break spaces only: a date never breaks inside (review de, finding 25), in every widget.
    for (const text of [formatDate('2027-01-02', 'de-DE', 'day', true), formatDate('2026-11-21', 'es-ES')])
      expect(text, text).not.to.match(/ /);
    // A line may break between a date and its time only: a date with its year and the clinic's zone
    // is wider than a phase button at 375 px (the demo's review found words split there).
    await zone('Europe/London');
    for (const [locale, text] of ['en-US', 'es-ES', 'fr-FR', 'de-DE'].map((l) => [l, formatDateTime(AT, l, 'America/New_York', true)]))
      expect(text.split(' '), `${locale}: ${text}`)
        .to.have.length(2)
        .and.satisfy(([date, time]: string[]) => date.endsWith(',') && /^\d/.test(time));
    await zone('America/New_York');
    expect(formatDate('2026-12-01', 'fr-FR', 'day')).to.equal('mar.\u00a01er\u00a0déc.');
    expect(formatDate('2026-12-01', 'fr-FR')).to.equal('1er\u00a0déc.\u00a02026');
    expect(formatDateTime(new Date('2026-12-01T20:00:00Z'), 'fr-FR', 'America/New_York')).to.equal('mar.\u00a01er\u00a0déc., 15:00');
    // Only the first: the 11th and the 21st stay numbers, and other languages keep theirs.
    expect(formatDate('2026-12-11', 'fr-FR')).to.equal('11\u00a0déc.\u00a02026');
    expect(formatDate('2026-12-21', 'fr-CA', 'day')).to.match(/^[^e]*21/);
    expect(formatDate('2026-12-01', 'es-ES')).to.equal('1\u00a0dic\u00a02026');
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
