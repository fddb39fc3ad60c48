import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import { DEFAULT_RULES } from '../../src/domain/screening/items.js';
import type { MnClinic } from '../../src/elements/mn-clinic/mn-clinic.js';
import type { MnContraindicationCheck } from '../../src/elements/mn-contraindication-check/mn-contraindication-check.js';
import { ScreeningCompleteEvent } from '../../src/events.js';
import { ContextEvent } from '@lit/context';
import { outcomeContext } from '../../src/context/clinic.js';

type Check = MnContraindicationCheck;
type Value = boolean | number | string;

const NOW = new Date('2026-11-21T17:00:00Z');
const ALL = DEFAULT_RULES.items.map((i) => i.id);
/** Every default answered no, aged 34. */
const NO: Record<string, Value> = Object.fromEntries(DEFAULT_RULES.items.map((i) => [i.id, i.kind === 'age' ? 34 : false]));
/** A configuration that asks only `ids` (to keep keyboard walks short). */
const only = (...ids: string[]) => ({
  items: Object.fromEntries(ALL.filter((id) => !ids.includes(id)).map((id) => [id, { hidden: true }])),
});

const sr = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => sr(el).querySelector<T>(sel);
const $$ = (el: Element, sel: string) => [...sr(el).querySelectorAll(sel)];
const active = (el: Element) => sr(el).activeElement as HTMLElement | null;
const notice = (el: Element) => $(el, '[part="notice"]');

