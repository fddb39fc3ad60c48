import { expect } from '@open-wc/testing';
import { buildAftercare, parseTreatedAt } from '../../../src/domain/aftercare/schedule.js';
import { DEFAULT_PROTOCOL } from '../../../src/domain/aftercare/protocol.js';
import { parseHours } from '../../../src/domain/hours.js';

const NY = 'America/New_York';
const H = 3_600_000;
const iso = (d?: Date) => d?.toISOString();

describe('domain/aftercare/schedule', () => {
  describe('parseTreatedAt', () => {
    const hours = parseHours('Mo-Fr 09:00-18:00; Sa 10:00-14:00')!;
    const cases: Array<[string, string | undefined, boolean?, string?]> = [
      // [input, end of treatment (UTC), assumed, note]
      ['2026-11-21T15:00', '2026-11-21T20:00:00.000Z', false, 'no offset: the clinic’s wall clock (EST)'],
      ['2026-07-01T15:00', '2026-07-01T19:00:00.000Z', false, 'no offset in summer (EDT)'],
      ['2026-11-21T15:00:30', '2026-11-21T20:00:30.000Z', false, 'seconds'],
      ['2026-11-21T15:00Z', '2026-11-21T15:00:00.000Z', false, 'UTC'],
      ['2026-11-21T15:00+01:00', '2026-11-21T14:00:00.000Z', false, 'explicit offset wins over the zone'],
      ['2026-11-21', '2026-11-21T19:00:00.000Z', true, 'Saturday: closing 14:00'],
      ['2026-11-20', '2026-11-20T23:00:00.000Z', true, 'Friday: closing 18:00'],
      ['2026-11-22', '2026-11-22T23:00:00.000Z', true, 'Sunday closed: 18:00'],
      ['2026-02-30', undefined],
      ['2026-11-21T24:00', undefined],
      ['2026-11-21T15:60', undefined],
      ['2026-11-21 15:00', undefined],
      ['2026-11-21T15:00+5', undefined],
      ['tomorrow', undefined],
      ['', undefined],
    ];
    for (const [input, at, assumed, note] of cases) {
      it(`${JSON.stringify(input)} → ${at ?? 'invalid'}${note ? ` (${note})` : ''}`, () => {
        const r = parseTreatedAt(input, NY, hours);
        expect(iso(r?.at)).to.equal(at);
        if (at) expect(r!.assumed).to.equal(assumed);
      });
    }
    it('takes 18:00 for a date alone when the clinic has no hours', () => {
      expect(iso(parseTreatedAt('2026-11-21', NY)!.at)).to.equal('2026-11-21T23:00:00.000Z');
    });
  });

  describe('a date alone (user trial: "Treatment ended 18:00 … not over yet" at 14:30)', () => {
    // Friday 20 November 2026 in New York (EST, UTC-5); the clinic closes at 18:00 on Fridays.
    const hours = parseHours('Mo-Fr 09:00-18:00; Sa 10:00-14:00')!;
    const cases: Array<[string, string, string, string | undefined, string, string | false, string]> = [
      // [case, treated at, now (UTC), asked (UTC), end of treatment (UTC), assumed, current]
      [
        'today at 14:30, closing 18:00 still to come: from now',
        '2026-11-20',
        '2026-11-20T19:30:00Z',
        undefined,
        '2026-11-20T19:30:00.000Z',
        'asked',
        'first-day',
      ],
      [
        'today at 19:00, after closing: from closing',
        '2026-11-20',
        '2026-11-21T00:00:00Z',
        undefined,
        '2026-11-20T23:00:00.000Z',
        'closing',
        'first-day',
      ],
      [
        'today at 18:00 sharp: closing',
        '2026-11-20',
        '2026-11-20T23:00:00Z',
        undefined,
        '2026-11-20T23:00:00.000Z',
        'closing',
        'first-day',
      ],
      [
        'a past date: that day’s closing time',
        '2026-11-19',
        '2026-11-20T19:30:00Z',
        undefined,
        '2026-11-19T23:00:00.000Z',
        'closing',
        'first-day',
      ],
      [
        'today, asked at 14:30, now 16:00: from when the patient asked',
        '2026-11-20',
        '2026-11-20T21:00:00Z',
        '2026-11-20T19:30:00Z',
        '2026-11-20T19:30:00.000Z',
        'asked',
        'first-day',
      ],
      [
        'a later date stays a treatment still to come',
        '2026-11-23',
        '2026-11-20T19:30:00Z',
        undefined,
        '2026-11-23T23:00:00.000Z',
        'closing',
        'before',
      ],
      [
        'an explicit time later today is not moved',
        '2026-11-20T17:00',
        '2026-11-20T19:30:00Z',
        undefined,
        '2026-11-20T22:00:00.000Z',
        false,
        'before',
      ],
    ];
    for (const [name, treated, now, asked, at, assumed, current] of cases) {
      it(`${name}: ${at}, ${assumed || 'not assumed'}, ${current}`, () => {
        const r = buildAftercare(treated, { timezone: NY, hours, now: new Date(now), asked: asked ? new Date(asked) : undefined })!;
        expect([iso(r.treatedAt), r.assumed, r.current]).to.deep.equal([at, assumed, current]);
        expect(iso(r.phases[0].start)).to.equal(at);
      });
    }
    it('without opening hours: 18:00, or now when that is later', () => {
      const r = (now: string) => buildAftercare('2026-11-22', { timezone: NY, now: new Date(now) })!;
      expect([iso(r('2026-11-22T15:00:00Z').treatedAt), r('2026-11-22T15:00:00Z').assumed]).to.deep.equal([
        '2026-11-22T15:00:00.000Z',
        'asked',
      ]);
      expect([iso(r('2026-11-23T15:00:00Z').treatedAt), r('2026-11-23T15:00:00Z').assumed]).to.deep.equal([
        '2026-11-22T23:00:00.000Z',
        'closing',
      ]);
    });
  });

  describe('phases and milestones (CLINICAL.md section 2)', () => {
    // Saturday 21 November 2026, 15:00 in New York (EST, no clock change for months).
    const a = buildAftercare('2026-11-21T15:00', { timezone: NY, now: new Date('2026-11-21T20:00:00Z') })!;
    it('gives every phase its id, sources and contiguous start/end instants', () => {
      const rows: Array<[string, string, string, string]> = [
        ['first-day', '2026-11-21T20:00:00.000Z', '2026-11-22T20:00:00.000Z', 'MAKER TRIAL SEEDS'],
        ['day-two', '2026-11-22T20:00:00.000Z', '2026-11-23T20:00:00.000Z', 'MAKER SEEDS'],
        ['day-three', '2026-11-23T20:00:00.000Z', '2026-11-24T20:00:00.000Z', 'MAKER'],
        ['peeling', '2026-11-24T20:00:00.000Z', '2026-11-26T20:00:00.000Z', 'FDA SEEDS'],
        ['first-week', '2026-11-26T20:00:00.000Z', '2026-11-28T20:00:00.000Z', 'CHU2021 STRIAE2018'],
        ['weeks-2-4', '2026-11-28T20:00:00.000Z', '2026-12-19T20:00:00.000Z', 'FDA SEEDS'],
        ['months-1-3', '2026-12-19T20:00:00.000Z', '2027-02-19T20:00:00.000Z', 'ABLON2018 DALWIG2020'],
        // Day 180 ends 180 x 24 hours after treatment (CLINICAL.md section 2), across the March clock change: 4:00 PM EDT.
        ['months-3-6', '2027-02-19T20:00:00.000Z', '2027-05-20T20:00:00.000Z', 'ABLON2018 TRIAL'],
      ];
      expect(a.phases.map((p) => [p.id, iso(p.start), iso(p.end), p.sources.join(' ')])).to.deep.equal(rows);
    });
    it('gives every milestone, sorted, with the next-session window as whole days', () => {
      expect(a.milestones.map((m) => [m.id, iso(m.at), iso(m.until)])).to.deep.equal([
        ['makeup-ok', '2026-11-22T20:00:00.000Z', undefined],
        ['sunscreen-ok', '2026-11-22T20:00:00.000Z', undefined],
        ['exercise-ok', '2026-11-24T20:00:00.000Z', undefined],
        ['actives-ok', '2026-11-26T20:00:00.000Z', undefined],
        ['routine-ok', '2026-11-28T20:00:00.000Z', undefined],
        ['tanning-ok', '2026-12-05T20:00:00.000Z', undefined],
        // Day 28 (2026-12-19) from its start to the end of day 42 (2027-01-02), New York time.
        ['next-session', '2026-12-19T05:00:00.000Z', '2027-01-03T05:00:00.000Z'],
      ]);
    });

    const T = new Date('2026-11-21T20:00:00Z').getTime();
    const at = (ms: number) => buildAftercare('2026-11-21T15:00', { timezone: NY, now: new Date(T + ms) })!;
    const boundaries: Array<[string, number, string, string | undefined]> = [
      // [case, ms after treatment, current, next milestone]
      ['an hour before the end of treatment', -H, 'before', 'makeup-ok'],
      ['1 ms before', -1, 'before', 'makeup-ok'],
      ['the end of treatment', 0, 'first-day', 'makeup-ok'],
      ['23:59:59.999 later', 24 * H - 1, 'first-day', 'makeup-ok'],
      ['exactly 24 h', 24 * H, 'day-two', 'exercise-ok'],
      ['48 h', 48 * H, 'day-three', 'exercise-ok'],
      ['72 h - 1 ms', 72 * H - 1, 'day-three', 'exercise-ok'],
      ['72 h', 72 * H, 'peeling', 'actives-ok'],
      ['day 5', 120 * H, 'first-week', 'routine-ok'],
      ['day 7', 168 * H, 'weeks-2-4', 'tanning-ok'],
      ['day 14', 336 * H, 'weeks-2-4', 'next-session'],
      ['day 28 at 15:00 (window open since midnight)', 672 * H, 'months-1-3', undefined],
      ['day 90', 90 * 24 * H, 'months-3-6', undefined],
      ['1 ms before day 180 is over', 180 * 24 * H - 1, 'months-3-6', undefined],
      ['day 180: exactly 180 x 24 h, across the March clock change', 180 * 24 * H, 'after', undefined],
      ['two years later', 730 * 24 * H, 'after', undefined],
    ];
    for (const [name, ms, current, next] of boundaries) {
      it(`${name}: ${current}, next ${next ?? 'none'}`, () => {
        const r = at(ms);
        expect(r.current).to.equal(current);
        expect(r.next?.id).to.equal(next);
      });
    }
  });

  describe('clock changes in the clinic’s timezone', () => {
    const cases: Array<[string, string, string, string, string, string]> = [
      // [case, zone, treated at (wall), +24 h, day 5 (actives-ok), hours to day 5]
      ['spring forward, New York (8 March 2026)', NY, '2026-03-07T20:00', '2026-03-09T01:00:00.000Z', '2026-03-13T01:00:00.000Z', '120'],
      ['fall back, New York (1 November 2026)', NY, '2026-10-31T20:00', '2026-11-02T00:00:00.000Z', '2026-11-06T00:00:00.000Z', '120'],
      [
        'spring forward, London (29 March 2026)',
        'Europe/London',
        '2026-03-28T21:00',
        '2026-03-29T21:00:00.000Z',
        '2026-04-02T21:00:00.000Z',
        '120',
      ],
    ];
    for (const [name, zone, treated, plus24, day5, span] of cases) {
      // Day N is the N-th 24 hours (CLINICAL.md section 2): day 5 is 120 h, whatever the wall clock says.
      it(`${name}: 24 h is exactly 24 h; day 5 is over ${span} h after treatment`, () => {
        const r = buildAftercare(treated, { timezone: zone, now: new Date('2026-01-01T00:00:00Z') })!;
        const m = Object.fromEntries(r.milestones.map((x) => [x.id, x.at]));
        expect(m['makeup-ok'].getTime() - r.treatedAt.getTime()).to.equal(24 * H);
        expect(iso(m['makeup-ok'])).to.equal(plus24);
        expect(iso(m['actives-ok'])).to.equal(day5);
        expect(String((m['actives-ok'].getTime() - r.treatedAt.getTime()) / H)).to.equal(span);
        expect(r.current).to.equal('before');
      });
    }
    it('a day offset is 24 hours, into the spring-forward gap too', () => {
      // 02:30 on 7 March 2026 in New York, plus 24 h: 03:30 EDT (02:30 does not exist on 8 March).
      // (Through the schedule's phases and milestones: the offsets' one reader.)
      const at = new Date('2026-03-07T07:30:00Z');
      const protocol = {
        ...DEFAULT_PROTOCOL,
        phases: [
          { id: 'a', end: '1d', sources: [] },
          { id: 'b', end: '5d', sources: [] },
        ],
        milestones: { 'makeup-ok': '1d', 'actives-ok': '5d' },
      };
      const r = buildAftercare(at, { protocol, timezone: NY, now: at })!;
      const m = Object.fromEntries(r.milestones.map((x) => [x.id, x.at]));
      for (const d of [r.phases[0].end, m['makeup-ok']]) expect(iso(d)).to.equal('2026-03-08T07:30:00.000Z');
      for (const d of [r.phases[1].end, m['actives-ok']]) expect(iso(d)).to.equal('2026-03-12T07:30:00.000Z');
    });
  });

  describe('leap day', () => {
    it('treated on 29 February 2028: days count through the leap day', () => {
      const r = buildAftercare('2028-02-29T10:00', { timezone: 'Europe/London', now: new Date('2028-03-01T09:59:59Z') })!;
      const m = Object.fromEntries(r.milestones.map((x) => [x.id, x]));
      expect(iso(m['actives-ok'].at)).to.equal('2028-03-05T10:00:00.000Z');
      expect(iso(m['next-session'].at)).to.equal('2028-03-27T23:00:00.000Z'); // 28 March, 00:00 BST (from 26 March)
      expect(iso(m['next-session'].until)).to.equal('2028-04-11T23:00:00.000Z'); // end of 11 April
      expect(r.current).to.equal('first-day');
    });
    it('treated on 28 February 2028: day 1 is the leap day', () => {
      const r = buildAftercare('2028-02-28T10:00Z', { timezone: 'UTC', now: new Date('2028-02-29T10:00:00Z') })!;
      expect(iso(r.phases[0].end)).to.equal('2028-02-29T10:00:00.000Z');
      expect(iso(r.milestones.find((x) => x.id === 'tanning-ok')!.at)).to.equal('2028-03-13T10:00:00.000Z');
      expect(r.current).to.equal('day-two');
    });
  });

  it('takes a Date, a clinic protocol, and returns undefined for a malformed time', () => {
    const protocol = { ...DEFAULT_PROTOCOL, phases: [{ id: 'rest', end: '12h', sources: [] }], nextSession: [14, 20] as [number, number] };
    const r = buildAftercare(new Date('2026-11-21T20:00:00Z'), { protocol, timezone: 'UTC', now: new Date('2026-11-22T08:00:00Z') })!;
    expect(r.current).to.equal('after');
    expect(iso(r.phases[0].end)).to.equal('2026-11-22T08:00:00.000Z');
    expect(iso(r.milestones.find((x) => x.id === 'next-session')!.at)).to.equal('2026-12-05T00:00:00.000Z');
    expect(buildAftercare('not a date')).to.equal(undefined);
    expect(buildAftercare(new Date(NaN))).to.equal(undefined);
  });
});
