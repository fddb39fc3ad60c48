import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../../src/define.js';
import type { BookingPayloadV1 } from '../../src/domain/booking/payload.js';
import { formatDate } from '../../src/i18n/format.js';
import { addDays, dateIn } from '../../src/domain/time.js';
import type { MnBookingForm } from '../../src/elements/mn-booking-form/mn-booking-form.js';
import type { MnClinic } from '../../src/elements/mn-clinic/mn-clinic.js';
import { offered } from './download.js';
import { ScreeningCompleteEvent } from '../../src/events.js';

interface Entry {
  key: string;
  type: string;
  body: BookingPayloadV1;
  at: number;
}

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const inDays = (n: number) => addDays(dateIn(new Date(), TZ), n);
const newSession = () => `f-${crypto.randomUUID()}`;
const log = async (s: string): Promise<Entry[]> => (await fetch(`/test-booking/${s}`)).json();
/** The storage key of the n-th booking form on this page (a form with an id or a name is keyed by that). */
const draftKey = (n: number | string = 0) => `mn-booking:${location.pathname}#${n}`;

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLInputElement>(el: Element, sel: string) => root(el).querySelector(sel) as T;
const field = (el: Element, name: string) => $(el, `[name="${name}"]`);
const errorOf = (el: Element, name: string) => $(el, `#e-${name}`)?.textContent?.trim() ?? '';
const submitButton = (el: Element) => $<HTMLButtonElement>(el, '.all > button');
const options = (el: Element) => [...root(el).querySelectorAll<HTMLOptionElement>('#service option')].map((o) => o.value);
const live = (el: Element) => $(el, '[role="status"].sr-only').textContent!.trim();
/** The text of every live region in the shadow root that holds some: what a screen reader announces. */
const spoken = (el: Element) =>
  [...root(el).querySelectorAll('[role="alert"], [role="status"], [role="log"], [aria-live]:not([aria-live="off"])')]
    .map((r) => r.textContent!.trim())
    .filter(Boolean);
/** The elements that describe `input` (aria-describedby), in the same shadow root. */
const describers = (el: Element, input: Element) =>
  (input.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => root(el).getElementById(id)!);

