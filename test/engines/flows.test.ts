/**
 * Each widget's main flow, as a patient goes through it, in every engine: Chromium in `npm test`,
 * Firefox and WebKit in `npm run test:engines` (test/engines/run.mjs). Plus what only shows in
 * one engine's own drawing: radios and checkboxes in the dark theme, an empty date field.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import { addDays, addMonths, dateIn } from '../../src/domain/time.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const TZ = 'America/New_York';
const today = () => dateIn(new Date(), TZ);
const $ = <T extends HTMLElement = HTMLInputElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends HTMLElement = HTMLInputElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** What a patient does to a field: the value, then the events an engine fires for typing and leaving it. */
async function enter(el: Lit, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
/** Clicks the form's main button (Next, See my result, Send). */
async function next(el: Lit) {
  $<HTMLButtonElement>(el, 'form button:not([type])').click();
  await el.updateComplete;
}
/** The lightest and darkest relative luminance the engine drew in `el`'s box, inset by `inset` px, its first `part` of the width. */
async function drawn(el: Element, inset = 0, part = 1): Promise<{ min: number; max: number }> {
  el.scrollIntoView({ block: 'center' });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  const r = el.getBoundingClientRect();
  return executeServerCommand('mn-pixels', {
    x: r.x + inset,
    y: r.y + inset,
    width: r.width * part - 2 * inset,
    height: r.height - 2 * inset,
  });
}
const isWebKit = () => CSS.supports('hanging-punctuation', 'first');

/** Clicks the widget's "calendar" button among `buttons`: the download keeps the focus on it and in the page. */
async function downloadKeepsFocus(el: Element, buttons: string) {
  const add = $$<HTMLButtonElement>(el, buttons).find((b) => b.textContent!.includes('calendar'))!;
  add.focus();
  add.click();
  await new Promise((r) => setTimeout(r, 500));
  expect(el.shadowRoot!.activeElement, 'the button keeps the focus').to.equal(add);
  expect(document.hasFocus(), 'the page keeps the focus').to.equal(true);
  await expect(el).to.be.accessible();
}

describe('main flows in this engine', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  it('the safety check: every question answered, a dated result; a booking form elsewhere follows it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div><mn-contraindication-check timezone=${TZ} locale="en-US"></mn-contraindication-check></div>
      <div><mn-booking-form timezone=${TZ} locale="en-US" clinic-email="a@b.example" persist="none" service="microneedling"></mn-booking-form></div>
    </div>`);
    const check = page.querySelector<Lit>('mn-contraindication-check')!;
    const form = page.querySelector<Lit>('mn-booking-form')!;
    await check.updateComplete;
    // Stopped 5 months ago: the 6-month wait ends within the dates the form accepts online (90 days).
    const stopped = addMonths(today(), -5);
    // The default (grouped) layout: every question of a screen answered by clicking, follow-ups as they open.
    const answers: Record<string, string> = {
      isotretinoin: 'true',
      'isotretinoin.taking': 'false',
      'isotretinoin.stopped': stopped,
      age: '34',
    };
    for (let guard = 0; guard < 20 && !$(check, '#review'); guard++) {
      for (let open = true; open;) {
        open = false;
        const names = new Set($$<HTMLInputElement>(check, 'form input').map((i) => i.name));
        for (const name of names) {
          const inputs = $$<HTMLInputElement>(check, `form input[name="${name}"]`);
          if (inputs[0].type == 'radio') {
            if (inputs.some((i) => i.checked)) continue;
            inputs.find((i) => i.value == (answers[name] ?? 'false'))!.click();
          } else if (inputs[0].type != 'checkbox' && !inputs[0].value) await enter(check, inputs[0], answers[name]);
          else continue;
          await check.updateComplete;
          open = true;
        }
      }
      await next(check);
    }
    await next(check); // See my result
    expect($(check, '#result').textContent).to.contain('Please wait');
    expect(check.shadowRoot!.activeElement?.id, 'focus on the result').to.equal('result');
    await form.updateComplete;
    const earliest = (check as Lit & { result: { earliestDate: string } }).result.earliestDate;
    expect(earliest > today()).to.equal(true);
    expect($(form, '[name=date0]').min, 'the booking form follows the check: dates from its earliest').to.equal(earliest);
    await expect(check).to.be.accessible();
  });

  it('the aftercare timeline: the patient enters the treatment date; the calendar download keeps the focus', async () => {
    const el = await fixture<Lit>(html`<mn-aftercare-timeline timezone=${TZ} locale="en-US"></mn-aftercare-timeline>`);
    $(el, '[name=date]').value = addDays(today(), -2);
    await next(el);
    expect($(el, '.sum').textContent).to.contain('You are here');
    expect($$(el, '[part=phase]').length).to.be.greaterThan(3);
    await downloadKeepsFocus(el, '.actions button');
  });

  it('the booking form: a request is sent and confirmed; the tentative calendar download keeps the focus', async () => {
    const session = `e-${crypto.randomUUID()}`;
    const el = await fixture<Lit>(
      html`<mn-booking-form endpoint=${`/test-booking/${session}`} timezone=${TZ} locale="en-US" persist="none" min-fill="0"></mn-booking-form>`,
    );
    await enter(el, $(el, '[name=name]'), 'Ana Lima');
    await enter(el, $(el, '[name=email]'), 'ana@example.com');
    await enter(el, $(el, '[name=date0]'), addDays(today(), 10));
    $(el, '[name=consent]').click();
    await el.updateComplete;
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.done [role=heading]'), 'success shown', { timeout: 8000 });
    expect(el.shadowRoot!.activeElement?.getAttribute('role'), 'focus on the confirmation').to.equal('heading');
    const [entry] = await (await fetch(`/test-booking/${session}`)).json();
    expect(entry.body.contact.name).to.equal('Ana Lima');
    await downloadKeepsFocus(el, '.done button');
  });

  it('dark theme: radios and checkboxes are drawn dark, like the rest of the widget', async () => {
    const page = await fixture<HTMLElement>(html`<div style="background:#000">
      <mn-contraindication-check theme="dark" layout="list"></mn-contraindication-check>
      <mn-booking-form theme="dark" clinic-email="a@b.example" persist="none"></mn-booking-form>
    </div>`);
    const check = page.querySelector<Lit>('mn-contraindication-check')!;
    const form = page.querySelector<Lit>('mn-booking-form')!;
    await check.updateComplete;
    await form.updateComplete;
    for (const input of [$(check, '[type=radio]'), $(form, '[type=radio]:not(:checked)'), $(form, '[type=checkbox]:not(:checked)')]) {
      // Inside the edge: what the engine filled the control with.
      const { max } = await drawn(input, 5);
      expect(max, `${input.type}: its inside`).to.be.below(0.2);
    }
  });

  it('an empty date field shows no date that is not the clinic’s (WebKit’s grey device date); others keep their format hint', async () => {
    const el = await fixture<Lit>(
      html`<mn-booking-form clinic-email="a@b.example" persist="none" timezone="Pacific/Kiritimati"></mn-booking-form>`,
    );
    const date = $(el, '[name=date1]');
    // The start of the field, where a date's text is (a picker icon may sit at the end).
    const empty = await drawn(date, 4, 0.6);
    expect(empty.max - empty.min > 0.3, 'something is drawn in the empty field').to.equal(!isWebKit());
    await enter(el, date, addDays(today(), 5));
    date.blur();
    const chosen = await drawn(date, 4, 0.6);
    expect(chosen.max - chosen.min, 'a chosen date shows').to.be.above(0.3);
  });
});
