import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import * as api from '../../src/index.js';
import * as define from '../../src/define.js';
import type { MnAftercareTimeline } from '../../src/elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
import { aftercare } from '../../src/i18n/en/aftercare.js';
import { messages } from '../../src/i18n/index.js';
import { offered } from './download.js';
import { listen, settle } from './listen.js';

// Treatment ended Saturday 21 November 2026, 15:00 in New York (20:00 UTC).
const T = Date.UTC(2026, 10, 21, 20);
const H = 3_600_000;
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (el: Element, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const notice = (el: Element) => $(el, '[part="notice"]');
const visible = (e: HTMLElement) => e.getClientRects().length > 0;
const phases = (el: Element) => $$(el, 'ol > li');
/** A phase's panel as read. */
const panelText = (li: Element) => li.querySelector('.panel')!.textContent!.replace(/\s+/g, ' ').trim();

async function timeline(now?: string, extra = '') {
  const wrap = await fixture(
    `<mn-clinic name="Glow Skin Studio" phone="+1 555 0100" timezone="America/New_York" locale="en-US" hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00">
      <mn-aftercare-timeline treated-at="2026-11-21T15:00" ${now ? `now="${now}"` : ''} ${extra}></mn-aftercare-timeline>
    </mn-clinic>`,
  );
  const el = wrap.querySelector('mn-aftercare-timeline')!;
  await el.updateComplete;
  return el;
}

/** The patient's browser in another time zone (`''`: back to the runner's UTC). */
const browserZone = (id: string) => executeServerCommand('emulate-timezone', { id });

describe('<mn-aftercare-timeline>', () => {
  // The patient's phone in the clinic's zone, unless a test says otherwise (then times carry the zone's name).
  before(() => browserZone('America/New_York'));
  after(() => browserZone(''));
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  describe('in every phase (now → current phase)', () => {
    const cases: Array<[string, string]> = [
      ['2026-11-21T14:00', 'before'],
      ['2026-11-21T20:00', 'first-day'],
      ['2026-11-22T15:00', 'day-two'],
      ['2026-11-23T16:00', 'day-three'],
      ['2026-11-25T09:00', 'peeling'],
      ['2026-11-27T09:00', 'first-week'],
      ['2026-12-10T09:00', 'weeks-2-4'],
      ['2027-01-10T09:00', 'months-1-3'],
      ['2027-04-01T09:00', 'months-3-6'],
      ['2028-01-01T09:00', 'after'],
    ];
    for (const [now, current] of cases) {
      it(`${now}: ${current} is current and open, the red flags and the phone are visible, axe is clean`, async () => {
        const el = await timeline(now);
        await expect(el).to.be.accessible();
        const items = phases(el);
        expect(items).to.have.length(8);
        const marked = items.filter((li) => li.getAttribute('aria-current') === 'step');
        const index = ['first-day', 'day-two', 'day-three', 'peeling', 'first-week', 'weeks-2-4', 'months-1-3', 'months-3-6'].indexOf(
          current,
        );
        expect(marked).to.deep.equal(index < 0 ? [] : [items[index]]);
        items.forEach((li, i) => {
          const button = li.querySelector('button')!;
          expect(button.getAttribute('aria-expanded'), `phase ${i}`).to.equal(String(i === index));
          expect(visible(li.querySelector('.panel')!)).to.equal(i === index);
          expect(li.classList.contains('past')).to.equal(index < 0 ? current === 'after' : i < index);
        });
        if (index >= 0) expect(items[index].querySelector('.marker')!.textContent).to.equal('You are here');
        // From the first day until the next session: no home rollers or pens, in every phase (CLINICAL.md section 2).
        if (index >= 0)
          expect(panelText(items[index])).to.contain('Home microneedling rollers or pens, until your next session at the clinic');
        const flags = $$(el, '.flags').filter(visible);
        expect(flags).to.have.length(1);
        expect(flags[0].querySelectorAll('li')).to.have.length(9);
        expect(flags[0].querySelector('a')!.getAttribute('href')).to.equal('tel:+15550100');
        // Emergencies apart, with 911 for a US clinic.
        expect(text(el, '[part~="emergency"]')).to.equal(
          'Emergency Trouble breathing, or swelling of the lips, tongue or throat: call 911 now.',
        );
        expect($(el, '[part~="emergency"] a')!.getAttribute('href')).to.equal('tel:911');
        expect(warn.called).to.equal(false);
      });
    }

    it('opens the current phase with Do, Avoid and What’s normal; Call us once, above the timeline', async () => {
      const el = await timeline('2026-11-21T20:00');
      const panel = $(el, '[aria-current="step"] .panel')!;
      expect([...panel.querySelectorAll('[role="heading"]')].map((h) => [h.textContent, h.getAttribute('aria-level')])).to.deep.equal([
        ['Do', '5'],
        ['Avoid', '5'],
        ['What’s normal', '5'],
      ]);
      expect(panel.textContent).to.contain('Touching your face');
      expect(text(el, '[part~="flags"] [role="heading"]')).to.equal('Call us');
      expect($(el, '[part~="flags"] + [part~="emergency"] + ol[part~="timeline"]')).to.exist;
      expect(text(el, '.sum')).to.equal('Treatment end: Sat, Nov 21, 3:00 PM. You are here: First 24 hours.');
    });
  });

  it('counts down to the next milestones in calendar days and local time, in two locales', async () => {
    const us = await timeline('2026-11-22T10:00');
    const lines = $$(us, '.countdowns li').map((li) => li.textContent!.trim());
    // Today's: "today" and the time; the words count calendar days, so they agree with the date.
    expect(lines[0]).to.equal('Mineral makeup allowed: today, 3:00\u00a0PM');
    expect(lines[1]).to.equal('Sunscreen allowed: today, 3:00\u00a0PM');
    expect(lines[2]).to.equal('Exercise allowed: in 2 days, Tue,\u00a0Nov\u00a024, 3:00\u00a0PM');
    // Day 14 ends a break; it does not invite tanning.
    expect(lines[5]).to.equal(
      'End of the 2-week tanning break (keep using sunscreen every day): in 13 days, Sat,\u00a0Dec\u00a05, 3:00\u00a0PM',
    );
    expect(lines).to.have.length(6);
    // German without German texts on the page: English sentences with English dates in Germany's
    // conventions (issue 15: never German dates inside English sentences).
    const de = await timeline('2026-11-22T10:00', 'locale="de-DE"');
    expect($$(de, '.countdowns li')[0].textContent!.trim()).to.equal('Mineral makeup allowed: today, 15:00');
    expect($$(de, '.countdowns li')[2].textContent!.trim()).to.equal('Exercise allowed: in 2 days, Tue,\u00a024\u00a0Nov, 15:00');
    await expect(de).to.be.accessible();
  });

  describe('dates and times as the clinical review asked (issue 14 review)', () => {
    it('counts calendar days, so the words agree with the day shown, however many hours are left', async () => {
      // Saturday 20:00: Tuesday 15:00 is 2 days 19 hours away, 3 calendar days.
      const sat = await timeline('2026-11-21T20:00');
      expect($$(sat, '.countdowns li')[2].textContent!.trim()).to.equal('Exercise allowed: in 3 days, Tue,\u00a0Nov\u00a024, 3:00\u00a0PM');
      // Sunday 10:00: 2 days 5 hours away, 2 calendar days.
      const sun = await timeline('2026-11-22T10:00');
      expect($$(sun, '.countdowns li')[2].textContent!.trim()).to.equal('Exercise allowed: in 2 days, Tue,\u00a0Nov\u00a024, 3:00\u00a0PM');
    });

    it('a live countdown moves on at midnight in the clinic’s zone, with its one timer', async () => {
      // Saturday 23:30 in New York.
      const clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 22, 4, 30), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const el = await timeline();
        const first = () => $$(el, '.countdowns li')[0].textContent!.trim();
        expect(first()).to.equal('Mineral makeup allowed: tomorrow, Sun,\u00a0Nov\u00a022, 3:00\u00a0PM');
        expect(clock.countTimers()).to.equal(1);
        await clock.tickAsync(31 * 60_000);
        await el.updateComplete;
        expect(first()).to.equal('Mineral makeup allowed: today, 3:00\u00a0PM');
        expect(clock.countTimers()).to.equal(1);
      } finally {
        clock.restore();
      }
    });

    it('says when a closed clinic opens again, from its hours (over a weekend too)', async () => {
      // Saturday 20:00 (closed since 14:00; closed on Sunday): Monday 9:00.
      const el = await timeline('2026-11-21T20:00');
      expect(text(el, '[part~="flags"] strong')).to.equal('The clinic is closed now and opens again Mon, Nov 23, 9:00 AM.');
      // Monday 7:00: today, 9:00.
      const early = await timeline('2026-11-23T07:00');
      expect(text(early, '[part~="flags"] strong')).to.equal('The clinic is closed now and opens again Mon, Nov 23, 9:00 AM.');
    });

    it('adds the year to a date in another year than today', async () => {
      const el = await timeline('2027-01-11T10:00');
      expect(text(el, '.sum')).to.equal('Treatment end: Sat, Nov 21, 2026, 3:00 PM. You are here: Months 2–3.');
      expect(phases(el)[6].querySelector('.when')!.textContent).to.equal(
        'Sat,\u00a0Dec\u00a019,\u00a02026, 3:00\u00a0PM – Fri,\u00a0Feb\u00a019, 3:00\u00a0PM',
      );
      const now = await timeline('2026-11-22T10:00');
      expect(phases(now)[6].querySelector('.when')!.textContent).to.equal(
        'Sat,\u00a0Dec\u00a019, 3:00\u00a0PM – Fri,\u00a0Feb\u00a019,\u00a02027, 3:00\u00a0PM',
      );
    });

    it('puts "You are here" on its own line, whatever the length of the sentence before it', async () => {
      const el = await timeline('2026-11-22T10:00');
      expect(getComputedStyle($(el, '.sum strong')!).display).to.equal('block');
    });
  });

  it('shows the next-session window and links the booking form with the treatment date', async () => {
    const el = await timeline('2026-11-22T10:00', 'booking-url="https://glow.example/book?from=aftercare"');
    // One date format on the screen: the one the phases use; the year for a date in another year.
    expect(el.shadowRoot!.textContent).to.contain(
      'Book your next session between Sat,\u00a0Dec\u00a019 and Sat,\u00a0Jan\u00a02,\u00a02027.',
    );
    const link = $(el, 'a.button')!;
    const url = new URL(link.getAttribute('href')!);
    expect(url.origin + url.pathname).to.equal('https://glow.example/book');
    expect(url.searchParams.get('from')).to.equal('aftercare');
    expect(url.searchParams.get('mn-last-session')).to.equal('2026-11-21');
    await expect(el).to.be.accessible();
  });

  it('once the next-session window is over, says so instead of offering its past dates', async () => {
    // The window's last day is Jan 2, 2027: inside it through that day, over from Jan 3.
    const inside = await timeline('2027-01-02T23:00');
    expect(inside.shadowRoot!.textContent).to.contain(
      'Book your next session between Sat,\u00a0Dec\u00a019,\u00a02026 and Sat,\u00a0Jan\u00a02.',
    );
    const el = await timeline('2027-01-03T09:00', 'booking-url="https://glow.example/book"');
    const said = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(said).not.to.contain('between');
    expect(said).to.contain(
      'The usual window for your next session (Sat, Dec 19, 2026 to Sat, Jan 2) has passed: book it when you are ready, or ask us.',
    );
    expect($(el, 'a.button')!.textContent).to.equal('Book your next session');
    await expect(el).to.be.accessible();
  });

  it('refuses a booking-url that is not http(s)', async () => {
    const el = await timeline('2026-11-22T10:00', 'booking-url="javascript:alert(1)"');
    expect(notice(el)!.textContent).to.contain('booking-url');
    expect($(el, 'a.button')).to.equal(null);
    expect(warn.callCount).to.equal(1);
  });

  it('opens later phases with a disclosure button, by keyboard alone', async () => {
    const el = await timeline('2026-11-21T20:00');
    const later = phases(el)[3].querySelector('button')!;
    later.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(later.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(phases(el)[3].querySelector('.panel')!)).to.equal(true);
    expect(phases(el)[3].textContent).to.contain('Picking or scratching');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(later.getAttribute('aria-expanded')).to.equal('false');
    // Closing the current phase keeps the red flags on screen.
    phases(el)[0].querySelector('button')!.click();
    await el.updateComplete;
    expect($$(el, '.flags').filter(visible)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows each phase button as a disclosure: a chevron at the inline end that turns when open', async () => {
    const after = (b: HTMLElement) => getComputedStyle(b, '::after');
    const el = await timeline('2026-11-21T20:00');
    const [open, closed] = phases(el).map((li) => li.querySelector('button')!);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect(closed.getAttribute('aria-expanded')).to.equal('false');
    expect(after(closed).content).to.equal('""');
    expect(after(open).transform).to.not.equal(after(closed).transform);
    // currentColor: the button's text colour, and the system's in forced colours.
    expect(after(closed).borderBottomColor).to.equal(getComputedStyle(closed).color);
    expect(parseFloat(after(closed).right)).to.be.below(parseFloat(after(closed).left));
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(parseFloat(after(closed).transitionDuration)).to.be.below(0.001);
      closed.click();
      await el.updateComplete;
      expect(closed.getAttribute('aria-expanded')).to.equal('true');
      // The turn ends where the open chevron points. (Under reduced motion it is over at once, as
      // the duration above says; waiting on frames for it failed on a busy machine.)
      await waitUntil(() => after(closed).transform === after(open).transform, 'the chevron turns', { timeout: 2000 });
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    await expect(el).to.be.accessible();
    // Mirrored in a right-to-left language (a clinic's own, through addMessages; English reads left to right on any page).
    api.addMessages('ar', { aftercare: { title: 'رعاية ما بعد العلاج' } });
    const rtl = await timeline('2026-11-21T20:00', 'locale="ar"');
    expect(getComputedStyle($(rtl, '.root')!).direction).to.equal('rtl');
    const button = $(rtl, 'ol > li:nth-child(2) button')!;
    expect(parseFloat(after(button).left)).to.be.below(parseFloat(after(button).right));
    await expect(rtl).to.be.accessible();
  });

  it('without a clinic phone, the red flags come with a setup notice saying they show no number to call, and one warning', async () => {
    const el = await fixture<MnAftercareTimeline>(
      html`<mn-aftercare-timeline treated-at="2026-11-21T15:00" now="2026-11-21T20:00" timezone="America/New_York"></mn-aftercare-timeline>`,
    );
    expect($(el, '[part="flags"]')).to.exist;
    expect(notice(el)!.textContent).to.contain('phone is missing: red flags show no number to call');
    expect(warn.callCount).to.equal(1);
    await expect(el).to.be.accessible();
    el.clinicPhone = '+1 555 0100';
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    expect($(el, '[part="flags"] a[href="tel:+15550100"]')).to.exist;
  });

  it('a phone number reads left to right beside a right-to-left clinic name or page, as it is dialled', async () => {
    const wrap = await fixture(
      `<div><mn-clinic name="מרפאת גלואו" phone="+972 3 555 0100" timezone="Asia/Jerusalem" locale="en-US" hours="Mo-Fr 09:00-18:00">
        <mn-aftercare-timeline treated-at="2026-11-21T15:00" now="2026-11-21T20:00"></mn-aftercare-timeline>
      </mn-clinic><mn-aftercare-timeline dir="rtl" clinic-phone="+1 555 0100" treated-at="2026-11-21T15:00" now="2026-11-21T20:00"></mn-aftercare-timeline></div>`,
    );
    const els = [...wrap.querySelectorAll('mn-aftercare-timeline')];
    await Promise.all(els.map((el) => el.updateComplete));
    const links = els.flatMap((el) => $$(el, 'a[href^="tel:+"]'));
    expect(links).to.have.length.above(1);
    for (const a of links) {
      // "+1 555 0100" in a right-to-left line would show as "0100 555 1+": the plus must stay on the left.
      const text = [...a.childNodes].find((n): n is Text => n instanceof Text && /\d/.test(n.data))!;
      const at = (i: number) => {
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + 1);
        return r.getBoundingClientRect().left;
      };
      expect(text.data).to.match(/^\+/);
      expect(at(0), a.textContent!).to.be.below(at(text.data.length - 1));
    }
  });

  it('with several phases open: one red-flag box with the phone, above the timeline, where it stays', async () => {
    const el = await timeline('2026-11-24T16:00');
    const box = $$(el, '[part~="flags"]');
    expect(box).to.have.length(1);
    const top = box[0].getBoundingClientRect().top;
    for (const i of [0, 1, 2]) phases(el)[i].querySelector('button')!.click();
    await el.updateComplete;
    expect(phases(el).filter((li) => visible(li.querySelector('.panel')!))).to.have.length(4);
    const flags = $$(el, '[part~="flags"]');
    expect(flags).to.have.length(1);
    expect(flags[0]).to.equal(box[0]);
    expect(visible(flags[0])).to.equal(true);
    expect(flags[0].getBoundingClientRect().top).to.equal(top);
    expect(flags[0].querySelectorAll('a[href="tel:+15550100"]')).to.have.length(1);
    expect(flags[0].compareDocumentPosition($(el, 'ol')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($(el, '[part~="emergency"]')!.compareDocumentPosition($(el, 'ol')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($$(el, '[part~="phase"] [part~="flags"], [part~="phase"] a[href^="tel:"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  describe('treatment time', () => {
    it('lets the patient enter the date and time, then moves focus to the result', async () => {
      const el = await fixture<MnAftercareTimeline>(
        html`<mn-aftercare-timeline timezone="America/New_York" locale="en-US" now="2026-11-22T10:00"></mn-aftercare-timeline>`,
      );
      await expect(el).to.be.accessible();
      expect($(el, 'ol')).to.equal(null);
      ($(el, 'input[name="date"]') as HTMLInputElement).value = '2026-11-21';
      ($(el, 'input[name="time"]') as HTMLInputElement).value = '15:00';
      $(el, 'form button')!.click();
      await el.updateComplete;
      expect(phases(el)).to.have.length(8);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.sum'));
      expect(text(el, '.sum')).to.contain('You are here: First 24 hours.');
      await expect(el).to.be.accessible();
    });

    it('asks for a date, and refuses one still to come, with a message by the field', async () => {
      const el = await fixture<MnAftercareTimeline>(
        html`<mn-aftercare-timeline timezone="America/New_York" locale="en-US" now="2026-11-22T10:00"></mn-aftercare-timeline>`,
      );
      const date = $(el, 'input[name="date"]') as HTMLInputElement;
      expect(date.max).to.equal('2026-11-22');
      $(el, 'form button')!.click();
      await el.updateComplete;
      expect(text(el, '#err')).to.equal('Enter a date.');
      expect(date.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(date);
      date.value = '2026-11-25';
      $(el, 'form button')!.click();
      await el.updateComplete;
      expect(text(el, '#err')).to.equal('This date is in the future.');
      expect($(el, 'ol')).to.equal(null);
      await expect(el).to.be.accessible();
      date.value = '2026-11-21';
      $(el, 'form button')!.click();
      await el.updateComplete;
      expect(text(el, '#err')).to.equal('');
      expect(phases(el)).to.have.length(8);
    });

    it('a date alone counts from the clinic’s closing time, and says so', async () => {
      const wrap = await fixture(html`<mn-clinic timezone="America/New_York" locale="en-US" hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00">
        <mn-aftercare-timeline treated-at="2026-11-21" now="2026-11-21T20:00"></mn-aftercare-timeline>
      </mn-clinic>`);
      const el = wrap.querySelector('mn-aftercare-timeline')!;
      await el.updateComplete;
      expect(text(el, '.sum')).to.contain('No time given: we count from 2:00 PM, when the clinic closes.');
      expect($(el, 'form')).to.equal(null);
    });

    it('a date alone on the day, before closing: counts from when the patient asked (user trial)', async () => {
      // Reported: "Treatment ended Sat 21 Nov, 18:00. No time was given, so we count from 18:00, when
      // the clinic closes. Treatment not over yet." at 14:30, with every countdown 3.5 hours late.
      const el = await fixture<MnAftercareTimeline>(
        html`<mn-aftercare-timeline timezone="America/New_York" locale="en-GB" now="2026-11-21T14:30"></mn-aftercare-timeline>`,
      );
      ($(el, 'input[name="date"]') as HTMLInputElement).value = '2026-11-21';
      $(el, 'form button')!.click();
      await el.updateComplete;
      expect(text(el, '#err')).to.equal('');
      expect(text(el, '.sum')).to.equal(
        'Treatment end: Sat 21 Nov, 14:30. No time given: we count from 14:30, when you asked. You are here: First 24 hours.',
      );
      // British words for an en-GB clinic.
      expect($$(el, '.countdowns li')[0].textContent!.trim()).to.equal('Mineral make-up allowed: tomorrow, Sun\u00a022\u00a0Nov, 14:30');
      await expect(el).to.be.accessible();
    });

    it('a date alone still to come: "ends", never "ended", and when the aftercare starts', async () => {
      const wrap = await fixture(html`<mn-clinic timezone="America/New_York" locale="en-US" hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00">
        <mn-aftercare-timeline treated-at="2026-11-23" now="2026-11-21T14:30"></mn-aftercare-timeline>
        <mn-aftercare-timeline treated-at="2026-11-21T15:00" now="2026-11-21T14:30"></mn-aftercare-timeline>
      </mn-clinic>`);
      const [date, time] = [...wrap.querySelectorAll('mn-aftercare-timeline')];
      await Promise.all([date.updateComplete, time.updateComplete]);
      expect(text(date, '.sum')).to.equal(
        'Treatment end: Mon, Nov 23, 6:00 PM. No time given: we count from 6:00 PM, when the clinic closes. Aftercare starts when treatment ends.',
      );
      expect(text(time, '.sum')).to.equal('Treatment end: Sat, Nov 21, 3:00 PM. Aftercare starts when treatment ends.');
    });

    it('a live timeline keeps counting from when the patient asked, and moves on', async () => {
      const clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 21, 19, 30), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const wrap = await fixture(html`<mn-clinic timezone="America/New_York" locale="en-US" hours="Mo-Fr 09:00-18:00; Sa 10:00-18:00">
          <mn-aftercare-timeline treated-at="2026-11-21"></mn-aftercare-timeline>
        </mn-clinic>`);
        const el = wrap.querySelector('mn-aftercare-timeline')!;
        await el.updateComplete;
        const said =
          'Treatment end: Sat, Nov 21, 2:30 PM. No time given: we count from 2:30 PM, when you asked. You are here: First 24 hours.';
        expect(text(el, '.sum')).to.equal(said);
        expect(clock.countTimers()).to.equal(1);
        await clock.tickAsync(2 * H);
        phases(el)[1].querySelector('button')!.click();
        await el.updateComplete;
        expect(text(el, '.sum')).to.equal(said);
        expect($$(el, '.countdowns li')[0].textContent!.trim()).to.equal(
          'Mineral makeup allowed: tomorrow, Sun,\u00a0Nov\u00a022, 2:30\u00a0PM',
        );
        expect(clock.countTimers()).to.equal(1);
      } finally {
        clock.restore();
      }
    });

    it('prefills from the mn-treated-at URL parameter', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?mn-treated-at=2026-11-21T15:00`);
      try {
        const el = await fixture<MnAftercareTimeline>(
          html`<mn-aftercare-timeline timezone="America/New_York" locale="en-US" now="2026-11-22T10:00"></mn-aftercare-timeline>`,
        );
        expect(($(el, 'input[name="date"]') as HTMLInputElement).value).to.equal('2026-11-21');
        expect(($(el, 'input[name="time"]') as HTMLInputElement).value).to.equal('15:00');
        expect($(el, '[aria-current="step"] button')!.textContent).to.contain('First 24 hours');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    for (const bad of ['yesterday', '2026-02-30T10:00', '<img src=x onerror=alert(1)>']) {
      it(`treated-at="${bad}": a visible notice, one warning, and the patient can enter theirs`, async () => {
        const el = await fixture<MnAftercareTimeline>(
          html`<mn-aftercare-timeline treated-at=${bad} timezone="America/New_York"></mn-aftercare-timeline>`,
        );
        expect(notice(el)!.textContent).to.contain('treated-at');
        expect(notice(el)!.querySelector('img')).to.equal(null);
        expect(warn.callCount).to.equal(1);
        expect($(el, 'form')).to.exist;
        expect($(el, 'ol')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('advancing by itself', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: T - 2 * H, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    });
    afterEach(() => clock.restore());

    it('keeps one timer to the next change and announces each new phase once, politely', async () => {
      const el = await timeline();
      const heard = listen(el);
      const live = $(el, '[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(phases(el).some((li) => li.hasAttribute('aria-current'))).to.equal(false);
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(2 * H);
      await el.updateComplete;
      expect($(el, '[aria-current="step"] button')!.textContent).to.contain('First 24 hours');
      expect(live.textContent).to.equal('You are here: First 24 hours.');
      expect(clock.countTimers()).to.equal(1);
      // The countdown words change at midnight (calendar days); the phase and the announcement do not.
      expect($$(el, '.countdowns li')[0].textContent).to.contain('Mineral makeup allowed: tomorrow, Sun,\u00a0Nov\u00a022, 3:00\u00a0PM');
      await clock.tickAsync(20 * H);
      await el.updateComplete;
      expect($$(el, '.countdowns li')[0].textContent).to.contain('Mineral makeup allowed: today, 3:00\u00a0PM');
      expect(live.textContent).to.equal('You are here: First 24 hours.');
      await clock.tickAsync(4 * H);
      await el.updateComplete;
      expect($(el, '[aria-current="step"] button')!.textContent).to.contain('Day 2');
      expect(live.textContent).to.equal('You are here: Day 2.');
      expect(clock.countTimers()).to.equal(1);
      clock.restore(); // axe needs real timers
      await settle();
      // What a screen reader heard: each phase once, nothing else.
      expect(heard.said).to.deep.equal(['You are here: First 24 hours.', 'You are here: Day 2.']);
      await expect(el).to.be.accessible();
    });

    it('keeps the phase the patient was reading open when the next one starts; the new one opens too', async () => {
      const el = await timeline();
      await clock.tickAsync(2 * H);
      await el.updateComplete;
      const [first, second, third] = phases(el).map((li) => li.querySelector('button')!);
      expect([first, second].map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false']);
      third.click(); // opened ahead, by hand
      await el.updateComplete;
      first.focus();
      await clock.tickAsync(24 * H);
      await el.updateComplete;
      expect($(el, '[aria-current="step"] button')).to.equal(second);
      expect([first, second, third].map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true']);
      expect(el.shadowRoot!.activeElement).to.equal(first);
      // One the patient closed stays closed.
      second.click();
      await el.updateComplete;
      await clock.tickAsync(24 * H);
      await el.updateComplete;
      expect([first, second].map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false']);
    });

    it('pauses while the page is hidden and catches up when shown', async () => {
      const el = await timeline();
      const hidden = sinon.stub(document, 'hidden').get(() => true);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(30 * H);
      await el.updateComplete;
      expect(phases(el).some((li) => li.hasAttribute('aria-current'))).to.equal(false);
      hidden.restore();
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect($(el, '[aria-current="step"] button')!.textContent).to.contain('Day 2');
      expect($(el, '[role="status"]')!.textContent).to.equal('You are here: Day 2.');
      expect(clock.countTimers()).to.equal(1);
    });

    it('does not advance a preview with a fixed now', async () => {
      await timeline('2026-11-21T14:00');
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('the clinic’s protocol', () => {
    const custom = {
      phases: [
        { id: 'rest', end: '48h', title: 'Rest', do: ['Sleep well'] },
        { id: 'peeling', end: '7d' },
      ],
      milestones: { 'exercise-ok': '48h' },
      nextSession: [21, 35],
      redFlags: ['Fever over 38 °C'],
    };

    it('as a property: its phases, texts and windows', async () => {
      const el = await timeline('2026-11-22T10:00');
      el.protocol = custom;
      await el.updateComplete;
      expect(
        phases(el).map((li) => li.querySelector('button')!.textContent!.replace(li.querySelector('.when')!.textContent!, '').trim()),
      ).to.deep.equal(['Rest', 'Days 4–5']);
      expect(text(el, '[aria-current="step"] .panel')).to.contain('Sleep well');
      expect(text(el, '[part~="flags"]')).to.contain('Fever over 38 °C');
      expect(el.shadowRoot!.textContent).to.contain('between Sat,\u00a0Dec\u00a012 and Sat,\u00a0Dec\u00a026');
      expect($$(el, '.countdowns li')[2].textContent!.trim()).to.equal('Exercise allowed: tomorrow, Mon,\u00a0Nov\u00a023, 3:00\u00a0PM');
      expect(notice(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('as an inline JSON script', async () => {
      const el = await timeline('2026-11-22T10:00');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(custom);
      el.append(script);
      el.requestUpdate();
      await el.updateComplete;
      expect(phases(el)).to.have.length(2);
    });

    it('from protocol-src', async () => {
      const fetch = sinon.stub(window, 'fetch').resolves(new Response(JSON.stringify(custom)));
      const el = await timeline('2026-11-22T10:00', 'protocol-src="/aftercare.json"');
      await waitUntil(() => phases(el).length === 2, 'the fetched protocol');
      expect(String(fetch.firstCall.args[0])).to.equal(new URL('/aftercare.json', document.baseURI).href);
    });

    it('a protocol-src that fails: a notice and the defaults', async () => {
      sinon.stub(window, 'fetch').resolves(new Response('nope', { status: 404 }));
      const el = await timeline('2026-11-22T10:00', 'protocol-src="/missing.json"');
      await waitUntil(() => !!notice(el), 'a notice');
      expect(notice(el)!.textContent).to.contain('protocol-src');
      expect(phases(el)).to.have.length(8);
      expect(warn.callCount).to.equal(1);
    });

    const broken: Array<[unknown, string]> = [
      ['{"phases": [', 'protocol JSON'],
      [{ phases: [{ id: 'rest', end: 'two days' }] }, 'protocol phases[0].end="two days"'],
      [{ milestones: { party: '24h' } }, 'protocol milestones.party="24h"'],
      [{ nextSession: [7, 10] }, 'protocol nextSession="[7,10]"'],
    ];
    for (const [value, named] of broken) {
      it(`a broken one (${named}): a notice naming the field, one warning, the defaults`, async () => {
        const el = await timeline('2026-11-22T10:00');
        el.protocol = value;
        await el.updateComplete;
        expect(notice(el)!.textContent).to.contain(named);
        expect(phases(el)).to.have.length(8);
        expect(warn.callCount).to.equal(1);
        await expect(el).to.be.accessible();
        el.protocol = undefined;
        await el.updateComplete;
        expect(notice(el)).to.equal(null);
      });
    }
  });

  it('downloads an .ics of the milestones and the next-session window that parses back', async () => {
    const el = await timeline('2026-11-22T10:00');
    const file = await offered(() =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Add to calendar')!.click(),
    );
    expect([file.name, file.type]).to.deep.equal(['aftercare.ics', 'text/calendar']);
    const ics = file.text;
    expect(/[^\r]\n/.test(ics)).to.equal(false);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).to.deep.equal([
      'Glow Skin Studio: Mineral makeup allowed',
      'Glow Skin Studio: Sunscreen allowed',
      'Glow Skin Studio: Exercise allowed',
      'Glow Skin Studio: Vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C allowed again',
      'Glow Skin Studio: Back to your usual routine',
      'Glow Skin Studio: End of the 2-week tanning break (keep using sunscreen every day)',
      'Glow Skin Studio: Next session',
    ]);
    expect(events[0].startDate.toJSDate().toISOString()).to.equal('2026-11-22T20:00:00.000Z');
    expect(new Set(events.map((e) => e.uid)).size).to.equal(7);
    const next = events[6];
    expect(next.startDate.isDate).to.equal(true);
    expect(next.startDate.toString()).to.equal('2026-12-19');
    expect(next.endDate.toString()).to.equal('2027-01-03');
  });

  it('marks every event of the .ics free, the two-week next-session window too', async () => {
    const events = await exported(await timeline('2026-11-22T10:00'));
    expect(events.map((e) => [e.summary, e.component.getFirstPropertyValue('transp')])).to.deep.equal(
      events.map((e) => [e.summary, 'TRANSPARENT']),
    );
    expect(events.filter((e) => e.startDate.isDate).map((e) => e.summary)).to.deep.equal(['Glow Skin Studio: Next session']);
  });

  describe('calendar export counts from now', () => {
    it('on day 3: only what is still to come, an event in progress kept, and it parses back', async () => {
      const el = await timeline('2026-11-24T16:00');
      const events = await exported(el);
      expect(events.map((e) => e.summary)).to.deep.equal([
        'Glow Skin Studio: Vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C allowed again',
        'Glow Skin Studio: Back to your usual routine',
        'Glow Skin Studio: End of the 2-week tanning break (keep using sunscreen every day)',
        'Glow Skin Studio: Next session',
      ]);
      for (const e of events.filter((x) => !x.endDate.isDate))
        expect(e.endDate.toJSDate() >= new Date('2026-11-24T21:00Z'), e.summary).to.equal(true);
      // Exercise allowed from 15:00, a 15-minute reminder: in progress at 15:10, kept.
      const during = await exported(await timeline('2026-11-24T15:10'));
      expect(during[0].summary).to.equal('Glow Skin Studio: Exercise allowed');
      expect(during).to.have.length(5);
    });

    it('the next-session window stays through its last day; after it, no export control', async () => {
      const last = await timeline('2027-01-02T23:00');
      expect((await exported(last)).map((e) => e.summary)).to.deep.equal(['Glow Skin Studio: Next session']);
      const el = await timeline('2027-01-03T09:00', 'booking-url="https://glow.example/book"');
      expect($$(el, 'button').filter((b) => b.textContent === 'Add to calendar')).to.have.length(0);
      expect($(el, 'a.button')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('with nothing left to export and no booking-url, no empty actions paragraph', async () => {
      const el = await timeline('2027-01-03T09:00');
      // Markup, not elements: a failing comparison of elements stalls the runner's error reporting.
      expect($(el, '.actions')?.outerHTML ?? null).to.equal(null);
      expect(
        $$(el, 'p')
          .filter((p) => !p.textContent!.trim() && !p.matches('[role]'))
          .map((p) => p.outerHTML),
      ).to.deep.equal([]);
      const link = await timeline('2027-01-03T09:00', 'booking-url="https://glow.example/book"');
      expect($$(link, '.actions > *').map((e) => e.localName)).to.deep.equal(['a']);
    });

    it('a live timeline counts from the click, not from its last render', async () => {
      const clock = sinon.useFakeTimers({ now: T + 71 * H, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const el = await timeline();
        // Past the 72 h boundary (a render) and the end of its 15-minute reminder (none).
        await clock.tickAsync(H + 20 * 60_000);
        await el.updateComplete;
        const events = await exported(el);
        expect(events[0].summary).to.equal(
          'Glow Skin Studio: Vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C allowed again',
        );
        expect(events).to.have.length(4);
      } finally {
        clock.restore();
      }
    });
  });

  it('calls a clinic without a name "us" in the red-flag box, in the words of the other widgets (common.callUs)', async () => {
    const wrap = await fixture(
      `<mn-clinic phone="+1 555 0100" timezone="America/New_York" locale="en-US"><mn-aftercare-timeline treated-at="2026-11-21T15:00" now="2026-11-22T10:00"></mn-aftercare-timeline></mn-clinic>`,
    );
    const el = wrap.querySelector('mn-aftercare-timeline')!;
    await el.updateComplete;
    const line = $(el, '[part~="flags"] a[href^="tel:"]')!.parentElement!;
    expect(line.textContent!.replace(/\s+/g, ' ')).to.equal('Call us: +1 555 0100');
  });

  it('prints a clean sheet: clinic, dates, every phase open, one red-flag box, no controls', async () => {
    const el = await timeline('2026-11-22T10:00', 'booking-url="https://glow.example/book"');
    await emulateMedia({ media: 'print' });
    try {
      expect($$(el, '.panel').every(visible)).to.equal(true);
      expect($$(el, 'ol > li button').every(visible)).to.equal(true);
      const flags = $$(el, '.flags').filter(visible);
      expect(flags).to.have.length(1);
      expect(flags[0].textContent!.replace(/\s+/g, ' ')).to.contain('Call Glow Skin Studio: +1 555 0100');
      expect(visible($(el, 'form') ?? $(el, '.actions')!)).to.equal(false);
      expect(visible($(el, '.actions')!)).to.equal(false);
      expect(visible($(el, '.marker')!)).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(visible($(el, '.actions')!)).to.equal(true);
  });

  it('prints one red-flag box whichever phases the patient opened or closed', async () => {
    const el = await timeline('2026-11-24T16:00');
    phases(el)[3].querySelector('button')!.click(); // closes the current phase
    phases(el)[1].querySelector('button')!.click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect($$(el, '.panel').every(visible)).to.equal(true);
      expect($$(el, '.flags').filter(visible)).to.have.length(1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('exports its domain API from the npm root, its class from mn-widgets/define', () => {
    expect(api.buildAftercare('2026-11-21T15:00', { timezone: 'America/New_York', now: new Date(T) })!.current).to.equal('first-day');
    expect(api.parseProtocol).to.be.a('function');
    expect(customElements.get('mn-aftercare-timeline')).to.equal(define.MnAftercareTimeline);
  });

  it('without a clinic phone or country: the red flags and the emergency line still show, no empty link', async () => {
    const el = await fixture<MnAftercareTimeline>(
      html`<mn-aftercare-timeline treated-at="2026-11-21T15:00" now="2026-11-21T20:00" timezone="America/New_York"></mn-aftercare-timeline>`,
    );
    const flags = $$(el, '.flags').filter(visible);
    expect(flags).to.have.length(1);
    expect(flags[0].querySelector('a')).to.equal(null);
    expect(text(el, '[part~="emergency"]')).to.contain('call your local emergency number now.');
    expect($(el, '[part~="emergency"] a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the red flags plainly: pain that gets worse, and never "track marks" (CLINICAL.md section 2)', async () => {
    const el = await timeline('2026-11-22T10:00');
    expect($$(el, '[part~="flags"] li').map((li) => li.textContent)).to.deep.equal([
      'Redness, warmth, swelling or itching that gets worse instead of better',
      'Pain that gets worse',
      'Pus or a fever',
      'A cold sore outbreak or swollen glands',
      'New dark or light patches on the skin',
      'Lines or grid-like marks where the device was used',
      'Lumps that do not go away',
      'Heavy bleeding or bruising',
      'Anything that lasts more than 7 days',
    ]);
    expect(text(el, '[part~="flags"] p')).to.equal('Call the clinic today if you notice:');
    expect(el.shadowRoot!.textContent).not.to.match(/track marks/i);
  });

  it('labels the phases without overlap, and warns against home rollers and pens in every phase, in both Englishes (CLINICAL.md section 2)', async () => {
    const el = await timeline('2026-12-10T09:00');
    expect(
      phases(el).map((li) => li.querySelector('button')!.textContent!.replace(li.querySelector('.when')!.textContent!, '').trim()),
    ).to.deep.equal(['First 24 hours', 'Day 2', 'Day 3', 'Days 4–5', 'Days 6–7', 'Weeks 2–4', 'Months 2–3', 'Months 4–6']);
    // From the first day until the next session at the clinic: every phase says it, whichever is open.
    for (const phase of [aftercare.phases, messages('en-GB').aftercare.phases])
      for (const [id, texts] of Object.entries(phase))
        expect(texts.avoid, id).to.include('Home microneedling rollers or pens, until your next session at the clinic');
    expect(Object.keys(aftercare.phases)).to.deep.equal(api.DEFAULT_PROTOCOL.phases.map((p) => p.id));
    // Plain words: no "bland", no "actives"; retinoids and acids always with the plain words (CLINICAL.md section 5).
    const all = [
      ...Object.values(aftercare.phases).flatMap((p) => [p.title, p.do, p.avoid, p.normal].flat()),
      ...Object.values(aftercare.milestones),
    ]
      .join('|')
      .replace(/\{.+?\}/g, '');
    expect(all).not.to.match(/bland|actives|AHA|BHA/);
    expect(all.match(/retinoids/gi)!.length).to.equal(all.match(/vitamin A creams \(retinoids\)/gi)!.length);
    expect(all.match(/\bacids\b/g)!.length).to.equal(all.match(/acids such as glycolic or salicylic acid/g)!.length);
    // "Do" says what to do: each item starts with a verb or says what is allowed, never a bare noun.
    for (const texts of Object.values(aftercare.phases))
      for (const item of texts.do) expect(item).to.match(/^(Use|Rinse|Sleep|Keep|Bring|From|Book|Ask|Mineral makeup is allowed)\b/);
  });

  it('gives the date and time of each "until" in the phases, and daily sunscreen from day 2 on (review of issue 14)', async () => {
    const el = await timeline('2026-11-22T10:00');
    const panel = (i: number) => {
      phases(el)[i].querySelector('button')!.click();
      return el.updateComplete.then(() => panelText(phases(el)[i]));
    };
    expect(await panel(1)).to.contain('Exercise, until Tue, Nov 24, 3:00 PM');
    expect(await panel(2)).to.contain('Exercise and heavy sweating, until Tue, Nov 24, 3:00 PM');
    expect(await panel(3)).to.contain('and vitamin C, until Thu, Nov 26, 3:00 PM');
    expect(await panel(4)).to.contain('From Sat, Nov 28, 3:00 PM, if your skin has healed, go back to your usual routine');
    expect(await panel(5)).to.contain('Tanning, until Sat, Dec 5, 3:00 PM');
    for (const i of [1, 2, 3, 4, 5]) expect(await panel(i), `phase ${i}`).to.match(/sunscreen/i);
    // The effects: "up to 7 days", never a guarantee.
    expect(await panel(4)).to.contain(
      'they last about 3 days on average, and up to 7 days. If anything lasts more than 7 days, call the clinic.',
    );
    expect(el.shadowRoot!.textContent).not.to.match(/at most 7/);
    await expect(el).to.be.accessible();
  });

  describe('emergencies and out of hours', () => {
    const clinic = (attrs: string, now: string) =>
      fixture(
        `<mn-clinic name="Glow" phone="+1 555 0100" timezone="America/New_York" hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00" ${attrs}>
          <mn-aftercare-timeline treated-at="2026-11-21T13:00" now="${now}"></mn-aftercare-timeline>
        </mn-clinic>`,
      ).then((wrap) => wrap.querySelector('mn-aftercare-timeline')!);

    const cases: Array<[string, string, string, string]> = [
      // clinic attributes, now (Saturday 10:00-14:00 open), then what the emergency box and the red-flag box say
      ['locale="en-US"', '2026-11-21T13:30', 'call 911 now.', ''],
      [
        'locale="en-US"',
        '2026-11-21T20:00',
        'call 911 now.',
        'The clinic is closed now and opens again Mon, Nov 23, 9:00 AM. If it cannot wait until the clinic opens, go to urgent care, or call 911 in an emergency.',
      ],
      [
        'locale="en-US" after-hours-phone="+1 555 0199"',
        '2026-11-22T10:00',
        'call 911 now.',
        'The clinic is closed now and opens again Mon, Nov 23, 9:00 AM. For urgent questions, call +1 555 0199.',
      ],
      ['region="GB" emergency-number="999"', '2026-11-21T13:30', 'call 999 now.', ''],
      [
        'locale="en-GB"',
        '2026-11-21T20:00',
        'call your local emergency number now.',
        'The clinic is closed now and opens again Mon 23 Nov, 9:00. If it cannot wait until the clinic opens, go to an urgent treatment centre, or call your local emergency number in an emergency.',
      ],
    ];
    for (const [attrs, now, sos, closed] of cases) {
      it(`${attrs} at ${now}: "${sos}"${closed ? ', and closed' : ''}`, async () => {
        const el = await clinic(attrs, now);
        expect(text(el, '[part~="emergency"]')).to.contain(sos);
        const said = text(el, '[part~="flags"]');
        if (closed) expect(said).to.contain(closed);
        else expect(said).not.to.contain('closed');
        for (const a of $$(el, '[part~="flags"] a, [part~="emergency"] a')) expect(a.getAttribute('href')).to.match(/^tel:\+?\d+$/);
        await expect(el).to.be.accessible();
      });
    }

    it('a live timeline says so when the clinic opens or closes (its one timer wakes then)', async () => {
      // Saturday 13:50 in New York: open until 14:00.
      const clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 21, 18, 50), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const el = await clinic('locale="en-US"', '');
        await el.updateComplete;
        expect(text(el, '[part~="flags"]')).not.to.contain('closed');
        expect(clock.countTimers()).to.equal(1);
        await clock.tickAsync(10 * 60_000 + 1000);
        await el.updateComplete;
        expect(text(el, '[part~="flags"]')).to.contain('The clinic is closed now and opens again Mon, Nov 23, 9:00 AM.');
        expect(clock.countTimers()).to.equal(1);
      } finally {
        clock.restore();
      }
    });
  });

  it('names the clinic’s time zone when the patient’s browser is in another one', async () => {
    await browserZone('Europe/London');
    try {
      const el = await timeline('2026-11-22T10:00');
      expect(text(el, '.sum')).to.equal('Treatment end: Sat, Nov 21, 3:00 PM EST. You are here: First 24 hours.');
      expect($$(el, '.countdowns li')[0].textContent!.trim()).to.equal('Mineral makeup allowed: today, 3:00\u00a0PM\u00a0EST');
      expect(text(el, 'ol > li .when')).to.equal('Sat, Nov 21, 3:00 PM EST – Sun, Nov 22, 3:00 PM EST');
      // Calendar dates alone carry no zone.
      expect(el.shadowRoot!.textContent).to.contain('between Sat,\u00a0Dec\u00a019 and Sat,\u00a0Jan\u00a02,\u00a02027.');
      await expect(el).to.be.accessible();
    } finally {
      await browserZone('America/New_York');
    }
    const home = await timeline('2026-11-22T10:00');
    expect(text(home, '.sum')).to.equal('Treatment end: Sat, Nov 21, 3:00 PM. You are here: First 24 hours.');
  });

  it('fits 320 px without sideways scrolling', async () => {
    const el = await timeline('2026-11-22T10:00');
    el.style.width = '320px';
    phases(el).forEach((li) => li.querySelector('button')!.click());
    await el.updateComplete;
    expect($(el, '.root')!.scrollWidth).to.be.at.most(320);
  });
});

/** Clicks "Add to calendar" and reads back the events of the file it offers. */
async function exported(el: Element) {
  const { text: ics } = await offered(() =>
    $$(el, 'button')
      .find((b) => b.textContent === 'Add to calendar')!
      .click(),
  );
  expect(/[^\r]\n/.test(ics)).to.equal(false);
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}