async function type(el: MnBookingForm, name: string, value: string) {
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function fill(el: MnBookingForm, over: Record<string, string> = {}) {
  const values = { name: 'Ana Lima', email: 'ana@example.com', date0: inDays(10), ...over };
  for (const [k, v] of Object.entries(values)) await type(el, k, v);
  if (!field(el, 'consent').checked) field(el, 'consent').click();
  await el.updateComplete;
}

async function send(el: MnBookingForm) {
  submitButton(el).click();
  await el.updateComplete;
}

const sent = (el: MnBookingForm) => waitUntil(() => $(el, '.done [role=heading]'), 'success shown', { timeout: 8000 });
const failed = (el: MnBookingForm) => waitUntil(() => $(el, '[role="alert"].box'), 'failure shown', { timeout: 8000 });

/** A form posting to a fresh test session, answering each POST with the next of `seq`. */
async function form(seq = '201', attrs = '') {
  const s = newSession();
  const wrap = await fixture(
    html`<div
      .innerHTML=${`<mn-booking-form endpoint="/test-booking/${s}?seq=${seq}"
        clinic-email="hello@glow.example" clinic-phone="+1 555 0100" ${attrs}></mn-booking-form>`}
    ></div>`,
  );
  const el = wrap.firstElementChild as MnBookingForm;
  Object.assign(el, { minFill: 0, retryDelay: 20, timeout: 400 });
  await el.updateComplete;
  return { el, s };
}

describe('<mn-booking-form>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    sessionStorage.clear();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    // The test runner's next file may run in this tab: leave no draft behind.
    sessionStorage.clear();
  });

  describe('accessibility', () => {
    it('is accessible when empty, with labels in its own shadow root', async () => {
      const { el } = await form();
      await expect(el).to.be.accessible();
      for (const input of root(el).querySelectorAll('input:not([name=trap]), select, textarea'))
        expect(root(el).querySelector(`label[for="${input.id}"]`), input.id).to.exist;
      expect(warn.called).to.equal(false);
    });

    it('shows errors on submit, announces them, and focuses the first invalid field', async () => {
      const { el, s } = await form();
      await send(el);
      expect(errorOf(el, 'name')).to.equal('Required.');
      expect(errorOf(el, 'consent')).to.equal('Required.');
      expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'email').getAttribute('aria-describedby')).to.equal('e-email');
      expect(root(el).activeElement).to.equal(field(el, 'name'));
      expect(live(el)).to.match(/Please check \d fields/);
      await expect(el).to.be.accessible();
      expect(await log(s)).to.have.length(0);
    });

    it('announces an invalid submit once, as a summary in the one status region; the errors are shown, not spoken', async () => {
      const { el } = await form();
      await send(el);
      expect(spoken(el)).to.deep.equal(['Please check 4 fields.']);
      expect(live(el)).to.equal('Please check 4 fields.');
      for (const name of ['name', 'email', 'date0', 'consent']) {
        const error = $<HTMLElement>(el, `#e-${name}`);
        expect(error.textContent!.trim(), name).to.equal('Required.');
        expect(error.checkVisibility(), name).to.equal(true);
        expect([error.getAttribute('role'), error.getAttribute('aria-live')], name).to.deep.equal([null, null]);
      }
      await expect(el).to.be.accessible();
    });

    it('keeps the focus when Try again is pressed: the failure box and its button go, the focus moves to the Send button, which says Sending…', async () => {
      const { el } = await form('500,500,500,hang');
      await fill(el);
      await send(el);
      await failed(el);
      $<HTMLElement>(el, '[role="alert"].box button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !$(el, '[role="alert"].box'), 'the failure box gone');
      expect(root(el).activeElement, 'focus on the Send button').to.equal(submitButton(el));
      expect(submitButton(el).textContent!.trim()).to.equal('Sending…');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    });

    it('on Enter in a partly filled form, focuses the first invalid field, which carries its visible error', async () => {
      const { el, s } = await form();
      field(el, 'email').focus();
      await sendKeys({ type: 'kim@example.com' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const first = root(el).activeElement!;
      expect(first).to.equal(field(el, 'name'));
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      const [error] = describers(el, first);
      expect(error.textContent!.trim()).to.equal('Required.');
      expect(error.checkVisibility()).to.equal(true);
      expect(spoken(el)).to.deep.equal(['Please check 3 fields.']);
      expect(field(el, 'email').value).to.equal('kim@example.com');
      await expect(el).to.be.accessible();
      expect(await log(s)).to.have.length(0);
    });

    it('clears a corrected field’s error when it is left, and speaks nothing new', async () => {
      const { el } = await form();
      await type(el, 'email', 'ana@');
      await send(el);
      expect(errorOf(el, 'email')).to.equal('Use an email address like name@example.com.');
      expect(spoken(el)).to.deep.equal(['Please check 4 fields.']);
      await type(el, 'email', 'ana@example.com');
      await type(el, 'name', 'Ana Lima');
      expect([errorOf(el, 'email'), errorOf(el, 'name')]).to.deep.equal(['', '']);
      expect([field(el, 'email').getAttribute('aria-invalid'), field(el, 'name').getAttribute('aria-invalid')]).to.deep.equal([
        'false',
        'false',
      ]);
      expect(errorOf(el, 'consent')).to.equal('Required.');
      // Only the summary, unchanged, so not read again; the remaining errors wait for their fields.
      expect(spoken(el)).to.deep.equal(['Please check 4 fields.']);
      await expect(el).to.be.accessible();
    });

    it('shows a field’s error only after it was changed', async () => {
      const { el } = await form();
      await type(el, 'email', 'ana@');
      expect(errorOf(el, 'email')).to.contain('email address');
      expect(errorOf(el, 'name')).to.equal('');
      await type(el, 'email', 'ana@example.com');
      expect(errorOf(el, 'email')).to.equal('');
    });

    it('says what is wrong with a phone or email that was typed, never "Required."', async () => {
      const { el } = await form();
      await type(el, 'contact', 'phone');
      await type(el, 'phone', 'call me maybe');
      await type(el, 'email', 'ana@example');
      expect([errorOf(el, 'phone'), errorOf(el, 'email')]).to.deep.equal([
        'Use at least 5 digits; spaces and + ( ) . - are fine.',
        'Use an email address like name@example.com.',
      ]);
      await send(el);
      expect([errorOf(el, 'phone'), errorOf(el, 'email')]).not.to.include('Required.');
      await expect(el).to.be.accessible();
    });

    it('flags a half-typed first choice as incomplete, not as missing, and keeps what was typed', async () => {
      const { el, s } = await form();
      await fill(el, { date0: '' });
      field(el, 'date0').focus();
      await sendKeys({ type: '12' });
      await send(el);
      expect(errorOf(el, 'date0')).to.equal('Finish or clear this date.');
      expect(field(el, 'date0').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'date0').validity.badInput, 'the typed part is kept').to.equal(true);
      expect(live(el)).to.equal('Please check 1 field.');
      await expect(el).to.be.accessible();
      expect(await log(s)).to.have.length(0);
    });

    it('does not drop a half-typed optional choice: it is flagged when left and on send, and sent once finished', async () => {
      const { el, s } = await form();
      await fill(el);
      field(el, 'date1').focus();
      await sendKeys({ type: '12' });
      field(el, 'message').focus();
      await el.updateComplete;
      expect(errorOf(el, 'date1'), 'shown when the field is left').to.equal('Finish or clear this date.');
      await send(el);
      expect(root(el).activeElement?.id).to.equal('date1');
      expect(live(el)).to.equal('Please check 1 field.');
      await expect(el).to.be.accessible();
      expect(await log(s)).to.have.length(0);
      await type(el, 'date1', inDays(12));
      expect(errorOf(el, 'date1')).to.equal('');
      await send(el);
      await sent(el);
      expect((await log(s))[0].body.preferences.map((p) => p.date)).to.deep.equal([inDays(10), inDays(12)]);
    });

    it('keeps a date the patient is correcting: clearing one part neither empties the field nor drops it', async () => {
      const { el } = await form();
      await fill(el);
      await type(el, 'date1', inDays(12));
      field(el, 'date1').focus();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      const input = field(el, 'date1');
      expect([input.value, input.validity.badInput], 'the other parts are still there').to.deep.equal(['', true]);
      expect(errorOf(el, 'date1')).to.equal('Finish or clear this date.');
      await expect(el).to.be.accessible();
    });

    it('uses the right input types and autocomplete tokens, and fits 320 px', async () => {
      const { el } = await form();
      const want: Array<[string, string, string]> = [
        ['name', 'text', 'name'],
        ['email', 'email', 'email'],
        ['phone', 'tel', 'tel'],
      ];
      for (const [name, t, ac] of want) expect([field(el, name).type, field(el, name).autocomplete]).to.deep.equal([t, ac]);
      el.style.width = '320px';
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      expect($(el, '.root').scrollWidth).to.be.at.most(320);
    });

    it('puts a date and its time of day side by side once both fit at 9em (a 375 px phone), else one under the other', async () => {
      const { el } = await form();
      const tops = () => ['date0', 'time0'].map((n) => Math.round(field(el, n).getBoundingClientRect().top));
      // A 375 px phone's page in the demo's system font: the widget's box is 343 px wide (the date input's
      // own width is then more than 9em, so the pair fits only if the row may shrink it).
      Object.assign(el.style, { width: '343px', fontFamily: 'system-ui, sans-serif' });
      await el.updateComplete;
      const [date, time] = tops();
      expect(time, 'side by side').to.equal(date);
      el.style.width = '300px';
      await el.updateComplete;
      const [date2, time2] = tops();
      expect(time2, 'one under the other').to.be.greaterThan(date2);
    });

    it('can be completed with the keyboard alone', async () => {
      const { el, s } = await form();
      await type(el, 'date0', inDays(12));
      field(el, 'name').focus();
      await sendKeys({ type: 'Kim Park' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'kim@example.com' });
      field(el, 'consent').focus();
      await sendKeys({ press: 'Space' });
      field(el, 'email').focus();
      await sendKeys({ press: 'Enter' });
      await sent(el);
      expect((await log(s))[0].body.contact).to.deep.equal({ name: 'Kim Park', email: 'kim@example.com', preferred: 'email' });
    });
  });

  describe('defaults', () => {
    it('offers the default services with durations', async () => {
      const { el } = await form();
      const options = [...root(el).querySelectorAll('#service option')].map((o) => [(o as HTMLOptionElement).value, o.textContent!.trim()]);
      expect(options).to.deep.equal([
        ['consultation', 'Consultation (30 min)'],
        ['microneedling', 'Microneedling (60 min)'],
      ]);
    });

    it('takes the clinic’s services from JSON or a property', async () => {
      const { el } = await form('201', `services='[{"id":"mn","name":"Collagen induction","durationMinutes":45}]'`);
      expect($(el, '#service').textContent!.trim()).to.equal('Collagen induction (45 min)');
      el.services = [{ id: 'call', name: 'Phone call', treatment: false }];
      await el.updateComplete;
      expect($(el, '#service').textContent!.trim()).to.equal('Phone call');
    });
  });

  describe('delivery (against the test endpoint)', () => {
    it('posts once, shows a summary and what happens next; the draft is cleared', async () => {
      const { el, s } = await form();
      await fill(el, { message: 'Evenings suit me.' });
      expect(sessionStorage.getItem(draftKey())).to.contain('Ana Lima');
      setTimeout(() => send(el));
      const e = await oneEvent(el, 'mn-booking-success');
      await sent(el);
      const entries = await log(s);
      expect(entries).to.have.length(1);
      expect(entries[0].key).to.equal(entries[0].body.id);
      expect(entries[0].key).to.equal(e.detail.id);
      expect(entries[0].body).to.include({ version: 1, firstVisit: true, message: 'Evenings suit me.' });
      expect(root(el).activeElement).to.equal($(el, '.done [role=heading]'));
      // The focused heading says it; the status region does not repeat it (see the test below).
      expect(live(el)).to.equal('');
      expect($(el, '.done').textContent).to.contain('Ana Lima').and.to.contain('Not booked until');
      expect(sessionStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('offers the request as a tentative .ics, one all-day entry per preferred date; by keyboard, the focus stays on the button', async () => {
      const s = newSession();
      const clinic = await fixture(
        html`<mn-clinic name="Glow Skin Studio" address="1 Main St, Springfield" endpoint=${`/test-booking/${s}`}
          ><mn-booking-form .minFill=${0}></mn-booking-form
        ></mn-clinic>`,
      );
      const el = clinic.querySelector('mn-booking-form')!;
      await fill(el, { date1: inDays(12) });
      await send(el);
      await sent(el);
      const add = [...root(el).querySelectorAll<HTMLButtonElement>('.done button')].find(
        (b) => b.textContent === 'Add to calendar (tentative)',
      )!;
      expect(add, 'the control').to.exist;
      await expect(el).to.be.accessible();
      add.focus();
      const file = await offered(() => sendKeys({ press: 'Enter' }));
      expect([file.name, file.type]).to.deep.equal(['appointment-request.ics', 'text/calendar']);
      expect(root(el).activeElement, 'the button keeps the focus').to.equal(add);
      const ics = file.text;
      expect(/[^\r]\n/.test(ics)).to.equal(false);
      const [{ body }] = await log(s);
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
      expect(events.map((v) => [v.getFirstPropertyValue('status'), String(v.getFirstPropertyValue('dtstart'))])).to.deep.equal([
        ['TENTATIVE', inDays(10)],
        ['TENTATIVE', inDays(12)],
      ]);
      const first = new ICAL.Event(events[0]);
      expect([first.uid, first.summary, first.location]).to.deep.equal([
        `${body.id}-0@mn-widgets`,
        `${body.service.name} (Glow Skin Studio)`,
        '1 Main St, Springfield',
      ]);
    });

    it('announces success once: focus on the heading; the one status region stays, and neither repeats it nor keeps an old summary', async () => {
      const { el } = await form();
      const status = $(el, '[role="status"]');
      await send(el);
      expect(live(el)).to.equal('Please check 4 fields.');
      await fill(el);
      await send(el);
      await sent(el);
      const heading = $<HTMLElement>(el, '.done [role=heading]');
      await waitUntil(() => root(el).activeElement === heading, 'heading focused');
      // One status region across every state, never re-created already filled.
      expect(root(el).querySelectorAll('[role="status"]').length).to.equal(1);
      expect($(el, '[role="status"]') === status, 'the same status region').to.equal(true);
      const announced = [...spoken(el), root(el).activeElement!.textContent!.trim()].filter((t) => t.includes('Request sent'));
      expect(announced).to.deep.equal(['Request sent']);
      expect(spoken(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('cannot send twice, and is accessible while sending', async () => {
      const { el, s } = await form('hang,201');
      await fill(el);
      await send(el);
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(submitButton(el).textContent!.trim()).to.equal('Sending…');
      await expect(el).to.be.accessible();
      await send(el);
      await send(el);
      // The hanging attempt times out and the automatic retry succeeds: two POSTs, no more, one key.
      await sent(el);
      const entries = await log(s);
      expect(entries, 'no request from the Sends while sending').to.have.length(2);
      expect(new Set(entries.map((x) => x.key)).size).to.equal(1);
    });

    it('retries 500 three times with one key, then keeps every value and offers retry (the same key), phone and email', async () => {
      const { el, s } = await form('500');
      await fill(el, { phone: '+1 555 0199', message: 'Hello' });
      setTimeout(() => send(el));
      const e = await oneEvent(el, 'mn-booking-error');
      expect(e.detail.status).to.equal(500);
      await failed(el);
      const box = $<HTMLElement>(el, '[role="alert"].box');
      const entries = await log(s);
      expect(entries).to.have.length(3);
      expect(new Set(entries.map((x) => x.key))).to.deep.equal(new Set([entries[0].body.id]));
      expect(new Set(entries.map((x) => x.body.id)).size).to.equal(1);
      expect([field(el, 'name').value, field(el, 'email').value, field(el, 'phone').value, field(el, 'date0').value]).to.deep.equal([
        'Ana Lima',
        'ana@example.com',
        '+1 555 0199',
        inDays(10),
      ]);
      expect(($(el, '#message') as unknown as HTMLTextAreaElement).value).to.equal('Hello');
      expect(field(el, 'consent').checked).to.equal(true);
      expect(box.querySelector('a[href="tel:+15550100"]')).to.exist;
      const mail = box.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
      expect(mail.href).to.contain('hello@glow.example');
      expect(decodeURIComponent(mail.href)).to.contain('Ana Lima').and.to.contain('Service: Consultation');
      await expect(el).to.be.accessible();
      // The retry button sends the same request again, with the same key.
      el.endpoint = `/test-booking/${s}?seq=201`;
      box.querySelector('button')!.click();
      await sent(el);
      const after = await log(s);
      expect(after).to.have.length(4);
      expect(after[3].key).to.equal(entries[0].key);
    });

    it('offers the phone and the email as two separate options when sending failed', async () => {
      const { el } = await form('500');
      await fill(el);
      await send(el);
      await failed(el);
      const options = [...$(el, '[role="alert"].box').querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(options).to.deep.equal(['Call us: +1 555 0100', 'Email your request']);
      await expect(el).to.be.accessible();
    });

    it('retries a dropped connection and succeeds, one key', async () => {
      const { el, s } = await form('drop,201');
      await fill(el);
      await send(el);
      await sent(el);
      const entries = await log(s);
      expect(entries).to.have.length(2);
      expect(entries[0].key).to.equal(entries[1].key);
    });

    it('gives up on a hanging server after three timed-out attempts, within the budget', async () => {
      const { el, s } = await form('hang');
      await fill(el);
      await send(el);
      await failed(el);
      const entries = await log(s);
      expect(entries).to.have.length(3);
      expect(new Set(entries.map((x) => x.key)).size).to.equal(1);
      expect(field(el, 'name').value).to.equal('Ana Lima');
    });

    it('retries a 429 after its Retry-After, one key; a Retry-After past the budget is not waited', async () => {
      const { el, s } = await form('429,201&ra=0');
      await fill(el);
      await send(el);
      await sent(el);
      const entries = await log(s);
      expect(entries).to.have.length(2);
      expect(entries[1].key).to.equal(entries[0].key);
      // One second asked, 500 ms left: the failure screen at once, not a retry after 20 ms.
      const late = await form('429,201&ra=1');
      late.el.budget = 500;
      await fill(late.el);
      await send(late.el);
      await failed(late.el);
      expect(await log(late.s)).to.have.length(1);
    });

    it('puts a 400 answer’s field messages on the inputs, without retrying', async () => {
      const { el, s } = await form('400');
      await fill(el);
      await send(el);
      await failed(el);
      expect(await log(s)).to.have.length(1);
      expect(errorOf(el, 'email')).to.equal('This address cannot receive mail.');
      expect(errorOf(el, 'date0')).to.equal('We are fully booked that day.');
      expect(root(el).activeElement).to.equal(field(el, 'email'));
      expect($(el, '[role="alert"].box').textContent).to.contain('Some details need a look.');
      // The alert box alone speaks; the field messages are read as each field gets focus.
      expect(spoken(el)).to.have.length(1);
      await type(el, 'email', 'ana.lima@example.com');
      expect(errorOf(el, 'email')).to.equal('');
    });

    describe('offline', () => {
      const offline = () => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const online = () => {
        delete (navigator as unknown as Record<string, unknown>).onLine;
        window.dispatchEvent(new Event('online'));
      };
      afterEach(() => delete (navigator as unknown as Record<string, unknown>).onLine);

      it('keeps a request sent offline, every value and the phone, and offers to send it (the same id) when the connection is back', async () => {
        const { el, s } = await form();
        await fill(el, { phone: '+1 555 0199' });
        offline();
        setTimeout(() => send(el));
        const { detail } = await oneEvent(el, 'mn-booking-submit');
        await waitUntil(() => $(el, '[role="alert"].box'), 'offline shown');
        const box = $<HTMLElement>(el, '[role="alert"].box');
        expect(box.querySelector('p')!.textContent!.trim()).to.equal('Not sent: you are offline. Your request is kept.');
        expect(box.querySelector('a[href="tel:+15550100"]')).to.exist;
        expect(box.querySelector('button'), 'nothing to send before the connection is back').to.equal(null);
        expect(spoken(el)).to.deep.equal([box.textContent!.trim()]);
        expect(await log(s)).to.have.length(0);
        expect([field(el, 'name').value, field(el, 'email').value, field(el, 'phone').value, field(el, 'date0').value]).to.deep.equal([
          'Ana Lima',
          'ana@example.com',
          '+1 555 0199',
          inDays(10),
        ]);
        expect(field(el, 'consent').checked).to.equal(true);
        expect(JSON.parse(sessionStorage[draftKey()]).pending, 'the id kept beside the draft').to.equal(detail.id);
        await expect(el).to.be.accessible();
        online();
        await el.updateComplete;
        expect($(el, '[role="alert"].box p').textContent!.trim()).to.equal('Back online: your request is not sent yet.');
        const now = $<HTMLButtonElement>(el, '[role="alert"].box button');
        expect(now.textContent!.trim()).to.equal('Try again');
        await expect(el).to.be.accessible();
        now.click();
        await sent(el);
        const entries = await log(s);
        expect(entries.map((x) => [x.key, x.body.id])).to.deep.equal([[detail.id, detail.id]]);
      });

      it('keeps a request that got no answer while the connection went away, and sends it again with its key', async () => {
        const { el, s } = await form('hang');
        await fill(el);
        await send(el);
        await waitUntil(async () => (await log(s)).length == 1, 'the first attempt arrived');
        offline();
        await waitUntil(() => $(el, '[role="alert"].box'), 'offline shown');
        expect($(el, '[role="alert"].box p').textContent!.trim()).to.equal('Not sent: you are offline. Your request is kept.');
        expect(await log(s), 'no retry while offline').to.have.length(1);
        el.endpoint = `/test-booking/${s}?seq=201`;
        online();
        await el.updateComplete;
        $<HTMLButtonElement>(el, '[role="alert"].box button').click();
        await sent(el);
        const [a, b] = await log(s);
        expect(b.key).to.equal(a.key);
      });

      it('listens to the connection only while on the page', async () => {
        const add = sinon.spy(window, 'addEventListener');
        const remove = sinon.spy(window, 'removeEventListener');
        try {
          const { el } = await form();
          el.remove();
          const listeners = (spy: sinon.SinonSpy) =>
            spy
              .getCalls()
              .filter((c) => c.args[0] == 'online')
              .map((c) => c.args[1]);
          expect(listeners(add)).to.have.length(1);
          expect(listeners(remove)).to.deep.equal(listeners(add));
        } finally {
          add.restore();
          remove.restore();
        }
      });
    });

    it('lets the host send it: a cancelled mn-booking-submit posts nothing', async () => {
      const { el, s } = await form();
      await fill(el);
      el.addEventListener('mn-booking-submit', (e) => e.preventDefault(), { once: true });
      setTimeout(() => send(el));
      const e = await oneEvent(el, 'mn-booking-submit');
      expect(e.cancelable).to.equal(true);
      expect(e.detail.contact.email).to.equal('ana@example.com');
      await new Promise((r) => setTimeout(r, 100));
      expect(await log(s)).to.have.length(0);
    });

    it('holds a send made faster than the minimum fill time, and reports the time it left', async () => {
      const before = Date.now();
      const { el, s } = await form();
      el.minFill = 2000;
      await fill(el);
      await send(el);
      await sent(el);
      const [entry] = await log(s);
      // Held until the form had been shown for minFill; fillMs counts to the send, so a server's
      // own minimum (e.g. the WordPress plugin's) never refuses the held request or its retries.
      expect(entry.at - before).to.be.at.least(2000 - 5);
      expect(entry.body.meta.fillMs).to.be.at.least(2000);
    });

    it('never drops a request whose hidden trap field was filled: it is sent, for the server to judge by meta.trap', async () => {
      const { el, s } = await form();
      await fill(el);
      field(el, 'trap').value = 'http://spam.example';
      await send(el);
      await sent(el);
      const [entry, ...more] = await log(s);
      expect(more).to.deep.equal([]);
      expect(entry.body.meta.trap).to.equal('http://spam.example');
    });

    it('keeps the trap field out of reach of autofill, password managers and screen readers: not rendered, not focusable', async () => {
      const { el } = await form();
      const trap = field(el, 'trap');
      expect(trap.checkVisibility(), 'rendered').to.equal(false);
      expect(trap.getClientRects().length).to.equal(0);
      trap.focus();
      expect(root(el).activeElement).not.to.equal(trap);
      await expect(el).to.be.accessible();
    });

    it('fires no event on a programmatic property change', async () => {
      const { el } = await form();
      const spy = sinon.spy();
      for (const t of ['mn-booking-submit', 'mn-booking-success', 'mn-booking-error']) el.addEventListener(t, spy);
      el.service = 'consultation';
      el.spacingDays = '21';
      await el.updateComplete;
      expect(spy.called).to.equal(false);
    });
  });

  describe('draft (sessionStorage, this tab only)', () => {
    /** A form sends, its request hangs, and the page reloads while it is on its way: the form after the reload. */
    const reloadWhileSending = async () => {
      const s = newSession();
      const make = async (seq: string) => {
        const wrap = await fixture(
          html`<div .innerHTML=${`<mn-booking-form endpoint="/test-booking/${s}?seq=${seq}" clinic-email="a@b.example"></mn-booking-form>`}></div>`,
        );
        const el = wrap.firstElementChild as MnBookingForm;
        Object.assign(el, { minFill: 0, timeout: 5000 });
        await el.updateComplete;
        return el;
      };
      const first = await make('hang');
      await fill(first);
      await send(first);
      await waitUntil(async () => (await log(s)).length === 1, 'first request arrived');
      expect(root(first).textContent).not.to.contain('may have reached us');
      first.parentElement!.remove();
      return { s, again: await make('201') };
    };

    it('survives a reload: contact details and preferences only, never health answers or the consent', async () => {
      const { el } = await form();
      await fill(el, { phone: '+1 555 0199', message: 'my skin reacts to…' });
      field(el, 'firstVisit').click();
      await el.updateComplete;
      await type(el, 'lastSession', '2026-01-05');
      el.remove();
      const stored = sessionStorage.getItem(draftKey())!;
      expect(stored).to.contain('"name":"Ana Lima"');
      expect(stored).not.to.contain('skin').and.not.to.contain('2026-01-05').and.not.to.contain('firstVisit');
      expect(localStorage.length).to.equal(0);
      const { el: again } = await form();
      expect(field(again, 'name').value).to.equal('Ana Lima');
      expect(field(again, 'phone').value).to.equal('+1 555 0199');
      expect(field(again, 'date0').value).to.equal(inDays(10));
      expect(($(again, '#message') as unknown as HTMLTextAreaElement).value).to.equal('');
      expect(field(again, 'consent').checked).to.equal(false);
      expect(field(again, 'firstVisit').checked).to.equal(true);
      expect(root(again).textContent).not.to.contain('may have reached us');
    });

    it('stores nothing for a visit alone, only once the patient changes something', async () => {
      const { el } = await form();
      el.requestUpdate();
      await el.updateComplete;
      expect(sessionStorage.length).to.equal(0);
      await type(el, 'name', 'Ana');
      expect(sessionStorage.getItem(draftKey())).to.contain('"name":"Ana"');
    });

    it('a draft that came back is kept again, so a second reload keeps it too', async () => {
      const { el } = await form();
      await type(el, 'name', 'Ana');
      el.remove();
      const { el: again } = await form();
      again.requestUpdate();
      await again.updateComplete;
      expect(sessionStorage.getItem(draftKey())).to.contain('"name":"Ana"');
    });

    it('fields the browser restored (back to the page) are kept as a draft, so a reload after it keeps them', async () => {
      const { el } = await form();
      expect(sessionStorage.length).to.equal(0);
      el.formStateRestoreCallback(JSON.stringify({ name: 'Ana', email: 'ana@example.com', message: 'health' }));
      await el.updateComplete;
      expect(field(el, 'name').value).to.equal('Ana');
      const stored = sessionStorage.getItem(draftKey())!;
      expect(stored).to.contain('"name":"Ana"').and.not.to.contain('health');
    });

    it('persist="none" stores nothing: not while the patient types, not after sending', async () => {
      const { el } = await form('201', 'persist="none"');
      await fill(el, { phone: '+1 555 0199', message: 'my skin reacts to…' });
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
      await send(el);
      await sent(el);
      expect(sessionStorage.length).to.equal(0);
      expect(warn.called).to.equal(false);
    });

    it('persist="false" (unclear) stores nothing, with a notice and one warning', async () => {
      const { el } = await form('201', 'persist="false"');
      await fill(el);
      expect(sessionStorage.length).to.equal(0);
      expect($(el, '[part="notice"]').textContent).to.contain('persist="false"');
      expect(warn.callCount).to.equal(1);
    });

    it('keeps a draft per form: two forms on a page do not share one', async () => {
      const two = async () => {
        const wrap = await fixture(
          html`<div
            .innerHTML=${'<mn-booking-form clinic-email="a@b.example"></mn-booking-form><mn-booking-form id="second" clinic-email="a@b.example"></mn-booking-form>'}
          ></div>`,
        );
        const els = [...wrap.querySelectorAll('mn-booking-form')] as MnBookingForm[];
        await Promise.all(els.map((e) => e.updateComplete));
        return [wrap, ...els] as const;
      };
      const [wrap, a, b] = await two();
      await type(a, 'name', 'Ana');
      await type(b, 'name', 'Bo');
      wrap.remove();
      const [, a2, b2] = await two();
      expect([field(a2, 'name').value, field(b2, 'name').value]).to.deep.equal(['Ana', 'Bo']);
      expect(Object.keys(sessionStorage).sort()).to.deep.equal([draftKey(0), draftKey('second')]);
    });

    it('a reload while sending: the same request id is used again, and the patient is told it may have arrived', async () => {
      const { s, again } = await reloadWhileSending();
      expect(field(again, 'name').value).to.equal('Ana Lima');
      expect(root(again).textContent).to.contain('may have reached us');
      await expect(again).to.be.accessible();
      await fill(again);
      await send(again);
      await sent(again);
      const [a, b] = await log(s);
      expect(b.key).to.equal(a.key);
      expect(b.body.id).to.equal(a.body.id);
      expect(sessionStorage.getItem(draftKey())).to.equal(null);
    });

    it('a resumed request that the patient changes is a new request: a new id, so the server cannot take it for the old one', async () => {
      const { s, again } = await reloadWhileSending();
      expect(root(again).textContent).to.contain('may have reached us');
      // Ticking the consent again (never kept) is not a change: the request stays the one on its way.
      field(again, 'consent').click();
      await again.updateComplete;
      expect(root(again).textContent).to.contain('may have reached us');
      await type(again, 'email', 'changed@example.com');
      expect(root(again).textContent, 'no longer the same request').not.to.contain('may have reached us');
      await send(again);
      await sent(again);
      const [a, b] = await log(s);
      expect(b.key).not.to.equal(a.key);
      expect(b.body.id).to.equal(b.key);
      expect(b.body.contact.email).to.equal('changed@example.com');
    });

    it('storage blocked (a sandboxed frame, a strict privacy mode): the form works, and keeps what was typed while the page is open', async () => {
      // As in a sandboxed frame: reaching sessionStorage at all throws.
      const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
      Object.defineProperty(window, 'sessionStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      try {
        const { el, s } = await form();
        await fill(el);
        expect(field(el, 'name').value).to.equal('Ana Lima');
        await send(el);
        await sent(el);
        expect(await log(s)).to.have.length(1);
      } finally {
        Object.defineProperty(window, 'sessionStorage', own);
      }
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('rules', () => {
    it('spaces a microneedling session from the last one (spacing-days, last-session)', async () => {
      const last = inDays(-5);
      const { el } = await form('201', `spacing-days="14" last-session="${last}" service="microneedling"`);
      expect(field(el, 'firstVisit').checked).to.equal(false);
      await type(el, 'date0', addDays(last, 13));
      expect(errorOf(el, 'date0')).to.contain('Sessions need spacing');
      expect(root(el).textContent).to.contain('Earliest:');
      await type(el, 'date0', addDays(last, 14));
      expect(errorOf(el, 'date0')).to.equal('');
      expect(field(el, 'date0').min).to.equal(addDays(last, 14));
    });

    it('refuses spacing below 14 days with a notice and one warning', async () => {
      const { el } = await form('201', `spacing-days="10" last-session="${inDays(-5)}" service="microneedling"`);
      expect($(el, '[part="notice"]').textContent).to.contain('spacing-days');
      expect(warn.callCount).to.equal(1);
      await type(el, 'date0', inDays(8));
      expect(errorOf(el, 'date0')).to.contain('Sessions need spacing');
      await expect(el).to.be.accessible();
    });

    it('spacing that is not a number: a notice that says the default is used, and the default 28 days apply', async () => {
      const last = inDays(-5);
      const { el } = await form('201', `spacing-days="abc" last-session="${last}" service="microneedling"`);
      expect($(el, '[part="notice"]').textContent).to.contain('spacing-days="abc" is not an allowed value: default used');
      expect(warn.callCount).to.equal(1);
      await type(el, 'date0', addDays(last, 27));
      expect(errorOf(el, 'date0')).to.contain('Sessions need spacing');
      expect(field(el, 'date0').min).to.equal(addDays(last, 28));
      // A number below the minimum still says 14, and 14 apply.
      const low = (await form('201', `spacing-days="0" last-session="${last}" service="microneedling"`)).el;
      expect($(low, '[part="notice"]').textContent).to.contain('is below the 14-day minimum: 14 used');
      expect(field(low, 'date0').min).to.equal(addDays(last, 14));
    });

    it('refuses days the clinic is closed', async () => {
      const c = await fixture<MnClinic>(
        html`<mn-clinic hours="Mo-Fr 09:00-18:00" timezone="UTC" email="a@b.example"><mn-booking-form .minFill=${0}></mn-booking-form></mn-clinic>`,
      );
      const f = c.querySelector('mn-booking-form')!;
      await f.updateComplete;
      let sunday = inDays(3);
      while (new Date(`${sunday}T12:00:00Z`).getUTCDay() !== 0) sunday = addDays(sunday, 1);
      await type(f, 'date0', sunday);
      expect(errorOf(f, 'date0')).to.equal('We are closed that day.');
    });

    it('follows the safety check: decline offers consultations only (CLINICAL.md section 1); only the level is sent, never answers', async () => {
      const s = newSession();
      const c = await fixture<MnClinic>(
        html`<mn-clinic endpoint=${`/test-booking/${s}`} phone="+1 555 0100"><div id="check"></div><mn-booking-form .minFill=${0} service="microneedling"></mn-booking-form></mn-clinic>`,
      );
      const el = c.querySelector('mn-booking-form')!;
      c.querySelector('#check')!.dispatchEvent(
        new ScreeningCompleteEvent({ level: 'decline', treatment: 'no', findings: ['bleeding-disorder'] }),
      );
      await c.updateComplete;
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['consultation']);
      expect($(el, '#h-service').textContent).to.contain('about other options');
      expect($(el, '#h-service a[href^="tel:"]')).to.exist;
      await fill(el);
      await send(el);
      await sent(el);
      const [entry] = await log(s);
      expect(entry.body.service.id).to.equal('consultation');
      expect(entry.body.screening).to.deep.equal({ level: 'decline' });
      expect(JSON.stringify(entry.body)).not.to.match(/bleeding|finding|answer/i);
    });

    it('follows the safety check: consult offers consultations only and flags review; a dated deferral moves the earliest date', async () => {
      const s = newSession();
      const c = await fixture<MnClinic>(
        html`<mn-clinic endpoint=${`/test-booking/${s}`}><div id="check"></div><mn-booking-form .minFill=${0} service="microneedling"></mn-booking-form></mn-clinic>`,
      );
      const el = c.querySelector('mn-booking-form')!;
      const check = c.querySelector('#check')!;
      check.dispatchEvent(
        new ScreeningCompleteEvent({ level: 'defer', treatment: 'from', earliestDate: inDays(20), findings: ['isotretinoin'] }),
      );
      await c.updateComplete;
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['consultation', 'microneedling']);
      await fill(el, { date0: inDays(19) });
      expect(errorOf(el, 'date0')).to.contain('After your safety check');
      check.dispatchEvent(new ScreeningCompleteEvent({ level: 'consult', treatment: 'no', findings: ['anticoagulants'] }));
      await c.updateComplete;
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['consultation']);
      expect($(el, '#h-service').textContent).to.contain('talk with your clinician first');
      await send(el);
      await sent(el);
      const [entry] = await log(s);
      expect(entry.body.service.id).to.equal('consultation');
      expect(entry.body.screening).to.deep.equal({ level: 'consult', review: true });
      expect(JSON.stringify(entry.body)).not.to.match(/anticoagulant|isotretinoin|finding/i);
    });

    it('moves the earliest date, its hint and the date input’s min past days the clinic is closed', async () => {
      // Spacing ends on a Sunday; the clinic opens Monday to Friday.
      let sunday = inDays(3);
      while (new Date(`${sunday}T12:00:00Z`).getUTCDay() !== 0) sunday = addDays(sunday, 1);
      const monday = addDays(sunday, 1);
      const c = await fixture<MnClinic>(
        html`<mn-clinic hours="Mo-Fr 09:00-18:00" timezone=${TZ} locale="en-US" email="a@b.example"
          ><mn-booking-form .minFill=${0} service="microneedling" last-session=${addDays(sunday, -28)}></mn-booking-form
        ></mn-clinic>`,
      );
      const el = c.querySelector('mn-booking-form')!;
      await el.updateComplete;
      const hints = [...root(el).querySelectorAll('fieldset fieldset p.muted')].map((p) => p.textContent!.trim());
      expect(hints).to.deep.equal([`Earliest: ${formatDate(monday, 'en-US', 'medium')}.`]);
      expect(field(el, 'date0').min).to.equal(monday);
      await type(el, 'date0', addDays(sunday, -2)); // Friday: open, but too soon
      expect(errorOf(el, 'date0')).to.equal(`Sessions need spacing: ${formatDate(monday, 'en-US', 'medium')} at the earliest.`);
      await type(el, 'date0', sunday);
      expect(errorOf(el, 'date0')).to.equal('We are closed that day.');
      await type(el, 'date0', monday);
      expect(errorOf(el, 'date0')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('after a declining safety check, explains why before offering the phone, and shows no error', async () => {
      const c = await fixture<MnClinic>(
        html`<mn-clinic email="a@b.example" phone="+1 555 0100"><div id="check"></div><mn-booking-form .minFill=${0}></mn-booking-form></mn-clinic>`,
      );
      const el = c.querySelector('mn-booking-form')!;
      c.querySelector('#check')!.dispatchEvent(new ScreeningCompleteEvent({ level: 'decline', findings: ['bleeding-disorder'] }));
      await c.updateComplete;
      await el.updateComplete;
      const texts = [...$(el, '#service').parentElement!.querySelectorAll('p')].map((p) => [
        p.id,
        p.textContent!.replace(/\s+/g, ' ').trim(),
      ]);
      expect(texts).to.deep.equal([
        ['e-service', ''],
        [
          'h-service',
          'After your safety check, treatment is not booked online: book a consultation about other options, or call us. Call us: +1 555 0100',
        ],
      ]);
      await expect(el).to.be.accessible();
    });

    it('require-check: no error before the patient acts; a treatment chosen before the check is flagged', async () => {
      const { el } = await form('201', 'require-check service="microneedling"');
      expect(errorOf(el, 'service')).to.equal('');
      expect(root(el).querySelector('[aria-invalid="true"]')).to.equal(null);
      expect(spoken(el)).to.deep.equal([]);
      await type(el, 'service', 'consultation');
      await type(el, 'service', 'microneedling');
      expect(errorOf(el, 'service')).to.contain('safety check first');
      await type(el, 'service', 'consultation');
      expect(errorOf(el, 'service')).to.equal('');
    });

    it('require-check: a prefilled treatment is flagged on Send, not before', async () => {
      const { el, s } = await form('201', 'require-check service="microneedling"');
      await fill(el);
      expect(errorOf(el, 'service')).to.equal('');
      await send(el);
      expect(errorOf(el, 'service')).to.contain('safety check first');
      expect(await log(s)).to.have.length(0);
    });
  });

  it('records each ticked treatment area once (a checkbox fires input and change)', async () => {
    const { el, s } = await form();
    await fill(el);
    const box = (v: string) => $(el, `input[name="areas"][value="${v}"]`) as HTMLInputElement;
    box('face').click();
    box('neck').click();
    box('neck').click();
    await el.updateComplete;
    await send(el);
    await sent(el);
    expect((await log(s))[0].body.areas).to.deep.equal(['face']);
  });

  describe('prefill', () => {
    const url = location.href;
    afterEach(() => history.replaceState(null, '', url));

    it('reads mn-* and utm_* URL parameters, never a bare name', async () => {
      history.replaceState(
        null,
        '',
        `?name=Wrong&mn-name=Ana%20Lima&mn-email=ana@example.com&mn-service=consultation&mn-last-session=2026-01-02&utm_source=news`,
      );
      const { el, s } = await form();
      expect(field(el, 'name').value).to.equal('Ana Lima');
      expect(($(el, '#service') as unknown as HTMLSelectElement).value).to.equal('consultation');
      expect(field(el, 'lastSession').value).to.equal('2026-01-02');
      await fill(el, { name: 'Ana Lima', date0: inDays(80) });
      await send(el);
      await sent(el);
      const [entry] = await log(s);
      expect(entry.body.meta.utm).to.deep.equal({ source: 'news' });
      expect(entry.body.meta.page).to.equal(location.origin + location.pathname);
      expect(entry.body.lastSession).to.equal('2026-01-02');
    });
    it('the aftercare timeline’s “Book your next session” link fills the last session', async () => {
      const timeline = await fixture<HTMLElement>(
        html`<mn-aftercare-timeline treated-at="2026-11-20T15:00" now="2026-11-22T10:00" booking-url="${location.origin}/book"></mn-aftercare-timeline>`,
      );
      const link = new URL(timeline.shadowRoot!.querySelector<HTMLAnchorElement>('a.button')!.href);
      history.replaceState(null, '', link.search);
      const { el } = await form();
      expect(field(el, 'firstVisit').checked).to.equal(false);
      expect(field(el, 'lastSession').value).to.equal('2026-11-20');
    });
    it('reads patient-* attributes, with the URL parameters winning', async () => {
      history.replaceState(null, '', `?mn-email=link@example.com`);
      const { el } = await form('201', 'patient-name="Ana Lima" patient-email="page@example.com" patient-phone="+1 555 0123"');
      expect(field(el, 'name').value).to.equal('Ana Lima');
      expect(field(el, 'email').value).to.equal('link@example.com');
      expect(field(el, 'phone').value).to.equal('+1 555 0123');
    });
    it('drops mn-* values that do not validate, with a console warning only: never a notice, never shown', async () => {
      history.replaceState(
        null,
        '',
        `?mn-name=Ana%20Lima&mn-email=URGENT%20call%20%2B1%20900%20555%200199&mn-phone=call%20now&mn-last-session=2999-01-01&mn-service=URGENT%20call%20%2B1%20900`,
      );
      const { el } = await form();
      expect(field(el, 'name').value).to.equal('Ana Lima');
      expect([field(el, 'email').value, field(el, 'phone').value]).to.deep.equal(['', '']);
      expect(field(el, 'firstVisit').checked, 'the future last session is dropped').to.equal(true);
      expect(($(el, '#service') as unknown as HTMLSelectElement).value).to.equal('consultation');
      expect($(el, '[part="notice"]')).to.equal(null);
      expect(root(el).textContent).not.to.contain('URGENT');
      // One warning each, in the console only (a notice's words: read by the developer, never shown).
      expect(warn.args.map((a) => String(a[0]))).to.have.members([
        '<mn-booking-form> Setup notice: mn-email="URGENT call +1 900 555 0199" is not an allowed value: default used.',
        '<mn-booking-form> Setup notice: mn-phone="call now" is not an allowed value: default used.',
        '<mn-booking-form> Setup notice: mn-service="URGENT call +1 900" is not an allowed value: default used.',
        '<mn-booking-form> Setup notice: mn-last-session="2999-01-01" is not an allowed value: default used.',
      ]);
      // Drawn again (an edit), nothing more is warned.
      await fill(el, { name: 'Ana' });
      expect(warn.callCount).to.equal(4);
      await expect(el).to.be.accessible();
    });

    it('a prefill attribute that does not validate is the page’s mistake: a setup notice, and the field stays empty', async () => {
      const { el } = await form('201', 'patient-email="ana(at)example.com" patient-phone="+1 555 0123"');
      expect($(el, '[part="notice"]').textContent).to.contain('patient-email');
      expect(warn.callCount).to.equal(1);
      expect([field(el, 'email').value, field(el, 'phone').value]).to.deep.equal(['', '+1 555 0123']);
    });

    it('a last-session attribute in the future is the page’s mistake: a setup notice, and a first visit', async () => {
      const { el } = await form('201', 'last-session="2999-01-01"');
      expect($(el, '[part="notice"]').textContent).to.contain('last-session');
      expect(warn.callCount).to.equal(1);
      expect(field(el, 'firstVisit').checked).to.equal(true);
    });

    it('falls back to the first service for an unknown service', async () => {
      const { el, s } = await form('201', 'service="botox"');
      expect(($(el, '#service') as unknown as HTMLSelectElement).value).to.equal('consultation');
      await fill(el);
      await send(el);
      await sent(el);
      expect((await log(s))[0].body.service.id).to.equal('consultation');
    });
  });

  describe('without an endpoint', () => {
    it('prepares a clearly labelled email to the clinic', async () => {
      const el = await fixture<MnBookingForm>(html`<mn-booking-form clinic-email="hello@glow.example" .minFill=${0}></mn-booking-form>`);
      expect(root(el).textContent).to.contain('Your request goes by email');
      expect(submitButton(el).textContent!.trim()).to.equal('Email your request');
      await fill(el);
      await send(el);
      const link = $<HTMLAnchorElement>(el, '.box a[href^="mailto:hello@glow.example"]');
      expect(decodeURIComponent(link.href)).to.contain('Email: ana@example.com');
      await expect(el).to.be.accessible();
    });

    it('a page that removes the endpoint after a failure: Try again prepares the email', async () => {
      const { el } = await form('500');
      await fill(el);
      await send(el);
      await failed(el);
      el.removeAttribute('endpoint');
      await el.updateComplete;
      $<HTMLElement>(el, '[role="alert"].box').querySelector('button')!.click();
      // The failure box (which also holds a mailto link) gives way to the email box.
      await waitUntil(() => !$(el, '[role="alert"].box'), 'the failure screen left');
      const link = $<HTMLAnchorElement>(el, '.box a[href^="mailto:hello@glow.example"]');
      expect(decodeURIComponent(link.href)).to.contain('Email: ana@example.com');
      expect(live(el)).to.contain('Now send it from your email app.');
    });

    it('shows a configuration notice when there is neither endpoint nor email', async () => {
      const el = await fixture<MnBookingForm>(html`<mn-booking-form clinic-phone="+1 555 0100"></mn-booking-form>`);
      expect($(el, '[part="notice"]').textContent).to.contain('endpoint');
      expect($(el, '[role="alert"]').textContent).to.contain('Online requests cannot be sent yet.');
      expect(submitButton(el)).to.equal(null);
      expect(warn.callCount).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('says plainly that nothing is set, naming no attribute value the designer never wrote', async () => {
      const el = await fixture<MnBookingForm>(html`<mn-booking-form></mn-booking-form>`);
      expect($(el, '[part="notice"]').textContent!.trim()).to.equal(
        'Setup notice: endpoint is not set and the clinic has no email: requests cannot be sent.',
      );
      expect(warn.callCount).to.equal(1);
      el.clinicEmail = 'a@b.example';
      await el.updateComplete;
      expect($(el, '[part="notice"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    const bad: Array<[string, string]> = [
      ['services', '{not json'],
      ['services', '[{"id":1}]'],
      ['last-session', '2026-02-30'],
      ['horizon-days', 'soon'],
      ['spacing-days', 'often'],
      ['slots-src', 'javascript:alert(1)'],
    ];
    for (const [attr, value] of bad) {
      it(`${attr}="${value}": a visible notice, one warning, defaults used`, async () => {
        const el = await fixture<MnBookingForm>(html`<mn-booking-form clinic-email="a@b.example"></mn-booking-form>`);
        el.setAttribute(attr, value);
        await el.updateComplete;
        expect($(el, '[part="notice"]').textContent).to.contain(attr);
        expect(warn.callCount).to.equal(1);
        expect(root(el).querySelectorAll('#service option')).to.have.length(2);
        expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('refuses a javascript: endpoint with a notice and one warning', async () => {
      const el = await fixture<MnBookingForm>(
        html`<mn-booking-form endpoint="javascript:alert(1)" clinic-email="a@b.example"></mn-booking-form>`,
      );
      expect($(el, '[part="notice"]').textContent).to.contain('endpoint');
      expect(warn.callCount).to.equal(1);
    });
  });

  describe('slots feed', () => {
    it('offers free slots for the chosen service and sends the chosen one', async () => {
      const { el, s } = await form('201', 'slots-src="/test-slots/ok" service="microneedling"');
      await waitUntil(() => $(el, '[name="slot"]'), 'slots shown');
      const radios = [...root(el).querySelectorAll<HTMLInputElement>('[name="slot"]')];
      expect(radios).to.have.length(2);
      expect(field(el, 'date0')).to.equal(null);
      await expect(el).to.be.accessible();
      await type(el, 'name', 'Ana Lima');
      await type(el, 'email', 'ana@example.com');
      if (!field(el, 'consent').checked) field(el, 'consent').click();
      await send(el);
      expect(errorOf(el, 'slot')).to.equal('Required.');
      radios[0].click();
      await el.updateComplete;
      await send(el);
      await sent(el);
      const [entry] = await log(s);
      expect(entry.body.slot).to.deep.equal({ start: radios[0].value, durationMinutes: 60 });
      expect(entry.body.preferences).to.deep.equal([]);
      // The success summary names the slot, and its calendar entry is timed and tentative.
      expect(root(el).querySelector('.done dl')!.textContent).to.contain('Free times');
      const file = await offered(() => $<HTMLButtonElement>(el, '.done button').click());
      const [event] = new ICAL.Component(ICAL.parse(file.text)).getAllSubcomponents('vevent');
      const e = new ICAL.Event(event);
      expect([
        event.getFirstPropertyValue('status'),
        e.startDate.isDate,
        e.startDate.toJSDate().toISOString(),
        e.duration.toSeconds(),
      ]).to.deep.equal(['TENTATIVE', false, radios[0].value, 3600]);
    });

    // The patient reads which; the designer's notice names a failed feed.
    const fallbacks: Array<[string, string, string | null]> = [
      ['empty', 'No free times online: choose dates.', null],
      ['error', 'Free times could not be loaded: choose dates.', 'slots-src="/test-slots/error" is not an allowed value: default used.'],
    ];
    for (const [mode, text, notice] of fallbacks) {
      it(`falls back to preferred dates when the feed is ${mode}, and says so`, async () => {
        const { el } = await form('201', `slots-src="/test-slots/${mode}"`);
        await waitUntil(() => root(el).textContent!.includes(text), 'fallback shown');
        expect(field(el, 'date0')).to.exist;
        expect(root(el).querySelector('[part="notice"]')?.textContent ?? null).to.equal(notice && `Setup notice: ${notice}`);
        await expect(el).to.be.accessible();
      });
    }

    it('goes through the shared JSON source: an answer that was superseded is ignored', async () => {
      const { el } = await form('201', 'slots-src="/test-slots/ok?delay=600" service="microneedling"');
      el.slotsSrc = '/test-slots/empty';
      await waitUntil(() => root(el).textContent!.includes('No free times online'), 'the newer answer shown');
      await new Promise((r) => setTimeout(r, 900));
      await el.updateComplete;
      expect(root(el).querySelector('[name="slot"]'), 'the slow, older answer is ignored').to.equal(null);
    });

    it('times out a feed that never answers, and shows the error state', async function () {
      this.timeout(15_000);
      const { el } = await form('201', 'slots-src="/test-slots/hang"');
      expect(root(el).textContent).to.contain('Loading free times…');
      await waitUntil(() => root(el).textContent!.includes('could not be loaded'), 'error state', { timeout: 12_000 });
      expect(root(el).textContent).not.to.contain('Loading');
      expect(field(el, 'date0')).to.exist;
      expect($(el, '[part="notice"]').textContent).to.contain('slots-src="/test-slots/hang" is not an allowed value');
    });
  });

  describe('the flow table (CLINICAL.md section 1, "What each outcome lets the patient book")', () => {
    /** A form beside a safety check that reported `outcome`. */
    async function after(outcome: ConstructorParameters<typeof ScreeningCompleteEvent>[0], attrs = '') {
      const s = newSession();
      const c = await fixture<MnClinic>(
        html`<div
          .innerHTML=${`<mn-clinic endpoint="/test-booking/${s}" phone="+1 555 0100" email="a@b.example" timezone="${TZ}" locale="en-US"><div id="check"></div><mn-booking-form ${attrs}></mn-booking-form></mn-clinic>`}
        ></div>`,
      );
      const el = c.querySelector('mn-booking-form')!;
      el.minFill = 0;
      c.querySelector('#check')!.dispatchEvent(new ScreeningCompleteEvent(outcome));
      await c.querySelector<MnClinic>('mn-clinic')!.updateComplete;
      await el.updateComplete;
      return {
        el,
        s,
        hint: $(el, '#h-service')
          .textContent!.replace(/[\t\n ]+/g, ' ')
          .trim(),
      };
    }
    const ALL = ['consultation', 'microneedling'];
    const day = (n: number) => formatDate(inDays(n), 'en-US', 'medium');
    const rows: Array<[string, ConstructorParameters<typeof ScreeningCompleteEvent>[0], string[], string]> = [
      ['none above advice', { level: 'advice', treatment: 'yes' }, ALL, ''],
      ['a consult finding', { level: 'consult', treatment: 'no' }, ['consultation'], 'talk with your clinician first'],
      ['dated deferrals only', { level: 'defer', treatment: 'from', earliestDate: inDays(30) }, ALL, ''],
      [
        'a dated deferral past the online horizon',
        { level: 'defer', treatment: 'from', earliestDate: inDays(150) },
        ['consultation'],
        `from ${day(150)}, later than this form accepts`,
      ],
      ['an undated deferral', { level: 'defer', treatment: 'no' }, ['consultation'], 'must clear up first'],
      ['a decline finding', { level: 'decline', treatment: 'no' }, ['consultation'], 'about other options'],
      [
        'the most restrictive finding: a consult beside a dated deferral',
        { level: 'defer', treatment: 'no', earliestDate: inDays(60) },
        ['consultation'],
        'talk with your clinician first',
      ],
      ['an outcome a page made, level and date only', { level: 'defer', earliestDate: inDays(30) }, ALL, ''],
      ['an outcome a page made, undated deferral', { level: 'defer' }, ['consultation'], 'must clear up first'],
    ];
    for (const [name, outcome, offered, says] of rows) {
      it(`${name}: offers ${offered.join(', ')}${says ? ', says why and gives the phone' : ''}`, async () => {
        const { el, hint } = await after(outcome, 'service="microneedling"');
        expect(options(el)).to.deep.equal(offered);
        if (says) {
          expect(hint).to.contain(says);
          expect(hint).to.match(/Call us: \+1 555 0100$/);
        } else expect(hint).to.equal('');
        // Never a date input that cannot take a date, never a date for a treatment not allowed.
        for (const i of root(el).querySelectorAll<HTMLInputElement>('input[type=date][min][max]'))
          expect(i.min <= i.max, i.name).to.equal(true);
        expect(root(el).querySelector('[aria-invalid="true"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    for (const [name, outcome, service] of [
      ['nothing above advice', { level: 'advice', treatment: 'yes' }, 'microneedling'],
      ['a dated deferral', { level: 'defer', treatment: 'from', earliestDate: inDays(30) }, 'microneedling'],
      ['a consult finding', { level: 'consult', treatment: 'no' }, 'consultation'],
    ] as const)
      it(`${name}, reported after the form drew: the service chosen is ${service}, as the check's "Book" link said`, async () => {
        const { el } = await after(outcome);
        expect(($(el, '#service') as unknown as HTMLSelectElement).value).to.equal(service);
      });

    it('dated deferrals only: treatment from the earliest date on', async () => {
      const { el } = await after({ level: 'defer', treatment: 'from', earliestDate: inDays(30) }, 'service="microneedling"');
      expect(($(el, '#service') as unknown as HTMLSelectElement).value).to.equal('microneedling');
      expect(field(el, 'date0').min).to.equal(inDays(30));
      expect(root(el).textContent).to.contain(`Earliest: ${day(30)}.`);
    });

    it('past the horizon: the consultation can be sent, with the level only', async () => {
      const { el, s } = await after({ level: 'defer', treatment: 'from', earliestDate: inDays(150) }, 'service="microneedling"');
      await fill(el);
      await send(el);
      await sent(el);
      const [entry] = await log(s);
      expect([entry.body.service.id, entry.body.screening]).to.deep.equal(['consultation', { level: 'defer' }]);
    });

    it('a clinic that lists no consultation still offers one after a consult finding', async () => {
      const { el } = await after({ level: 'consult', treatment: 'no' }, `services='[{"id":"mn","name":"Microneedling"}]'`);
      expect(options(el)).to.deep.equal(['consultation']);
    });

    it('spacing past the horizon: says treatment opens later, instead of dates that cannot be chosen', async () => {
      const { el } = await form('201', `spacing-days="120" last-session="${inDays(-1)}" service="microneedling"`);
      const input = field(el, 'date0');
      await send(el);
      expect(errorOf(el, 'date0')).to.contain(`from ${formatDate(inDays(119), 'en-US', 'medium')}, later than this form accepts`);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
    });
  });

  describe('host-handled sending (respondWith on a cancelled mn-booking-submit)', () => {
    it('shows sending, then success, when the host’s promise resolves; nothing goes to the endpoint', async () => {
      const { el, s } = await form();
      await fill(el);
      let resolve!: () => void;
      el.addEventListener('mn-booking-submit', (e) => e.respondWith(new Promise<void>((r) => (resolve = r))), { once: true });
      const success = sinon.spy();
      el.addEventListener('mn-booking-success', success);
      await send(el);
      await waitUntil(() => submitButton(el)?.textContent!.trim() === 'Sending…');
      expect(sessionStorage.getItem(draftKey())).to.contain('Ana Lima');
      resolve();
      await sent(el);
      expect(success.callCount).to.equal(1);
      expect(await log(s)).to.have.length(0);
      expect(sessionStorage.getItem(draftKey())).to.equal(null);
    });

    it('shows the failure screen, every value kept, when it rejects; Try again asks the host again', async () => {
      const { el } = await form();
      await fill(el);
      el.addEventListener('mn-booking-submit', (e) => e.respondWith(Promise.reject(new Error('CRM down'))), { once: true });
      await send(el);
      await failed(el);
      expect(field(el, 'name').value).to.equal('Ana Lima');
      el.addEventListener('mn-booking-submit', (e) => e.respondWith(Promise.resolve()), { once: true });
      $<HTMLElement>(el, '[role="alert"].box button').click();
      await sent(el);
    });

    it('shows the failure screen when the host’s promise never settles within the budget', async () => {
      const { el } = await form();
      el.budget = 300;
      await fill(el);
      el.addEventListener('mn-booking-submit', (e) => e.respondWith(new Promise(() => {})), { once: true });
      await send(el);
      await failed(el);
    });
  });

  describe('never locks, never loses a request', () => {
    it('says in the visible alert when the server refused a part the patient cannot edit, and sends again on Try again', async () => {
      const { el, s } = await form('meta,201');
      await fill(el);
      await send(el);
      await failed(el);
      const box = $<HTMLElement>(el, '[role="alert"].box');
      expect(box.textContent).to.contain('A detail the form adds was refused');
      // The server's own sentence is not shown beside a code: the form words what it knows.
      expect(box.textContent).not.to.contain('The booking request is not valid.');
      expect(box.checkVisibility()).to.equal(true);
      expect(root(el).querySelector('[aria-invalid="true"]'), 'no field is marked').to.equal(null);
      expect(spoken(el)).to.have.length(1);
      await expect(el).to.be.accessible();
      box.querySelector('button')!.click();
      await sent(el);
      const entries = await log(s);
      expect(entries).to.have.length(2);
      expect(entries[1].key).to.equal(entries[0].key);
    });

    it('shows the server’s own sentence for a code it does not know (error-codes.json), with Try again and the phone', async () => {
      const { el } = await form('unknown,201');
      await fill(el);
      await send(el);
      await failed(el);
      const box = $<HTMLElement>(el, '[role="alert"].box');
      expect(box.textContent).to.contain('Bookings are paused for maintenance until 6 pm.');
      expect(box.textContent).to.contain('+1 555 0100');
      await expect(el).to.be.accessible();
      box.querySelector('button')!.click();
      await sent(el);
    });

    it('words the codes a server answers with, in its own language, never the server’s fragment', async () => {
      const { el } = await form('coded');
      await fill(el);
      await send(el);
      await failed(el);
      expect(errorOf(el, 'email')).to.equal('Use an email address like name@example.com.');
      // A code with no words of its own is said as `value`.
      expect(errorOf(el, 'phone')).to.equal('Please check this answer.');
      expect(root(el).activeElement).to.equal(field(el, 'email'));
      const { el: fast } = await form('fast&min=9999999');
      await fill(fast);
      await send(fast);
      await failed(fast);
      expect($(fast, '[role="alert"].box').textContent).to.contain('Sent too quickly').and.not.to.contain('The form was sent');
    });

    it('min-fill: the fill time is measured again on Try again, not frozen (a server minimum above min-fill)', async () => {
      const { el, s } = await form('fast&min=1500');
      await fill(el);
      await send(el);
      await failed(el);
      await new Promise((r) => setTimeout(r, 1600));
      $(el, '[role="alert"].box button').click();
      await sent(el);
      const [first, second] = await log(s);
      expect(second.body.meta.fillMs).to.be.at.least(1500);
      expect(second.body.meta.fillMs).to.be.greaterThan(first.body.meta.fillMs);
      expect(second.key).to.equal(first.key);
    });

    it('min-fill="abc": a notice and one warning; the default applies and fillMs is a number', async () => {
      const { el, s } = await form();
      el.setAttribute('min-fill', 'abc');
      await el.updateComplete;
      expect($(el, '[part="notice"]').textContent).to.contain('min-fill="abc"');
      expect(warn.callCount).to.equal(1);
      el.minFill = 10;
      await fill(el);
      await send(el);
      await sent(el);
      expect((await log(s))[0].body.meta.fillMs).to.be.a('number');
    });

    it('a hanging endpoint reaches the failure screen within the budget (15 s by default), retries included', async () => {
      const { el, s } = await form('hang');
      Object.assign(el, { timeout: 10_000, budget: 700 });
      await fill(el);
      await send(el);
      await failed(el);
      expect(await log(s)).to.have.length(1);
      expect(field(el, 'name').value).to.equal('Ana Lima');
    });

    describe('form services as endpoints (another origin that allows no custom header)', () => {
      const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

      it('by default the JSON request with Idempotency-Key is refused at the preflight: the failure screen, nothing arrives', async () => {
        const s = newSession();
        const el = await fixture<MnBookingForm>(
          html`<mn-booking-form endpoint=${`${other}/test-booking/${s}?cors=simple`} clinic-email="a@b.example" .minFill=${0} .retryDelay=${20}></mn-booking-form>`,
        );
        await fill(el);
        await send(el);
        await failed(el);
        expect(await log(s)).to.deep.equal([]);
      });

      it('request-mode="simple" sends a CORS simple request: no custom header, the id in the body', async () => {
        const s = newSession();
        const el = await fixture<MnBookingForm>(
          html`<mn-booking-form request-mode="simple" endpoint=${`${other}/test-booking/${s}?cors=simple`} clinic-email="a@b.example" .minFill=${0} .retryDelay=${20}></mn-booking-form>`,
        );
        await fill(el);
        setTimeout(() => send(el));
        const e = await oneEvent(el, 'mn-booking-success');
        await sent(el);
        const [entry, ...more] = await log(s);
        expect(more).to.deep.equal([]);
        expect([entry.key, entry.type, entry.body.id]).to.deep.equal(['', 'text/plain;charset=UTF-8', e.detail.id]);
      });

      it('request-mode="sometimes": a notice, and the default mode', async () => {
        const el = await fixture<MnBookingForm>(
          html`<mn-booking-form request-mode="sometimes" clinic-email="a@b.example"></mn-booking-form>`,
        );
        expect($(el, '[part="notice"]').textContent).to.contain('request-mode');
        expect(warn.callCount).to.equal(1);
      });
    });
  });

  describe('email fallback (no endpoint)', () => {
    const texts: Array<[string, string]> = [
      ['Latin', 'I would like an evening appointment, please. '.repeat(44)],
      ['non-Latin', 'お手数ですが、夕方の予約をお願いします。'.repeat(100)],
    ];
    for (const [kind, message] of texts) {
      it(`keeps the whole mailto: link within 2,000 characters with a long ${kind} message, and says it was shortened`, async () => {
        const el = await fixture<MnBookingForm>(html`<mn-booking-form clinic-email="hello@glow.example" .minFill=${0}></mn-booking-form>`);
        await fill(el, { message: message.slice(0, 2000) });
        await send(el);
        const link = $<HTMLAnchorElement>(el, '.box a[href^="mailto:"]');
        expect(link.getAttribute('href')!.length).to.be.at.most(2000);
        expect(decodeURIComponent(link.href)).to.contain('Email: ana@example.com').and.to.contain('…');
        expect($(el, '.box').textContent).to.contain('Message shortened');
        expect(live(el)).to.equal('Now send it from your email app. Message shortened: add the rest in the email.');
      });
    }

    it('offers one “Email your request”, and announces the whole sentence', async () => {
      const el = await fixture<MnBookingForm>(html`<mn-booking-form clinic-email="hello@glow.example" .minFill=${0}></mn-booking-form>`);
      await fill(el, { message: 'Evenings suit me.' });
      await send(el);
      const named = [...root(el).querySelectorAll('a, button')].filter((x) => x.textContent!.trim() === 'Email your request');
      expect(named).to.have.length(1);
      expect(named[0].getAttribute('href')!.length).to.be.below(2000);
      expect(decodeURIComponent(named[0].getAttribute('href')!))
        .to.contain('Evenings suit me.')
        .and.not.to.contain('…');
      expect(live(el)).to.equal('Now send it from your email app.');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility of the details', () => {
    /** A CSS colour as sRGB 0-255, asked of a canvas (it understands oklch() and light-dark() results). */
    function rgb(color: string): number[] {
      const c = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      c.fillStyle = color;
      c.fillRect(0, 0, 1, 1);
      return [...c.getImageData(0, 0, 1, 1).data].slice(0, 3);
    }
    const lum = (c: number[]) =>
      c
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const contrast = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };

    it('"Sending…" reads at 4.5:1 at least', async () => {
      const { el } = await form('hang');
      el.timeout = 5000;
      await fill(el);
      await send(el);
      const button = submitButton(el);
      expect(button.textContent!.trim()).to.equal('Sending…');
      const style = getComputedStyle(button);
      expect(style.opacity).to.equal('1');
      const bg = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle($(el, '.root')).backgroundColor : style.backgroundColor;
      expect(contrast(rgb(style.color), rgb(bg))).to.be.at.least(4.5);
    });

    it('marks required fields with aria-required', async () => {
      const { el } = await form('201', `last-session="${inDays(-40)}"`);
      await type(el, 'contact', 'phone');
      for (const name of ['name', 'email', 'phone', 'service', 'lastSession', 'date0', 'consent'])
        expect(field(el, name).getAttribute('aria-required'), name).to.equal('true');
      for (const name of ['date1', 'message']) expect(field(el, name).getAttribute('aria-required'), name).not.to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('the privacy link is at least 24 px tall and says it opens a new tab', async () => {
      const el = await fixture<MnBookingForm>(
        html`<mn-clinic privacy-url="https://glow.example/privacy" email="a@b.example"><mn-booking-form></mn-booking-form></mn-clinic>`,
      );
      const form = el.querySelector('mn-booking-form')!;
      await form.updateComplete;
      const link = $<HTMLAnchorElement>(form, 'a[target="_blank"]');
      expect(link.getBoundingClientRect().height).to.be.at.least(24);
      expect(link.textContent).to.contain('(new tab)');
    });
  });

  describe('host forms (a site search, an ASP.NET page: one <form> around everything)', () => {
    it('without a name it neither blocks nor leaks into the page’s form', async () => {
      const f = await fixture<HTMLFormElement>(
        html`<form><input name="q" value="peel" /><mn-booking-form clinic-email="a@b.example"></mn-booking-form></form>`,
      );
      const el = f.querySelector('mn-booking-form')!;
      await el.updateComplete;
      expect(f.checkValidity(), 'an empty booking form does not block the search').to.equal(true);
      await fill(el, { message: 'my skin…' });
      expect([...new FormData(f).keys()]).to.deep.equal(['q']);
      const submitted = sinon.spy((e: Event) => e.preventDefault());
      f.addEventListener('submit', submitted);
      f.requestSubmit();
      expect(submitted.callCount).to.equal(1);
      expect(document.activeElement).not.to.equal(el);
    });

    it('with a name it joins: its non-health fields and validity, and the page’s button sends; its own Send is hidden', async () => {
      const f = await fixture<HTMLFormElement>(
        html`<form><mn-booking-form name="booking" clinic-email="a@b.example"></mn-booking-form><button>Submit</button></form>`,
      );
      const el = f.querySelector('mn-booking-form')!;
      await el.updateComplete;
      expect(submitButton(el)).to.equal(null);
      const submitted = sinon.spy((e: Event) => e.preventDefault());
      f.addEventListener('submit', submitted);
      f.querySelector('button')!.click();
      await el.updateComplete;
      expect(submitted.callCount, 'blocked while a field has a problem').to.equal(0);
      expect(errorOf(el, 'name')).to.equal('Required.');
      expect(live(el)).to.match(/Please check \d fields/);
      await fill(el, { message: 'my skin reacts', phone: '+1 555 0199' });
      field(el, 'firstVisit').click();
      await el.updateComplete;
      await type(el, 'lastSession', inDays(-40));
      f.querySelector('button')!.click();
      expect(submitted.callCount).to.equal(1);
      // One value under its name, like a native control: the non-health fields as JSON.
      const entries = [...new FormData(f)];
      expect(entries.map(([k]) => k)).to.deep.equal(['booking']);
      const value = JSON.parse(entries[0][1] as string);
      expect(value).to.include({ name: 'Ana Lima', email: 'ana@example.com', phone: '+1 555 0199', consent: true });
      expect(Object.keys(value)).to.have.members(['name', 'email', 'phone', 'contact', 'service', 'areas', 'dates', 'consent']);
      expect(JSON.stringify(value)).not.to.contain('skin').and.not.to.contain(inDays(-40));
    });

    it('with a name, adds its validity to the form and resets with it', async () => {
      const f = await fixture<HTMLFormElement>(html`<form><mn-booking-form name="mn" clinic-email="a@b.example"></mn-booking-form></form>`);
      const el = f.querySelector('mn-booking-form')!;
      await el.updateComplete;
      expect(f.checkValidity()).to.equal(false);
      await fill(el);
      expect(f.checkValidity()).to.equal(true);
      expect(JSON.parse(new FormData(f).get('mn') as string)).to.include({ name: 'Ana Lima', email: 'ana@example.com' });
      expect(sessionStorage.getItem(draftKey('mn'))).to.contain('Ana Lima');
      f.reset();
      await el.updateComplete;
      expect(field(el, 'name').value).to.equal('');
      expect(f.checkValidity()).to.equal(false);
      // The reset forgets the kept draft too: a reload now starts empty.
      expect(sessionStorage.getItem(draftKey('mn'))).to.equal(null);
    });

    it('with a name but no page form around it, keeps its own Send', async () => {
      const { el, s } = await form('201', 'name="booking"');
      await fill(el);
      await send(el);
      await sent(el);
      expect(await log(s)).to.have.length(1);
    });

    it('forgets the old problems summary when the page form resets', async () => {
      const f = await fixture<HTMLFormElement>(html`<form><mn-booking-form clinic-email="a@b.example"></mn-booking-form></form>`);
      const el = f.querySelector('mn-booking-form')!;
      await el.updateComplete;
      await send(el);
      expect(live(el)).to.match(/Please check \d fields/);
      f.reset();
      await el.updateComplete;
      expect(live(el)).to.equal('');
    });

    it('clears a half-typed date when the page form resets', async () => {
      const f = await fixture<HTMLFormElement>(html`<form><mn-booking-form clinic-email="a@b.example"></mn-booking-form></form>`);
      const el = f.querySelector('mn-booking-form')!;
      await el.updateComplete;
      await type(el, 'date0', inDays(10));
      field(el, 'date1').focus();
      await sendKeys({ type: '12' });
      f.reset();
      await el.updateComplete;
      await el.updateComplete;
      expect(['date0', 'date1'].map((n) => [field(el, n).value, field(el, n).validity.badInput])).to.deep.equal([
        ['', false],
        ['', false],
      ]);
    });

    it('shows the new draft in every kind of field when the page form resets (radios, checkboxes, the select)', async () => {
      const f = await fixture<HTMLFormElement>(html`<form><mn-booking-form clinic-email="a@b.example"></mn-booking-form></form>`);
      const el = f.querySelector('mn-booking-form')!;
      await el.updateComplete;
      await fill(el);
      for (const id of ['#contact-phone', '#areas-face', '#firstVisit-true']) $(el, id).click();
      await el.updateComplete;
      await type(el, 'service', 'microneedling');
      f.reset();
      await el.updateComplete;
      const checked = (id: string) => $(el, id).checked;
      expect({
        name: field(el, 'name').value,
        email: checked('#contact-email'),
        phone: checked('#contact-phone'),
        face: checked('#areas-face'),
        firstVisit: checked('#firstVisit-true'),
        consent: checked('#consent-true'),
        service: $<HTMLSelectElement>(el, '#service').value,
      }).to.deep.equal({ name: '', email: true, phone: false, face: false, firstVisit: true, consent: false, service: 'consultation' });
    });

    it('obeys <fieldset disabled> around it', async () => {
      const f = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled><mn-booking-form clinic-email="a@b.example"></mn-booking-form></fieldset></form>`,
      );
      const el = f.querySelector('mn-booking-form')!;
      await el.updateComplete;
      const controls = () => [...root(el).querySelectorAll<HTMLInputElement>('input, select, textarea, button')];
      expect(controls().filter((c) => !c.matches(':disabled'))).to.deep.equal([]);
      f.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(controls().filter((c) => c.matches(':disabled'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('restores its fields like a native control (the browser’s form state restore), never the message', async () => {
      const f = await fixture<HTMLFormElement>(html`<form><mn-booking-form clinic-email="a@b.example"></mn-booking-form></form>`);
      const el = f.querySelector('mn-booking-form')!;
      await el.updateComplete;
      el.formStateRestoreCallback(JSON.stringify({ name: 'Ana Lima', email: 'ana@example.com', message: 'not restored' }));
      await el.updateComplete;
      expect([
        field(el, 'name').value,
        field(el, 'email').value,
        ($(el, '#message') as unknown as HTMLTextAreaElement).value,
      ]).to.deep.equal(['Ana Lima', 'ana@example.com', '']);
    });
  });
});