async function press(el: Check, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Tab to the next control, then answer it with the keyboard alone (a radio group: from the radio Tab lands on, the checked one if any). */
async function answerNext(el: Check, value: Value) {
  await press(el, 'Tab');
  const input = active(el) as HTMLInputElement;
  if (input.type === 'radio') {
    const names = $$(el, `input[name="${input.name}"]`) as HTMLInputElement[];
    const index =
      typeof value === 'boolean' ? (value ? 0 : 1) : names.findIndex((r) => r.parentElement!.textContent!.includes(value as string));
    const from = names.indexOf(input);
    if (index === from) await press(el, 'Space');
    for (let k = from; k < index; k++) await press(el, 'ArrowRight');
    for (let k = from; k > index; k--) await press(el, 'ArrowLeft');
  } else if (input.type === 'date') {
    // Date segments depend on the browser's locale: set the value as the picker would.
    input.value = value as string;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  } else {
    await sendKeys({ type: String(value) });
    await el.updateComplete;
  }
}

/** Tabs to the primary (submit) button and presses Enter (past a Change button per question on the review). */
async function submit(el: Check) {
  for (let i = 0; i < 40 && !(active(el)?.localName === 'button' && !active(el)!.getAttribute('type')); i++) await press(el, 'Tab');
  await press(el, 'Enter');
}

/** Answers every question of the steps layout by keyboard, through to the review screen. */
async function walk(el: Check, answers: Record<string, Value>) {
  for (let guard = 0; guard < 40 && !$(el, '#review'); guard++) {
    const heading = active(el)!;
    expect(heading.localName, 'focus on the question heading').to.equal('h3');
    const id = heading.id.slice(2);
    await answerNext(el, answers[id]);
    for (const follow of Object.keys(answers).filter((k) => k.startsWith(`${id}.`))) {
      if ($(el, `[name="${follow}"]`)) await answerNext(el, answers[follow]);
    }
    await submit(el);
  }
  expect(active(el)!.id).to.equal('review');
}

async function start(el: Check) {
  // The first question's heading; tests start with focus on it, as after a step.
  $(el, 'h3')!.focus();
}

async function make(
  markup = html`<mn-contraindication-check clinic-phone="+1 555 0100" timezone="America/New_York" locale="en-US"></mn-contraindication-check>`,
  config?: unknown,
) {
  const el = await fixture<Check>(markup);
  el.now = NOW;
  if (config) el.config = config;
  await el.updateComplete;
  await start(el);
  return el;
}

describe('<mn-contraindication-check>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  it('is accessible at the first question, says answers stay private, and shows progress', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
    expect($(el, '.privacy')!.textContent).to.contain('nothing is saved or sent');
    expect(sr(el).textContent).to.contain('Question 1 of 24');
    const fieldset = $(el, 'fieldset')!;
    expect(fieldset.querySelector('legend h3')!.textContent).to.contain('pregnant');
    expect(fieldset.querySelectorAll('input[type="radio"][name="pregnancy"]').length).to.equal(2);
    expect(warn.called).to.equal(false);
  });

  it('renders its first question, in a clinic, without starting a date or number formatter', async () => {
    // A formatter's first use on a page starts ICU's data (20 to 40 ms); the first screen shows no
    // date, so it must not pay for one. A locale and zone no earlier test used defeat any cache.
    const formatters = (['DateTimeFormat', 'NumberFormat', 'RelativeTimeFormat', 'ListFormat'] as const).map((name) =>
      sinon.spy(Intl, name),
    );
    const dates = (['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const).map((name) => sinon.spy(Date.prototype, name));
    const clinic = await fixture<MnClinic>(html`
      <mn-clinic name="Glow" phone="+64 3 555 0100" locale="en-NZ" timezone="Pacific/Chatham" accent="#7a4cc2">
        <mn-contraindication-check></mn-contraindication-check>
      </mn-clinic>
    `);
    const el = clinic.querySelector('mn-contraindication-check')!;
    await el.updateComplete;
    expect(sr(el).textContent).to.contain('Question 1 of 24');
    for (const spy of [...formatters, ...dates]) expect(spy.called, String(spy)).to.equal(false);
  });

  it('walks every default question by keyboard to a clear result, axe clean at every step', async function () {
    this.timeout(60000);
    const el = await make();
    const events: ScreeningCompleteEvent[] = [];
    el.addEventListener('mn-screening-complete', (e) => events.push(e));
    for (let step = 1; step <= 24; step++) {
      expect(sr(el).textContent).to.contain(`Question ${step} of 24`);
      await expect(el).to.be.accessible();
      const id = active(el)!.id.slice(2);
      await answerNext(el, NO[id]);
      await submit(el);
    }
    expect(active(el)!.id).to.equal('review');
    await expect(el).to.be.accessible();
    expect($$(el, 'dt').length).to.equal(24);
    await submit(el);
    expect(active(el)!.id).to.equal('result');
    expect($(el, '#result')!.textContent).to.contain('go ahead and book');
    expect($$(el, '[role="status"]').at(-1)!.textContent).to.contain('go ahead and book');
    expect($(el, '[part="result"] a')!.parentElement!.textContent).to.equal('Questions? Call us: +1 555 0100');
    await expect(el).to.be.accessible();
    expect(events.map((e) => e.detail)).to.deep.equal([{ level: 'clear', treatment: 'yes' }]);
    expect(el.result!.level).to.equal('clear');
  });

  const levels: Array<[string, string[], Record<string, Value>, string, RegExp]> = [
    ['advice', ['cold-sore-history', 'age'], { 'cold-sore-history': true, age: 20 }, 'read the notes', /prevent an outbreak/],
    [
      'consult',
      ['anticoagulants', 'skin-condition'],
      { anticoagulants: true, 'skin-condition': true, 'skin-condition.flaring': false },
      'talk to the clinic',
      /blood thinners or a daily aspirin\? A clinician must check this with you first/,
    ],
    [
      'defer',
      ['isotretinoin', 'pregnancy'],
      { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-05-22', pregnancy: false },
      'wait',
      /Sunday, November 22, 2026/,
    ],
    [
      'decline',
      ['metal-allergy', 'recent-procedure'],
      { 'metal-allergy': true, 'recent-procedure': true, 'recent-procedure.kind': 'Surgery', 'recent-procedure.date': '2026-10-01' },
      'probably not for you',
      /stainless steel\? This rules microneedling out/,
    ],
  ];
  for (const [level, ids, answers, headline, detail] of levels) {
    it(`reaches ${level} by keyboard; the event carries the level and what may be booked, never answers`, async () => {
      const el = await make(undefined, only(...ids));
      let event: ScreeningCompleteEvent | undefined;
      el.addEventListener('mn-screening-complete', (e) => (event = e));
      await walk(el, answers);
      await expect(el).to.be.accessible();
      await submit(el);
      const result = $(el, '[part="result"]')!;
      expect(result.classList.contains(level)).to.equal(true);
      expect($(el, '#result')!.textContent).to.contain(headline);
      expect(result.textContent).to.match(detail);
      expect(active(el)!.id).to.equal('result');
      expect(result.querySelector('a[href="tel:+15550100"]')!.parentElement!.textContent).to.equal(
        `${level === 'advice' ? 'Questions? Call us:' : 'Please call us:'} +1 555 0100`,
      );
      expect(result.textContent).to.contain('a clinician decides');
      await expect(el).to.be.accessible();
      expect(Object.keys(event!.detail).filter((k) => k !== 'earliestDate')).to.deep.equal(['level', 'treatment']);
      expect(event!.detail.level).to.equal(level);
      expect(JSON.stringify(event!.detail)).not.to.match(/true|false|stopped|2026-05/);
      if (level === 'defer') expect(event!.detail.earliestDate).to.equal('2026-11-22');
      expect(event!.bubbles && event!.composed).to.equal(true);
    });
  }

  it('links the booking page from results that allow booking (booking-url), never from defer or decline', async () => {
    const markup = html`<mn-contraindication-check clinic-phone="+1 555 0100" timezone="America/New_York" locale="en-US" booking-url="#book"></mn-contraindication-check>`;
    const cases: Array<[string, string[], Record<string, Value>]> = [
      ['clear', ['keloid'], { keloid: false }],
      ...levels.map(([level, ids, answers]) => [level, ids, answers] as [string, string[], Record<string, Value>]),
    ];
    for (const [level, ids, answers] of cases) {
      const el = await make(markup, only(...ids));
      await walk(el, answers);
      await submit(el);
      expect($(el, '[part="result"]')!.classList.contains(level), level).to.equal(true);
      const link = $<HTMLAnchorElement>(el, '[part="result"] .nav a');
      if (level === 'defer' || level === 'decline') expect(link, level).to.equal(null);
      else {
        expect(link?.href, level).to.equal(new URL('#book', document.baseURI).href);
        expect(link!.textContent).to.equal('Book an appointment');
        await expect(el).to.be.accessible();
      }
    }
  });

  it('refuses a booking-url that is not http(s), with a notice and no link', async () => {
    const el = await make(
      html`<mn-contraindication-check clinic-phone="+1 555 0100" booking-url="javascript:alert(1)"></mn-contraindication-check>`,
      only('keloid'),
    );
    expect(notice(el)!.textContent).to.contain('booking-url');
    expect(warn.callCount).to.equal(1);
    await walk(el, { keloid: false });
    await submit(el);
    expect($(el, '[part="result"] a:not([href^="tel:"])')).to.equal(null);
  });

  it('offers the phone neutrally on a clear result, and asks the patient to call when the clinic must check', async () => {
    const el = await make(undefined, only('keloid'));
    const call = () => $(el, '[part="result"] a[href="tel:+15550100"]')!.parentElement!.textContent;
    await walk(el, { keloid: false });
    await submit(el);
    expect(call()).to.equal('Questions? Call us: +1 555 0100');
    el.reset();
    await el.updateComplete;
    $(el, 'h3')!.focus();
    await walk(el, { keloid: true });
    await submit(el);
    expect(el.result!.level).to.equal('consult');
    expect(call()).to.equal('Please call us: +1 555 0100');
  });

  it('adds finding ids (never answers) with share-findings', async () => {
    const el = await make(html`<mn-contraindication-check share-findings></mn-contraindication-check>`, only('keloid', 'lesions'));
    let event: ScreeningCompleteEvent | undefined;
    el.addEventListener('mn-screening-complete', (e) => (event = e));
    await walk(el, { keloid: true, lesions: true });
    await submit(el);
    expect(event!.detail).to.deep.equal({ level: 'consult', treatment: 'no', findings: ['keloid', 'lesions'] });
  });

  it('shows follow-ups under their question and asks for the missing ones', async () => {
    const el = await make(undefined, only('isotretinoin'));
    expect($(el, '[name="isotretinoin.taking"]')).to.equal(null);
    await answerNext(el, true);
    const follow = $(el, 'fieldset fieldset')!;
    expect(follow.querySelector('legend')!.textContent).to.contain('still taking');
    await submit(el);
    // Focus on the missing follow-up, with its message tied to its group.
    expect((active(el) as HTMLInputElement).name).to.equal('isotretinoin.taking');
    const message = $(el, '[id="e-isotretinoin.taking"]')!;
    expect(message.textContent).to.contain('Please answer');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(follow.getAttribute('aria-describedby')).to.equal('e-isotretinoin.taking');
    await expect(el).to.be.accessible();
  });

  it('refuses a stop date in the future with an inline message', async () => {
    const el = await make(undefined, only('isotretinoin'));
    await answerNext(el, true);
    await answerNext(el, false);
    await answerNext(el, '2026-11-22');
    const input = $<HTMLInputElement>(el, '[name="isotretinoin.stopped"]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[id="e-isotretinoin.stopped"]')!.textContent).to.contain('in the future');
    expect(input.max).to.equal('2026-11-21');
    await expect(el).to.be.accessible();
    await submit(el);
    expect($(el, '#review')).to.equal(null);
    input.value = '2026-11-21';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '[id="e-isotretinoin.stopped"]')).to.equal(null);
  });

  it('says so when a date is only half typed', async () => {
    const el = await make(undefined, only('recent-procedure'));
    await answerNext(el, true);
    await answerNext(el, 'Surgery');
    await press(el, 'Tab');
    expect((active(el) as HTMLInputElement).name).to.equal('recent-procedure.date');
    await sendKeys({ type: '02' });
    await submit(el);
    expect($(el, '[id="e-recent-procedure.date"]')!.textContent).to.contain('real date');
    await expect(el).to.be.accessible();
  });

  it('asks the age as a number and refuses an impossible one', async () => {
    const el = await make(undefined, only('age'));
    await answerNext(el, 140);
    await submit(el);
    expect($(el, '[id="e-age"]')!.textContent).to.contain('check this answer');
    expect($(el, 'input[name="age"]')!.closest('label')!.textContent).to.contain('Age in years');
    await expect(el).to.be.accessible();
  });

  it('goes back with the answers kept, and from the review to the last question', async () => {
    const el = await make(undefined, only('keloid', 'lesions'));
    await answerNext(el, true);
    await submit(el);
    expect(active(el)!.id).to.equal('h-lesions');
    const back = $$(el, 'button').find((b) => b.textContent === 'Back') as HTMLButtonElement;
    back.focus();
    await press(el, 'Enter');
    expect(active(el)!.id).to.equal('h-keloid');
    expect($<HTMLInputElement>(el, 'input[name="keloid"]')!.checked).to.equal(true);
    await submit(el);
    await answerNext(el, false);
    await submit(el);
    expect($$(el, 'dd:not(.change)').map((d) => d.textContent)).to.deep.equal(['Yes', 'No']);
    ($$(el, 'button').find((b) => b.textContent === 'Back') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(active(el)!.id).to.equal('h-lesions');
  });

  describe('changing one answer from the review', () => {
    const answers = (el: Check) => $$(el, 'dd:not(.change)').map((d) => d.textContent);
    const changes = (el: Check) => $$(el, 'dd.change > button') as HTMLButtonElement[];

    it('has a Change button per question, named after it, axe clean', async () => {
      const el = await make(undefined, only('pregnancy', 'isotretinoin'));
      await walk(el, { pregnancy: false, isotretinoin: true, 'isotretinoin.taking': true });
      await expect(el).to.be.accessible();
      const buttons = changes(el);
      expect(buttons.map((b) => b.getAttribute('type'))).to.deep.equal(['button', 'button']);
      // Seen: "Change"; heard: the question too, so the buttons are told apart.
      expect(buttons.map((b) => b.textContent)).to.deep.equal([
        'Change: Are you pregnant, trying to conceive, or breastfeeding?',
        'Change: Are you taking isotretinoin (Accutane), or have you taken it in the past year?',
      ]);
      expect(buttons.map((b) => b.querySelector('.sr-only')!.textContent)).to.deep.equal($$(el, 'dt').map((dt) => `: ${dt.textContent}`));
    });

    it('goes to that question by keyboard with the answers kept, and Next returns straight to the review', async () => {
      const el = await make(undefined, only('pregnancy', 'keloid', 'lesions', 'metal-allergy'));
      await walk(el, { pregnancy: false, keloid: true, lesions: false, 'metal-allergy': false });
      await press(el, 'Tab');
      await press(el, 'Tab');
      expect(active(el)!.textContent).to.equal('Change: Do you tend to get raised or thick (keloid) scars?');
      await press(el, 'Enter');
      expect(active(el)!.id, 'focus on the question heading').to.equal('h-keloid');
      expect(sr(el).textContent).to.contain('Question 2 of 4');
      expect($<HTMLInputElement>(el, 'input[name="keloid"]')!.checked).to.equal(true);
      await expect(el).to.be.accessible();
      await answerNext(el, false);
      await submit(el);
      expect(active(el)!.id).to.equal('c-keloid');
      expect(answers(el)).to.deep.equal(['No', 'No', 'No', 'No']);
      await submit(el);
      expect(el.result!.level).to.equal('clear');
    });

    it('asks follow-ups a changed answer opens before returning to the review', async () => {
      const el = await make(undefined, only('isotretinoin', 'keloid'));
      await walk(el, { isotretinoin: false, keloid: false });
      await press(el, 'Tab');
      await press(el, 'Space');
      expect(active(el)!.id).to.equal('h-isotretinoin');
      await answerNext(el, true);
      await submit(el);
      // The follow-up it opened is unanswered: asked here, not skipped.
      expect((active(el) as HTMLInputElement).name).to.equal('isotretinoin.taking');
      expect($(el, '#review')).to.equal(null);
      expect($(el, '[id="e-isotretinoin.taking"]')!.textContent).to.contain('Please answer');
      await press(el, 'ArrowRight');
      await answerNext(el, '2026-05-22');
      await submit(el);
      expect(active(el)!.id).to.equal('c-isotretinoin');
      expect(answers(el)).to.deep.equal(['Yes', 'Are you still taking it: No', 'Date you stopped: May 22, 2026', 'No']);
      await submit(el);
      expect(el.result).to.deep.include({ level: 'defer', earliestDate: '2026-11-22' });
    });

    it('Back from a changed question returns to the review with the answer as it was', async () => {
      const el = await make(undefined, only('keloid', 'lesions'));
      await walk(el, { keloid: true, lesions: false });
      await press(el, 'Tab');
      await press(el, 'Enter');
      expect(active(el)!.id).to.equal('h-keloid');
      await answerNext(el, false);
      // The first question has a second button here, named for what it does: the way back to the review.
      const back = $$(el, 'button').find((b) => b.textContent === 'Cancel change') as HTMLButtonElement;
      back.focus();
      await press(el, 'Enter');
      expect(active(el)!.id).to.equal('c-keloid');
      expect(answers(el)).to.deep.equal(['Yes', 'No']);
    });

    it('returns focus to the Change button it came from, so the keyboard continues from that row; the buttons say what they do meanwhile', async () => {
      const el = await make(undefined, only('pregnancy', 'keloid', 'lesions', 'metal-allergy'));
      const nav = () => $$(el, '.nav > button').map((b) => b.textContent);
      await walk(el, { pregnancy: false, keloid: true, lesions: false, 'metal-allergy': false });
      expect(changes(el).map((b) => b.id)).to.deep.equal(['c-pregnancy', 'c-keloid', 'c-lesions', 'c-metal-allergy']);
      $(el, '#c-lesions')!.focus();
      await press(el, 'Enter');
      expect(active(el)!.id).to.equal('h-lesions');
      expect(nav()).to.deep.equal(['Update and return', 'Cancel change']);
      await expect(el).to.be.accessible();
      await answerNext(el, true);
      await submit(el);
      expect(active(el)!.id).to.equal('c-lesions');
      expect(answers(el)).to.deep.equal(['No', 'Yes', 'Yes', 'No']);
      await press(el, 'Tab');
      expect(active(el)!.id).to.equal('c-metal-allergy');
      // Cancel change restores the answer and also returns to its row.
      await press(el, 'Enter');
      expect(active(el)!.id).to.equal('h-metal-allergy');
      await answerNext(el, true);
      ($$(el, 'button').find((b) => b.textContent === 'Cancel change') as HTMLButtonElement).focus();
      await press(el, 'Enter');
      expect(active(el)!.id).to.equal('c-metal-allergy');
      expect(answers(el)).to.deep.equal(['No', 'Yes', 'Yes', 'No']);
      await expect(el).to.be.accessible();
      // Outside a change the buttons read as before: Back from the review opens the last question.
      expect(nav()).to.deep.equal(['See my result', 'Back']);
      ($$(el, 'button').find((b) => b.textContent === 'Back') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(active(el)!.id).to.equal('h-metal-allergy');
      expect(nav()).to.deep.equal(['Next', 'Back']);
    });

    it('with layout="list": goes to that question on the full page, then back to the review', async () => {
      const el = await make(html`<mn-contraindication-check layout="list"></mn-contraindication-check>`, only('keloid', 'lesions'));
      await answerNext(el, true);
      await answerNext(el, false);
      await submit(el);
      expect(active(el)!.id).to.equal('review');
      await press(el, 'Tab');
      await press(el, 'Tab');
      await press(el, 'Enter');
      expect(active(el)!.id).to.equal('h-lesions');
      expect($$(el, 'form > fieldset').length).to.equal(2);
      await answerNext(el, true);
      await submit(el);
      expect(active(el)!.id).to.equal('c-lesions');
      expect(answers(el)).to.deep.equal(['Yes', 'Yes']);
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await make(undefined, only('isotretinoin', 'recent-procedure'));
        await walk(el, {
          isotretinoin: true,
          'isotretinoin.taking': false,
          'isotretinoin.stopped': '2026-05-22',
          'recent-procedure': true,
          'recent-procedure.kind': 'Ablative',
          'recent-procedure.date': '2026-10-01',
        });
        expect(changes(el).length).to.equal(2);
        for (const box of [el, ...$$(el, 'form, dl, dd, .nav')]) expect(box.scrollWidth, box.localName).to.be.at.most(box.clientWidth + 1);
        for (const button of changes(el)) expect(button.getBoundingClientRect().right).to.be.at.most(320);
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  it('shows every question on one page with layout="list"', async () => {
    const el = await make(html`<mn-contraindication-check layout="list"></mn-contraindication-check>`);
    expect($$(el, 'form > fieldset').length).to.equal(24);
    expect(sr(el).textContent).not.to.contain('Question 1 of');
    await expect(el).to.be.accessible();
    ($(el, 'button:not([type])') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, '.error').length).to.equal(24);
    expect((active(el) as HTMLInputElement).name).to.equal('pregnancy');
    await expect(el).to.be.accessible();
  });

  it('dates the preparation plan from appointment-date, or from a date the patient enters', async () => {
    const el = await make(
      html`<mn-contraindication-check appointment-date="2026-12-10" locale="en-US"></mn-contraindication-check>`,
      only('keloid'),
    );
    await walk(el, { keloid: false });
    await submit(el);
    const text = $(el, '[part="result"]')!.textContent!;
    expect(text).to.contain('From Nov 26, 2026: Avoid sun');
    expect($(el, 'input[name="appointment"]')).to.equal(null);
    expect(el.result!.preparation[0].from).to.equal('2026-11-26');

    const el2 = await make(html`<mn-contraindication-check locale="en-US"></mn-contraindication-check>`, only('keloid'));
    await walk(el2, { keloid: false });
    await submit(el2);
    expect($(el2, '[part="result"]')!.textContent).to.contain('14 days before: Avoid sun');
    const input = $<HTMLInputElement>(el2, 'input[name="appointment"]')!;
    input.value = '2026-12-10';
    input.dispatchEvent(new Event('input'));
    await el2.updateComplete;
    expect($(el2, '[part="result"]')!.textContent).to.contain('From Dec 3, 2026: Stop retinoids');
    await expect(el2).to.be.accessible();
  });

  it('flags an appointment before the earliest date and dates the plan from the earliest date meanwhile; starts steps already due today', async () => {
    const el = await make(undefined, only('isotretinoin'));
    await walk(el, { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-08-01' });
    await submit(el);
    const input = $<HTMLInputElement>(el, 'input[name="appointment"]')!;
    const enter = async (date: string) => {
      input.value = date;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      return $(el, '[part="result"]')!.textContent!;
    };
    expect(input.min).to.equal('2027-02-01');
    let text = await enter('2026-11-25');
    expect($(el, '[part="result"] [role="alert"]')!.textContent).to.contain('before Feb 1, 2027');
    // Not from the rejected date (Nov 11 and Nov 23, 2026): from Feb 1, 2027, the same steps.
    expect(text).to.contain('From Jan 18, 2027: Avoid sun');
    expect(text).to.contain('From Jan 30, 2027: No self-tanner');
    expect(text).not.to.match(/From today|2026:/);
    expect(el.result!.preparation.map((p) => [p.id, p.from])).to.deep.equal([
      ['avoid-sun', '2027-01-18'],
      ['stop-actives', '2027-01-25'],
      ['hair-removal', '2027-01-25'],
      ['bleeding-supplements', '2027-01-29'],
      ['self-tanner', '2027-01-30'],
      ['report-changes', undefined],
    ]);
    await expect(el).to.be.accessible();
    text = await enter('2027-02-10');
    expect($(el, '[part="result"] [role="alert"]')).to.equal(null);
    expect(text).to.contain('From Jan 27, 2027: Avoid sun');

    // An accepted date whose steps have already begun: they start today.
    const el2 = await make(undefined, only('keloid'));
    await walk(el2, { keloid: false });
    await submit(el2);
    const input2 = $<HTMLInputElement>(el2, 'input[name="appointment"]')!;
    input2.value = '2026-11-25';
    input2.dispatchEvent(new Event('input'));
    await el2.updateComplete;
    const text2 = $(el2, '[part="result"]')!.textContent!;
    expect(text2).to.contain('From today: Avoid sun');
    expect(text2).to.contain('From Nov 23, 2026: No self-tanner');
    await expect(el2).to.be.accessible();
  });

  it('dates the plan from the earliest date while appointment-date is before it', async () => {
    const el = await make(
      html`<mn-contraindication-check appointment-date="2026-12-10" timezone="America/New_York" locale="en-US"></mn-contraindication-check>`,
      only('isotretinoin'),
    );
    await walk(el, { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-08-01' });
    await submit(el);
    const text = $(el, '[part="result"]')!.textContent!;
    expect($(el, '[part="result"] [role="alert"]')!.textContent).to.contain('before Feb 1, 2027');
    expect(text).to.contain('From Jan 18, 2027: Avoid sun');
    expect(text).not.to.contain('Nov 26, 2026');
    expect(el.result!.preparation[0]).to.deep.include({ id: 'avoid-sun', from: '2027-01-18' });
  });

  it('does not show a preparation plan when the treatment is not suitable', async () => {
    const el = await make(undefined, only('skin-cancer'));
    await walk(el, { 'skin-cancer': true });
    await submit(el);
    expect($(el, '[part="result"]')!.textContent).not.to.contain('Before your appointment');
  });

  it('starts again from nothing: answers, result and outcome cleared', async () => {
    const el = await make(undefined, only('keloid'));
    await walk(el, { keloid: true });
    await submit(el);
    let resets = 0;
    el.addEventListener('mn-screening-reset', () => resets++);
    ($$(el, 'button').find((b) => b.textContent === 'Start again') as HTMLButtonElement).focus();
    await press(el, 'Enter');
    expect(resets).to.equal(1);
    expect(el.result).to.equal(undefined);
    expect(active(el)!.id).to.equal('h-keloid');
    expect(($$(el, 'input[type="radio"]') as HTMLInputElement[]).some((r) => r.checked)).to.equal(false);
    // reset() does the same from script.
    await walk(el, { keloid: false });
    await submit(el);
    el.reset();
    await el.updateComplete;
    expect(resets).to.equal(2);
    expect($(el, 'fieldset')).to.exist;
    el.reset();
    expect(resets).to.equal(2);
  });

  it('keeps answers out of the URL, storage, cookies and requests', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const setItem = sinon.spy(Storage.prototype, 'setItem');
    const url = location.href;
    const el = await make(undefined, only('pregnancy', 'isotretinoin'));
    await walk(el, { pregnancy: true, isotretinoin: true, 'isotretinoin.taking': true });
    await submit(el);
    expect(el.result!.level).to.equal('defer');
    expect(fetchSpy.called).to.equal(false);
    expect(setItem.called).to.equal(false);
    expect(location.href).to.equal(url);
    expect(document.cookie).to.equal('');
  });

  it('keeps to a real question when the configuration changes mid-way', async () => {
    const el = await make();
    for (let i = 0; i < 3; i++) {
      await answerNext(el, false);
      await submit(el);
    }
    expect(sr(el).textContent).to.contain('Question 4 of 24');
    el.config = only('keloid', 'lesions');
    await el.updateComplete;
    expect(sr(el).textContent).to.contain('Question 2 of 2');
    expect($(el, 'h3')!.id).to.equal('h-lesions');
    expect($(el, 'h3')!.getAttribute('aria-describedby')).to.equal('progress');
  });

  it('fires no event when properties are set from script', async () => {
    const el = await make();
    const spy = sinon.spy();
    el.addEventListener('mn-screening-complete', spy);
    el.addEventListener('mn-screening-reset', spy);
    el.layout = 'list';
    el.config = only('keloid');
    el.appointmentDate = '2026-12-01';
    await el.updateComplete;
    expect(spy.called).to.equal(false);
  });

  describe('clinic configuration', () => {
    it('applies a clinic override from the config property (isotretinoin 12 months, reworded, own item)', async () => {
      const config = {
        items: {
          ...only('isotretinoin').items,
          isotretinoin: { window: { months: 12 }, text: 'Accutane in the last 2 years?' },
          'gold-threads': { text: 'Do you have gold threads in your face?', level: 'decline', why: 'Gold threads rule it out.' },
        },
      };
      const el = await make(undefined, config);
      expect(active(el)!.textContent).to.equal('Accutane in the last 2 years?');
      expect(sr(el).textContent).to.contain('Question 1 of 2');
      await walk(el, { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-05-21', 'gold-threads': false });
      await submit(el);
      expect(el.result).to.deep.include({ level: 'defer', earliestDate: '2027-05-21' });
      expect(notice(el)).to.equal(null);
      el.reset();
      await el.updateComplete;
      $(el, 'h3')!.focus();
      await walk(el, { isotretinoin: false, 'gold-threads': true });
      await submit(el);
      expect($(el, '[part="result"]')!.textContent).to.contain('Gold threads rule it out.');
    });

    it('reads an inline JSON script child', async () => {
      const el = await make(html`<mn-contraindication-check
        ><script type="application/json">
          { "items": { "pregnancy": { "hidden": true } } }
        </script></mn-contraindication-check
      >`);
      expect(sr(el).textContent).to.contain('Question 1 of 23');
      expect($(el, 'h3')!.id).to.equal('h-bleeding-disorder');
    });

    it('loads config-src, showing a loading state meanwhile', async () => {
      let resolve!: (r: Response) => void;
      const stub = sinon.stub(window, 'fetch').returns(new Promise((r) => (resolve = r)));
      const el = await fixture<Check>(html`<mn-contraindication-check config-src="/clinic/screening.json"></mn-contraindication-check>`);
      expect(stub.firstCall.args[0]).to.equal(new URL('/clinic/screening.json', document.baseURI).href);
      expect((stub.firstCall.args[1] as RequestInit).signal).to.be.instanceOf(AbortSignal);
      expect($(el, 'fieldset')).to.equal(null);
      expect(sr(el).textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
      resolve(new Response(JSON.stringify(only('keloid'))));
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect($(el, 'h3')!.id).to.equal('h-keloid');
      expect(notice(el)).to.equal(null);
    });

    it('falls back to the defaults with a notice when config-src is unreachable', async () => {
      sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
      const el = await fixture<Check>(
        html`<mn-contraindication-check config-src="https://clinic.example/screening.json"></mn-contraindication-check>`,
      );
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(notice(el)!.textContent).to.contain('config-src');
      expect(sr(el).textContent).to.contain('Question 1 of 24');
      expect(warn.callCount).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('falls back to the defaults with a notice naming the bad field for a broken config', async () => {
      const el = await make(undefined, { items: { isotretinoin: { window: { months: 'twelve' } } } });
      expect(notice(el)!.textContent).to.contain('config items.isotretinoin.window=');
      expect(notice(el)!.textContent).to.contain('twelve');
      expect(warn.callCount).to.equal(1);
      expect(sr(el).textContent).to.contain('Question 1 of 24');
      await expect(el).to.be.accessible();
      const el2 = await make(
        html`<mn-contraindication-check><script type="application/json">{ "items": </script></mn-contraindication-check>`,
      );
      expect(notice(el2)!.textContent).to.contain('config');
      expect(sr(el2).textContent).to.contain('Question 1 of 24');
    });

    it('refuses a config-src that is not http(s)', async () => {
      const stub = sinon.stub(window, 'fetch');
      const el = await fixture<Check>(html`<mn-contraindication-check config-src="javascript:alert(1)"></mn-contraindication-check>`);
      expect(notice(el)!.textContent).to.contain('config-src');
      expect(stub.called).to.equal(false);
      expect(sr(el).textContent).to.contain('Question 1 of 24');
    });
  });

  it('shows a notice for bad attributes and uses the defaults', async () => {
    const el = await fixture<Check>(
      html`<mn-contraindication-check layout="grid" appointment-date="2026-02-30"></mn-contraindication-check>`,
    );
    const text = notice(el)!.textContent!;
    expect(text).to.contain('layout="grid"');
    expect(text).to.contain('appointment-date="2026-02-30"');
    expect(warn.callCount).to.equal(2);
    expect(sr(el).textContent).to.contain('Question 1 of 24');
    await expect(el).to.be.accessible();
  });

  it('inside <mn-clinic>: uses the clinic’s phone and timezone, and passes the outcome on', async () => {
    const clinic = await fixture<MnClinic>(
      html`<mn-clinic phone="+1 555 0199" timezone="Pacific/Kiritimati" locale="en-GB"><mn-contraindication-check></mn-contraindication-check></mn-clinic>`,
    );
    const el = clinic.querySelector('mn-contraindication-check')!;
    el.now = new Date('2026-11-21T10:30:00Z'); // already 2026-11-22 in Kiritimati (UTC+14)
    el.config = only('isotretinoin');
    await el.updateComplete;
    $(el, 'h3')!.focus();
    await walk(el, { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-05-22' });
    await submit(el);
    expect(el.result!.level).to.equal('clear');
    expect($(el, '[part="result"] a')!.getAttribute('href')).to.equal('tel:+15550199');
    // Widgets after it follow it through the outcome context, answered for the whole document.
    let outcome: unknown;
    const widget = clinic.appendChild(document.createElement('div'));
    widget.dispatchEvent(new ContextEvent(outcomeContext, widget, (v) => (outcome = v)));
    expect(outcome).to.deep.equal({ level: 'clear', treatment: 'yes' });
  });

  it('fits 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await make(undefined, only('isotretinoin', 'recent-procedure'));
      await answerNext(el, true);
      await answerNext(el, false);
      for (const box of [el, ...$$(el, 'fieldset, .options, .nav')])
        expect(box.scrollWidth, box.localName).to.be.at.most(box.clientWidth + 1);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
