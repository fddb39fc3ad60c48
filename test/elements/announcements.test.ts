/**
 * What a screen reader is told across the booking form's main flow, recorded by an observer on its
 * live regions (test/elements/listen.ts); the safety check's and the aftercare timeline's are in
 * their own files. Key announcements once: the error summary on a failed send, nothing repeating
 * the success heading that takes focus.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { MnBookingForm } from '../../src/elements/mn-booking-form/mn-booking-form.js';
import { listen, settle } from './listen.js';

describe('announcements', () => {
  it('<mn-booking-form>: a failed send says its summary once; a sent request is said by its focused heading, not again', async () => {
    const session = `a-${crypto.randomUUID()}`;
    const wrap = await fixture(
      html`<div
        .innerHTML=${`<mn-booking-form endpoint="/test-booking/${session}?seq=201" clinic-email="hello@glow.example"></mn-booking-form>`}
      ></div>`,
    );
    const el = wrap.firstElementChild as MnBookingForm;
    Object.assign(el, { minFill: 0, retryDelay: 20, timeout: 400 });
    await el.updateComplete;
    const heard = listen(el);
    const root = el.shadowRoot!;
    const send = async () => {
      root.querySelector<HTMLButtonElement>('form fieldset > button:not([type=button])')!.click();
      await el.updateComplete;
      await settle();
    };
    await send();
    expect(heard.said).to.have.length(1);
    expect(heard.said[0]).to.match(/^Please check \d+ fields?\.$/);
    const type = async (name: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    await type('name', 'Ana Lima');
    await type('email', 'ana@example.com');
    const date = root.querySelector<HTMLInputElement>('[name="date0"]')!;
    await type('date0', date.min);
    root.querySelector<HTMLInputElement>('[name="consent"]')!.click();
    await el.updateComplete;
    heard.said.length = 0;
    await send();
    await waitUntil(() => root.querySelector('.done [role="heading"]'), 'sent', { timeout: 8000 });
    const heading = root.querySelector<HTMLElement>('.done [role="heading"]')!;
    await waitUntil(() => root.activeElement === heading, 'heading focused');
    await settle();
    expect(heading.textContent).to.equal('Request sent');
    expect(heard.said.filter((s) => s.includes('Request sent'))).to.deep.equal([]);
    heard.stop();
  });

  it('<mn-booking-form>: a request kept offline is said once, and the connection coming back once', async () => {
    const session = `a-${crypto.randomUUID()}`;
    const wrap = await fixture(
      html`<div
        .innerHTML=${`<mn-booking-form endpoint="/test-booking/${session}" clinic-email="hello@glow.example" clinic-phone="+1 555 0100"
          patient-name="Ana Lima" patient-email="ana@example.com"></mn-booking-form>`}
      ></div>`,
    );
    const el = wrap.firstElementChild as MnBookingForm;
    Object.assign(el, { minFill: 0, retryDelay: 20, timeout: 400 });
    await el.updateComplete;
    const root = el.shadowRoot!;
    const date = root.querySelector<HTMLInputElement>('[name="date0"]')!;
    date.value = date.min;
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root.querySelector<HTMLInputElement>('[name="consent"]')!.click();
    await el.updateComplete;
    const heard = listen(el);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      root.querySelector<HTMLButtonElement>('form fieldset > button:not([type=button])')!.click();
      await waitUntil(() => root.querySelector('[role="alert"]'), 'offline shown');
      await settle();
      expect(heard.said.filter((s) => s.includes('offline'))).to.deep.equal([
        'Not sent: you are offline. Your request is kept.Call us: +1 555 0100Email your request',
      ]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
    heard.said.length = 0;
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    await settle();
    expect(heard.said).to.deep.equal(['Back online: your request is not sent yet.Try againCall us: +1 555 0100Email your request']);
    heard.stop();
  });
});
