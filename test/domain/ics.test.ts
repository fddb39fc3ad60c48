import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { type CalendarEvent, buildIcs, escapeText, foldLine, upcomingEvents } from '../../src/domain/calendar/ics.js';

const NOW = new Date('2026-11-21T12:00:00Z');

describe('domain/calendar/ics', () => {
  it('escapes TEXT values (RFC 5545 3.3.11)', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    const encoder = new TextEncoder();
    for (const part of folded) expect(encoder.encode(part).length).to.be.at.most(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).to.equal(true);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
  });

  it('writes a calendar that a maintained parser reads back', () => {
    const text = buildIcs(
      [
        {
          uid: 'a@mn',
          summary: 'Makeup allowed, gently; mineral only',
          description: 'Line one\nLine two, with commas',
          start: new Date('2026-11-22T20:00:00Z'),
          end: new Date('2026-11-22T20:15:00Z'),
          free: true,
        },
        {
          uid: 'b@mn',
          summary: 'Next session window',
          date: '2026-12-19',
          lastDate: '2027-01-02',
          status: 'TENTATIVE',
          location: 'Glow Skin Studio, 1 Main St',
        },
      ],
      NOW,
    );
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).to.equal(true);
    expect(/[^\r]\n/.test(text)).to.equal(false);

    const cal = new ICAL.Component(ICAL.parse(text));
    const [a, b] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(a.uid).to.equal('a@mn');
    expect(a.summary).to.equal('Makeup allowed, gently; mineral only');
    expect(a.description).to.equal('Line one\nLine two, with commas');
    expect(a.startDate.toJSDate().toISOString()).to.equal('2026-11-22T20:00:00.000Z');
    expect(b.startDate.isDate).to.equal(true);
    expect(b.startDate.toString()).to.equal('2026-12-19');
    expect(b.endDate.toString()).to.equal('2027-01-03');
    expect(b.component.getFirstPropertyValue('status')).to.equal('TENTATIVE');
    expect(String(b.component.getFirstPropertyValue('dtstamp'))).to.equal('2026-11-21T12:00:00Z');
  });

  describe('upcomingEvents: an export on day 3 leaves out what already happened', () => {
    // Treatment ended 2026-11-21 15:00 in New York; exported on day 3, 2026-11-24 at 21:00 there,
    // which is already 2026-11-25 in UTC.
    const now = new Date('2026-11-25T02:00:00Z');
    const reminder = (uid: string, start: string): CalendarEvent => ({
      uid,
      summary: uid,
      start: new Date(start),
      end: new Date(+new Date(start) + 15 * 60_000),
    });
    const cases: Array<[CalendarEvent, boolean, string]> = [
      [reminder('makeup-ok', '2026-11-22T20:00:00Z'), false, 'a timed event over two days ago'],
      [reminder('exercise-ok', '2026-11-24T20:00:00Z'), false, 'a timed event over earlier today'],
      [reminder('in-progress', '2026-11-25T01:50:00Z'), true, 'a timed event in progress'],
      [{ uid: 'ends-now', summary: 'ends-now', start: new Date('2026-11-25T01:00:00Z'), end: now }, true, 'a timed event ending at now'],
      [{ uid: 'instant', summary: 'instant', start: new Date('2026-11-24T12:00:00Z') }, false, 'an instant before now'],
      [reminder('actives-ok', '2026-11-26T20:00:00Z'), true, 'a timed event to come'],
      [{ uid: 'yesterday', summary: 'yesterday', date: '2026-11-23' }, false, 'an all-day event yesterday'],
      [{ uid: 'today', summary: 'today', date: '2026-11-24' }, true, 'an all-day event today in New York (yesterday in UTC)'],
      [{ uid: 'window', summary: 'window', date: '2026-11-20', lastDate: '2026-11-24' }, true, 'an all-day window on its last day'],
      [
        { uid: 'next-session', summary: 'next-session', date: '2026-12-19', lastDate: '2027-01-02', status: 'TENTATIVE' },
        true,
        'the next-session window to come',
      ],
    ];
    for (const [event, kept, what] of cases) {
      it(`${what}: ${kept ? 'kept' : 'left out'}`, () => {
        expect(upcomingEvents([event], now, 'America/New_York')).to.deep.equal(kept ? [event] : []);
      });
    }

    it('writes a calendar with no VEVENT ending before now, the rest in order, that parses back', () => {
      const text = buildIcs(
        upcomingEvents(
          cases.map(([e]) => e),
          now,
          'America/New_York',
        ),
        now,
      );
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.uid)).to.deep.equal(cases.filter(([, kept]) => kept).map(([e]) => e.uid));
      for (const e of events) {
        if (e.endDate.isDate) expect(e.endDate.toString() > '2026-11-24', e.uid).to.equal(true);
        else expect(+e.endDate.toJSDate() >= +now, e.uid).to.equal(true);
      }
      expect(String(events[0].component.getFirstPropertyValue('dtstamp'))).to.equal('2026-11-25T02:00:00Z');
    });

    it('nothing left: an empty list (the element then offers no export)', () => {
      expect(
        upcomingEvents(
          cases.map(([e]) => e),
          new Date('2027-01-03T05:00:00Z'),
          'America/New_York',
        ),
      ).to.deep.equal([]);
    });
  });
});
