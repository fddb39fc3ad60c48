import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildPayload } from '../../../src/domain/booking/build.js';
import { DEFAULT_SERVICES } from '../../../src/domain/booking/rules.js';
import { MAILTO_MAX, mailtoLink, requestEvents, summaryLines } from '../../../src/domain/booking/summary.js';
import { buildIcs } from '../../../src/domain/calendar/ics.js';
import { booking } from '../../../src/i18n/en/booking.js';
import { NOW, draft } from './fixtures.js';

const payload = (message = '', slot?: string, dates = draft().dates) =>
  buildPayload(draft({ slot, message, dates }), {
    id: 'r1',
    now: NOW,
    services: DEFAULT_SERVICES,
    locale: 'en-US',
    timezone: 'UTC',
    fillMs: 5000,
    trap: '',
  });
/** A request with two preferred dates. */
const twoDates = () =>
  payload('', undefined, [
    { date: '2026-11-30', timeOfDay: 'morning' },
    { date: '2026-12-02', timeOfDay: 'evening' },
  ]);
const GLOW = { name: 'Glow', address: '1 Main St, Springfield' };
const lines = (message = '', slot?: string) =>
  summaryLines(
    payload(message, slot),
    booking,
    (d) => `D${d}`,
    (d) => `T${d}`,
  );

describe('domain/booking summary', () => {
  it('lists what was asked, the empty lines left out', () => {
    expect(lines('Evenings')).to.deep.equal([
      ['Full name', 'Ana Lima'],
      ['Email', 'ana@example.com'],
      ['Contact me by', 'Email'],
      ['Service', 'Microneedling'],
      ['Treatment areas', 'Face'],
      ['Preferred dates', 'D2026-11-30 (Morning)'],
      ['Message (no health details)', 'Evenings'],
    ]);
  });

  it('keeps a short email link whole', () => {
    const { href, cut } = mailtoLink('hello@glow.example', 'Appointment request', lines('Evenings'), ':');
    expect(cut).to.equal(false);
    expect(decodeURIComponent(href)).to.equal(
      'mailto:hello@glow.example?subject=Appointment request&body=Full name: Ana Lima\nEmail: ana@example.com\nContact me by: Email\nService: Microneedling\nTreatment areas: Face\nPreferred dates: D2026-11-30 (Morning)\nMessage (no health details): Evenings',
    );
  });

  // Before: a 2,000-character message gave links of 2,369 (Latin) and up to 3,561+ characters (non-Latin).
  const long: Array<[string, string]> = [
    ['Latin', 'I would like an evening appointment, please. '.repeat(50).slice(0, 2000)],
    ['accented Latin', 'Je préfère le soir, merci beaucoup. '.repeat(60).slice(0, 2000)],
    ['Japanese', 'お手数ですが、夕方の予約をお願いします。'.repeat(100).slice(0, 2000)],
    ['emoji (surrogate pairs)', '🙂'.repeat(1000)],
  ];
  for (const [kind, message] of long) {
    it(`cuts a long ${kind} message so the whole link fits in ${MAILTO_MAX} characters, and says so`, () => {
      const { href, cut } = mailtoLink('hello@glow.example', 'Appointment request', lines(message), ':');
      expect(cut).to.equal(true);
      expect(href.length).to.be.at.most(MAILTO_MAX);
      // Nearly all of the room is used, and the cut never splits a character.
      expect(href.length).to.be.above(MAILTO_MAX - 40);
      const body = decodeURIComponent(href.split('&body=')[1]);
      expect(body)
        .to.match(/^Full name: Ana Lima\n/)
        .and.to.match(/…$/);
      expect(body).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    });
  }

  it(`keeps a link of exactly ${MAILTO_MAX} characters whole, and cuts one character more to fit with its "…"`, () => {
    const link = (n: number) => mailtoLink('hello@glow.example', 'Appointment request', [['M', 'a'.repeat(n)]], ':');
    const n = MAILTO_MAX - link(0).href.length;
    expect(link(n)).to.deep.equal({ href: link(0).href + 'a'.repeat(n), cut: false });
    const over = link(n + 1);
    expect(over.cut).to.equal(true);
    // The longest whole prefix that leaves room for the encoded "…" (9 characters).
    expect(over.href).to.equal(`${link(0).href}${'a'.repeat(n - 9)}%E2%80%A6`);
    expect(over.href.length).to.equal(MAILTO_MAX);
  });

  it('makes one tentative all-day calendar entry per preferred date, named by the service and the clinic', () => {
    const entry = { summary: 'Microneedling (Glow)', location: '1 Main St, Springfield', status: 'TENTATIVE' };
    expect(requestEvents(twoDates(), GLOW)).to.deep.equal([
      { uid: 'r1-0@mn-widgets', date: '2026-11-30', ...entry },
      { uid: 'r1-1@mn-widgets', date: '2026-12-02', ...entry },
    ]);
    // Without a clinic name or address: the service alone, no location.
    expect(requestEvents(payload(), {})).to.deep.equal([
      { uid: 'r1-0@mn-widgets', summary: 'Microneedling', location: undefined, date: '2026-11-30', status: 'TENTATIVE' },
    ]);
  });

  it('lists an exact slot from the slots feed instead of preferred dates', () => {
    expect(lines('', '2026-11-30T15:00:00Z')).to.deep.include(['Free times', 'T2026-11-30T15:00:00.000Z']);
    expect(lines('', '2026-11-30T15:00:00Z').map(([k]) => k)).not.to.include('Preferred dates');
  });

  it('makes one timed tentative calendar entry for an exact slot, as long as the service', () => {
    const [slot, more] = requestEvents(payload('', '2026-11-30T15:00:00Z'), GLOW);
    expect(more).to.equal(undefined);
    expect(slot).to.deep.include({ uid: 'r1@mn-widgets', summary: 'Microneedling (Glow)', location: GLOW.address, status: 'TENTATIVE' });
    expect(slot.date).to.equal(undefined);
    expect([slot.start!.toISOString(), slot.end!.toISOString()]).to.deep.equal(['2026-11-30T15:00:00.000Z', '2026-11-30T16:00:00.000Z']);
  });

  it('gives a calendar that a maintained parser reads back: tentative all-day events, the address escaped and read back whole', () => {
    const p = twoDates();
    const ics = buildIcs(requestEvents(p, GLOW), new Date(p.createdAt));
    expect(ics).to.contain('LOCATION:1 Main St\\, Springfield');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(
      events.map((v) => {
        const e = new ICAL.Event(v);
        return [
          e.uid,
          e.summary,
          e.location,
          e.startDate.isDate,
          e.startDate.toString(),
          e.endDate.toString(),
          v.getFirstPropertyValue('status'),
        ];
      }),
    ).to.deep.equal([
      ['r1-0@mn-widgets', 'Microneedling (Glow)', '1 Main St, Springfield', true, '2026-11-30', '2026-12-01', 'TENTATIVE'],
      ['r1-1@mn-widgets', 'Microneedling (Glow)', '1 Main St, Springfield', true, '2026-12-02', '2026-12-03', 'TENTATIVE'],
    ]);
    expect(String(events[0].getFirstPropertyValue('dtstamp'))).to.equal('2026-11-21T20:00:00Z');
  });
});
