import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs } from '../../src/domain/calendar/ics.js';

const NOW = new Date('2026-11-21T12:00:00Z');

describe('domain/calendar/ics', () => {
  it('escapes TEXT values (RFC 5545 3.3.11)', () => {
    // Through buildIcs, which escapes every TEXT value it writes (a summary, a description).
    const lines = buildIcs([{ uid: 'e@mn', summary: 'a,b;c\\d\ne', description: 'x\r\ny\rz', date: '2026-11-22' }], NOW).split('\r\n');
    expect(lines).to.include('SUMMARY:a\\,b\\;c\\\\d\\ne');
    expect(lines).to.include('DESCRIPTION:x\\ny\\nz');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    // Through buildIcs, which folds every line it writes: the summary's line and its continuations.
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const all = buildIcs([{ uid: 'f@mn', summary: 'é'.repeat(100), date: '2026-11-22' }], NOW).split('\r\n');
    const start = all.findIndex((p) => p.startsWith('SUMMARY:'));
    let end = start + 1;
    while (all[end].startsWith(' ')) end++;
    const folded = all.slice(start, end);
    expect(folded.length).to.be.above(1);
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

  it('writes no default CALSCALE and no empty property: an empty summary is left out, and the file still parses', () => {
    const text = buildIcs([{ uid: 'e@mn', summary: '', location: '', date: '2026-11-22' }], NOW);
    expect(text).not.to.match(/^(CALSCALE|SUMMARY|LOCATION)/m);
    const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect([event.uid, event.summary, event.startDate.toString()]).to.deep.equal(['e@mn', null, '2026-11-22']);
  });
});
