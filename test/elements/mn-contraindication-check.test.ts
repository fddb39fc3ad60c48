import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import { DEFAULT_RULES } from '../../src/domain/screening/items.js';
import type { MnClinic } from '../../src/elements/mn-clinic/mn-clinic.js';
import type { MnContraindicationCheck } from '../../src/elements/mn-contraindication-check/mn-contraindication-check.js';
import { ScreeningCompleteEvent } from '../../src/events.js';
import { screening } from '../../src/i18n/en/screening.js';
import { type AxNode, axNodes, listen, settle } from './listen.js';
import { ContextEvent } from '@lit/context';
import { outcomeContext } from '../../src/context/clinic.js';

type Check = MnContraindicationCheck;
type Value = boolean | number | string | string[];

const NOW = new Date('2026-11-21T17:00:00Z');
const ALL = DEFAULT_RULES.items.map((i) => i.id);
/** Every default answered no, aged 34: a patient with nothing to report. */
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
/** Text as read, spaces normalised (dates are kept on one line with no-break spaces). */
const text = (el: Element, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const said = text;
const findings = (el: Element) =>
  $$(el, '[part="result"] > ul:first-of-type > li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const primary = (el: Element) => $$(el, 'button:not([type])') as HTMLButtonElement[];

async function press(el: Check, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Answers the control that has focus with the keyboard alone (a radio group: from the radio Tab lands on). */
async function answer(el: Check, input: HTMLInputElement, value: Value) {
  if (input.type === 'radio') {
    const group = $$(el, `input[name="${input.name}"]`) as HTMLInputElement[];
    const index = group.findIndex((r) => r.value === String(value));
    const from = group.indexOf(input);
    if (index === from && !input.checked) await press(el, 'Space');
    for (let k = from; k < index; k++) await press(el, 'ArrowRight');
    for (let k = from; k > index; k--) await press(el, 'ArrowLeft');
  } else if (input.type === 'checkbox') {
    if (input.checked !== (value as string[]).includes(input.value)) await press(el, 'Space');
  } else if (input.type === 'date') {
    // Date segments depend on the browser's locale: set the value as the picker would.
    if (input.value === value) return;
    input.value = value as string;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  } else if (!input.value) {
    await sendKeys({ type: String(value) });
    await el.updateComplete;
  }
}

/** Tab to the next control, then answer it. */
async function answerNext(el: Check, value: Value) {
  await press(el, 'Tab');
  await answer(el, active(el) as HTMLInputElement, value);
}

/** Tabs through one screen, answering each control named in `answers`, then presses Enter on its primary button. */
async function screen(el: Check, answers: Record<string, Value>) {
  for (let i = 0; i < 100; i++) {
    await press(el, 'Tab');
    const a = active(el) as HTMLInputElement;
    expect(a, 'focus stays in the widget').to.exist;
    if (a.localName === 'button' && !a.getAttribute('type')) return press(el, 'Enter');
    if (a.localName === 'input' && a.name in answers) await answer(el, a, answers[a.name]);
  }
}

/** Answers every screen by keyboard, through to the review. */
async function walk(el: Check, answers: Record<string, Value>) {
  for (let guard = 0; guard < 30 && !$(el, '#review'); guard++) await screen(el, answers);
  expect(active(el)!.id).to.equal('review');
}

/** Tabs to the primary (submit) button and presses Enter. */
async function submit(el: Check) {
  for (let i = 0; i < 60 && !(active(el)?.localName === 'button' && !active(el)!.getAttribute('type')); i++) await press(el, 'Tab');
  await press(el, 'Enter');
}

/** Focus on the screen's heading, as after a step. */
async function start(el: Check) {
  $(el, 'form [role="heading"]')!.focus();
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

/**
 * A patient with nothing to report, by keyboard, the way Tab goes: Tab to each control, an arrow
 * to "No" (the second radio), the age typed, Enter on the primary button; the review included.
 */
async function keyPresses(el: Check): Promise<number> {
  let keys = 0;
  const key = async (k: string) => {
    keys++;
    await press(el, k);
  };
  for (let i = 0; i < 400 && !$(el, '[part="result"]'); i++) {
    await key('Tab');
    const a = active(el) as HTMLInputElement;
    if (a.localName === 'button' && !a.getAttribute('type')) await key('Enter');
    else if (a.type === 'radio' && !($$(el, `input[name="${a.name}"]`) as HTMLInputElement[]).some((r) => r.checked))
      await key('ArrowRight');
    else if (a.type === 'number' && !a.value) for (const digit of '34') await key(digit);
  }
  return keys;
}

/** The same patient on a phone: a tap on each "No", a tap on the age field and two on the keypad, a tap on each primary button. */
async function taps(el: Check): Promise<number> {
  let count = 0;
  for (let i = 0; i < 200 && !$(el, '[part="result"]'); i++) {
    const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[];
    const open = radios.find((r) => !radios.some((o) => o.name === r.name && o.checked));
    const age = $<HTMLInputElement>(el, 'input[type="number"]');
    if (open) {
      radios.filter((r) => r.name === open.name)[1].click();
      count++;
    } else if (age && !age.value) {
      age.value = '34';
      age.dispatchEvent(new Event('input', { bubbles: true }));
      count += 3;
    } else {
      primary(el)[0].click();
      count++;
    }
    await el.updateComplete;
  }
  return count;
}

describe('<mn-contraindication-check>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  it('is accessible at the first screen, says answers stay private, and shows the themed step', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
    // The screening notice from the first screen on (CLINICAL.md section 4), then privacy.
    expect($(el, '.privacy')!.textContent).to.equal(
      'This check is a screening, not medical advice: the list is not complete, and your clinician decides. Your answers stay on this page: nothing is saved or sent.',
    );
    expect(text(el, '#progress')).to.equal('Step 1 of 4');
    const title = $(el, 'form > [role="heading"]')!;
    expect([title.textContent, title.getAttribute('aria-level'), title.getAttribute('aria-describedby')]).to.deep.equal([
      'You and your medicines',
      '3',
      'progress',
    ]);
    // Each item its own fieldset with its question as legend (a level-4 heading), follow-ups inline.
    expect($$(el, 'form > fieldset legend [role="heading"]').map((h) => h.textContent)).to.deep.equal([
      'How old are you?',
      'Are you pregnant or breastfeeding?',
      'Do you take blood thinners or a daily aspirin?',
      'Are you taking isotretinoin (Accutane), or have you taken it in the past year?',
      'Are you having chemotherapy, radiation therapy, or steroid tablets or injections, now or soon?',
      'Is your immune system weak, or do you take medicine that suppresses it?',
    ]);
    expect($(el, 'legend [role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    expect($$(el, 'input[type="radio"][name="pregnancy"]').length).to.equal(2);
    expect(warn.called).to.equal(false);
  });

  it('names each question and its choices in the accessibility tree, never invalid before an answer', async () => {
    const el = await make(html`<mn-contraindication-check id="ax" locale="en-US"></mn-contraindication-check>`);
    const tree = await executeServerCommand<AxNode, { selector: string }>('a11y-tree', { selector: '#ax' });
    const groups = axNodes(tree).filter((n) => n.role === 'group');
    expect(groups.map((g) => g.name)).to.deep.equal($$(el, 'legend [role="heading"]').map((h) => h.textContent));
    for (const g of groups.slice(1)) {
      const radios = axNodes(g).filter((n) => n.role === 'radio');
      expect(
        radios.map((r) => [r.name, r.invalid]),
        g.name,
      ).to.deep.equal([
        ['Yes', undefined],
        ['No', undefined],
      ]);
    }
    expect(axNodes(groups[0]).find((n) => n.role === 'spinbutton')!.name).to.equal('Age in years');
    const heading = axNodes(tree).find((n) => n.role === 'heading')!;
    expect([heading.name, heading.level, heading.description]).to.deep.equal(['You and your medicines', 3, 'Step 1 of 4']);
    // The follow-ups a yes opens are named too: the procedures are checkboxes in their own group.
    el.config = only('recent-procedure');
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="recent-procedure"][value="true"]')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[value="surgery"]')!.click();
    await el.updateComplete;
    const after = axNodes(await executeServerCommand<AxNode, { selector: string }>('a11y-tree', { selector: '#ax' }));
    const kinds = after.find((n) => n.role === 'group' && n.name === 'Which ones? Choose all that apply.')!;
    expect(
      axNodes(kinds)
        .filter((n) => n.role === 'checkbox')
        .map((n) => n.name),
    ).to.deep.equal(Object.values(screening.kinds));
    expect(after.find((n) => n.role === 'textbox' || (n.name ?? '').startsWith('Surgery:'))!.name).to.equal(
      'Surgery: date of the last one',
    );
  });

  it('renders its first screen, in a clinic, without starting a date or number formatter', async () => {
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
    expect(sr(el).textContent).to.contain('Step 1 of 4');
    for (const spy of [...formatters, ...dates]) expect(spy.called, String(spy)).to.equal(false);
  });

  it('walks every default question by keyboard on four themed screens to a clear result, axe clean at every step', async function () {
    this.timeout(60000);
    const el = await make();
    const events: ScreeningCompleteEvent[] = [];
    el.addEventListener('mn-screening-complete', (e) => events.push(e));
    const live = listen(el);
    const titles = [];
    for (let step = 1; step <= 4; step++) {
      expect(text(el, '#progress')).to.equal(`Step ${step} of 4`);
      expect(active(el)!.getAttribute('role'), 'focus on the screen heading').to.equal('heading');
      titles.push(active(el)!.textContent);
      await expect(el).to.be.accessible();
      await screen(el, NO);
    }
    expect(titles).to.deep.equal(['You and your medicines', 'Health and allergies', 'Your skin', 'Sun, skin type and recent procedures']);
    expect(active(el)!.id).to.equal('review');
    await expect(el).to.be.accessible();
    expect($$(el, 'dt').length).to.equal(24);
    // "See my result" comes before the answers (and again after them).
    expect(sr(el).querySelector('#review + .nav > button')!.textContent).to.equal('See my result');
    await submit(el);
    await settle();
    expect(active(el)!.id).to.equal('result');
    expect(text(el, '#result')).to.equal('You can book an appointment.');
    // Said once: by the focused heading, not again by a live region.
    expect(live.said).to.deep.equal([]);
    expect($(el, '[part="result"] a[href^="tel:"]')!.parentElement!.textContent).to.equal('Questions? Call us: +1 555 0100');
    await expect(el).to.be.accessible();
    expect(events.map((e) => e.detail)).to.deep.equal([{ level: 'clear', treatment: 'yes' }]);
    expect(el.result!.level).to.equal('clear');
  });

  it('takes at most 60 key presses and 34 taps for a patient with nothing to report (was 123 and 51 one at a time)', async function () {
    this.timeout(60000);
    const counts: Record<string, [number, number]> = {};
    for (const layout of ['grouped', 'one-at-a-time', 'list']) {
      const keys = await keyPresses(await make(html`<mn-contraindication-check layout=${layout}></mn-contraindication-check>`));
      const tapped = await taps(await make(html`<mn-contraindication-check layout=${layout}></mn-contraindication-check>`));
      counts[layout] = [keys, tapped];
    }
    console.info('key presses and taps, nothing to report:', JSON.stringify(counts));
    // Tab, an arrow per radio, two digits, Tab and Enter per screen, two on the review.
    expect(counts.grouped).to.deep.equal([59, 31]);
    expect(counts.grouped[0]).to.be.at.most(60);
    expect(counts.grouped[1]).to.be.at.most(34);
  });

  it('keeps native radios: focus stays on the answer, never jumps on by itself', async () => {
    const el = await make(undefined, only('pregnancy', 'anticoagulants'));
    await answerNext(el, false);
    const radio = active(el) as HTMLInputElement;
    expect([radio.name, radio.value, radio.checked]).to.deep.equal(['pregnancy', 'false', true]);
    await new Promise((r) => setTimeout(r, 50));
    expect(active(el)).to.equal(radio);
  });

  const iso = { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-05-22' };
  const surgery = { 'recent-procedure': true, 'recent-procedure.kinds': ['surgery'], 'recent-procedure.surgery': '2026-10-01' };
  // level, items asked, answers, headline, a finding as said (CLINICAL.md section 5), what the result offers (booking-url)
  const levels: Array<[string, string[], Record<string, Value>, string, string, string[]]> = [
    [
      'advice',
      ['cold-sore-history', 'age'],
      { 'cold-sore-history': true, age: 20 },
      'You can book an appointment. Please read the notes first.',
      'You have had cold sores. The FDA lists this as something to discuss with your clinician, who may give you antiviral medicine before treatment. When you book, ask the clinic whether you need it.',
      ['Book an appointment'],
    ],
    [
      'consult',
      ['anticoagulants', 'skin-condition'],
      { anticoagulants: true, 'skin-condition': true, 'skin-condition.flaring': false },
      'Please book a consultation first.',
      'You take blood thinners or a daily aspirin. The FDA lists this as a reason to check with your clinician before treatment. Don’t stop or change them for this treatment unless your doctor says so.',
      ['Book a consultation'],
    ],
    [
      'defer',
      ['isotretinoin', 'pregnancy'],
      { ...iso, pregnancy: false },
      'Please wait: the earliest date for treatment is Nov 22, 2026. Your clinician will confirm.',
      'You stopped isotretinoin (Accutane) on May 22, 2026. The FDA advises waiting after the last dose: the clinic waits 6 months. From Nov 22, 2026, this wait is over.',
      ['Book an appointment from Nov 22, 2026', 'Book a consultation'],
    ],
    [
      'defer',
      ['pregnancy'],
      { pregnancy: true },
      'Please wait before treatment.',
      'You are pregnant or breastfeeding. The FDA lists this as a reason to wait. When this no longer applies, contact the clinic to book your treatment.',
      ['Book a consultation'],
    ],
    [
      'decline',
      ['metal-allergy', 'recent-procedure'],
      { 'metal-allergy': true, ...surgery },
      'Let’s talk about other options.',
      'You are allergic to stainless steel or nickel. The FDA lists this as a reason not to have microneedling. We don’t offer microneedling with this allergy.',
      ['Book a consultation'],
    ],
  ];
  for (const [level, ids, answers, headline, said, offers] of levels) {
    it(`reaches ${level} (${offers.join(', ')}) by keyboard: findings said plainly; the event carries the level and what may be booked, never answers`, async () => {
      const el = await make(undefined, only(...ids));
      let event: ScreeningCompleteEvent | undefined;
      el.addEventListener('mn-screening-complete', (e) => (event = e));
      await walk(el, answers);
      await expect(el).to.be.accessible();
      await submit(el);
      const result = $(el, '[part="result"]')!;
      expect(result.classList.contains(level)).to.equal(true);
      expect(text(el, '#result')).to.equal(headline);
      expect(findings(el)).to.include(said);
      expect(active(el)!.id).to.equal('result');
      const open = offers[0].startsWith('Book an appointment');
      expect(result.querySelector('a[href="tel:+15550100"]')!.parentElement!.textContent).to.equal(
        `${open ? 'Questions? Call us:' : 'Call us:'} +1 555 0100`,
      );
      // The screening notice stays on screen above the result; it is no longer repeated in the notes.
      expect(text(el, '.privacy')).to.contain('your clinician decides');
      expect(result.textContent).not.to.contain('your clinician decides');
      // The preparation plan only where treatment may be booked.
      expect(result.textContent!.includes('Before your appointment')).to.equal(open);
      await expect(el).to.be.accessible();
      expect(Object.keys(event!.detail).filter((k) => k !== 'earliestDate')).to.deep.equal(['level', 'treatment']);
      expect(event!.detail.level).to.equal(level);
      expect(JSON.stringify(event!.detail)).not.to.match(/true|false|stopped|2026-05/);
      expect(event!.detail.earliestDate).to.equal(headline.includes('earliest date') ? '2026-11-22' : undefined);
      expect(event!.bubbles && event!.composed).to.equal(true);
    });
  }

  it('offers what each outcome lets the patient book (CLINICAL.md section 1), both to booking-url', async () => {
    const markup = html`<mn-contraindication-check clinic-phone="+1 555 0100" timezone="America/New_York" locale="en-US" booking-url="#book"></mn-contraindication-check>`;
    const cases: Array<[string[], Record<string, Value>, string[]]> = [
      [['keloid'], { keloid: false }, ['Book an appointment']],
      ...levels.map(([, ids, answers, , , offers]) => [ids, answers, offers] as [string[], Record<string, Value>, string[]]),
      // A consult finding keeps online treatment booking closed, even beside a dated deferral.
      [['anticoagulants', 'isotretinoin'], { anticoagulants: true, ...iso }, ['Book a consultation']],
    ];
    for (const [ids, answers, offers] of cases) {
      const el = await make(markup, only(...ids));
      await walk(el, answers);
      await submit(el);
      const links = $$(el, '[part="result"] a.button') as HTMLAnchorElement[];
      expect(
        links.map((a) => a.textContent!.replace(/\s/g, ' ')),
        ids.join(),
      ).to.deep.equal(offers);
      for (const a of links) expect(a.href).to.equal(new URL('#book', document.baseURI).href);
      await expect(el).to.be.accessible();
    }
    // Without booking-url: no links, the phone only.
    const el = await make(undefined, only('keloid'));
    await walk(el, { keloid: true });
    await submit(el);
    expect($$(el, '[part="result"] a.button')).to.deep.equal([]);
    expect(text(el, '[part="result"] a[href^="tel:"]')).to.equal('+1 555 0100');
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

  it('adds finding ids (never answers) with share-findings', async () => {
    const el = await make(html`<mn-contraindication-check share-findings></mn-contraindication-check>`, only('keloid', 'lesions'));
    let event: ScreeningCompleteEvent | undefined;
    el.addEventListener('mn-screening-complete', (e) => (event = e));
    await walk(el, { keloid: true, lesions: true });
    await submit(el);
    expect(event!.detail).to.deep.equal({ level: 'consult', treatment: 'no', findings: ['keloid', 'lesions'] });
  });

  it('asks for several recent procedures with a date each; says each one still waiting with its own date (the latest wins), and "not sure" goes to a clinician', async () => {
    const el = await make(undefined, only('recent-procedure'));
    await answerNext(el, true);
    // Checkboxes under the question, in their own group; a date for each one chosen.
    expect(text(el, 'fieldset fieldset legend')).to.equal('Which ones? Choose all that apply.');
    expect($$(el, 'input[type="date"]')).to.have.length(0);
    await walk(el, {
      'recent-procedure.kinds': ['injectables', 'laser-ablative', 'other'],
      'recent-procedure.injectables': '2026-11-15',
      'recent-procedure.laser-ablative': '2026-10-01',
      'recent-procedure.other': '2026-09-01',
    });
    expect($$(el, 'dd:not(.change)').map((d) => d.textContent!.replace(/\s/g, ' '))).to.deep.equal([
      'Yes',
      'Which ones: Injectables (fillers or anti-wrinkle injections), Resurfacing laser that removed skin (ablative), Something else, or not sure which',
      'Injectables (fillers or anti-wrinkle injections): date of the last one: Nov 15, 2026',
      'Resurfacing laser that removed skin (ablative): date of the last one: Oct 1, 2026',
      'Something else, or not sure which: date of the last one: Sep 1, 2026',
    ]);
    await submit(el);
    expect(el.result).to.deep.include({ level: 'defer', treatment: 'no', earliestDate: '2026-12-24' });
    // Every procedure still waiting is said, not only the latest: none is hidden.
    expect(findings(el)).to.deep.equal([
      'You had fillers or anti-wrinkle injections on Nov 15, 2026. The clinic waits 2 weeks after it before treatment. From Nov 29, 2026, this wait is over.',
      'You had an ablative (resurfacing) laser procedure on Oct 1, 2026. The clinic waits 12 weeks after it before treatment. From Dec 24, 2026, this wait is over.',
      'You had a procedure on Sep 1, 2026 that isn’t on our list, or you’re not sure which it was. There is no official waiting time after it, so your clinician will check first.',
    ]);
    // A consultation is needed now: the heading says so, above the dated waits.
    expect(text(el, '#result')).to.equal('Please book a consultation first.');
  });

  it('says a cold sore now means a history of cold sores too, with the antiviral step', async () => {
    const el = await make(undefined, only('cold-sore-now', 'cold-sore-history'));
    await walk(el, { 'cold-sore-now': true, 'cold-sore-history': false });
    await submit(el);
    expect(el.result!.findings.map((f) => f.id)).to.deep.equal(['cold-sore-now', 'cold-sore-history']);
    const said = text(el, '[part="result"]');
    expect(said).to.contain(
      'You have a cold sore now. The FDA lists this as a reason to wait. When it has healed, contact the clinic to book your treatment.',
    );
    expect(said).to.contain('You have had cold sores.');
  });

  describe('findings as the clinical review asked (issue 14 review)', () => {
    it('a flare defers, and still needs a consultation once calm (the condition itself is a consult finding)', async () => {
      const el = await make(undefined, only('skin-condition'));
      await walk(el, { 'skin-condition': true, 'skin-condition.flaring': true });
      await submit(el);
      expect(el.result).to.deep.include({ level: 'defer', treatment: 'no' });
      expect(findings(el)).to.deep.equal([
        'You have a long-term skin condition that is flaring up in the treatment area now. The FDA lists this as a reason to wait. When it has calmed down, please book a consultation so your clinician can check your skin.',
      ]);
    });

    it('a consultation needed beside a dated wait: the heading asks for the consultation, the wait keeps its date', async () => {
      const el = await make(undefined, only('anticoagulants', 'isotretinoin'));
      await walk(el, { anticoagulants: true, isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-09-21' });
      await submit(el);
      expect(el.result).to.deep.include({ level: 'defer', treatment: 'no', earliestDate: '2027-03-21' });
      expect(text(el, '#result')).to.equal('Please book a consultation first.');
      expect(findings(el)[1]).to.contain('From Mar 21, 2027, this wait is over.');
    });

    it('a clinic that makes recent procedures a consultation: a dated one keeps its waiting time as its reason', async () => {
      const el = await make(undefined, { items: { ...only('recent-procedure').items, 'recent-procedure': { level: 'consult' } } });
      await walk(el, { 'recent-procedure': true, 'recent-procedure.kinds': ['surgery'], 'recent-procedure.surgery': '2026-10-01' });
      await submit(el);
      // It read "There is no official waiting time after it", beside the clinic's own wait and its date.
      expect(findings(el)).to.deep.equal([
        'You had surgery in the treatment area on Oct 1, 2026. The clinic waits 12 months after it before treatment. From Oct 1, 2027, this wait is over.',
      ]);
    });

    it('still taking isotretinoin: never a nudge to stop it, and no promise of a date', async () => {
      const el = await make(undefined, only('isotretinoin'));
      await walk(el, { isotretinoin: true, 'isotretinoin.taking': true });
      await submit(el);
      expect(findings(el)).to.deep.equal([
        'You are taking isotretinoin (Accutane). The FDA advises waiting after the last dose: the clinic waits 6 months. Please don’t stop isotretinoin for this treatment; your prescriber decides. From 6 months after your last dose, contact the clinic.',
      ]);
    });

    it('keeps a date on one line in the booking button', async () => {
      const el = await make(
        html`<mn-contraindication-check clinic-phone="+1 555 0100" timezone="America/New_York" locale="en-US" booking-url="#book"></mn-contraindication-check>`,
        only('isotretinoin'),
      );
      await walk(el, { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-07-12' });
      await submit(el);
      expect($(el, 'a.button')!.textContent).to.equal('Book an appointment from Jan\u00a012,\u00a02027');
    });

    it('names the FDA in full for a British clinic, in British spelling', async () => {
      const el = await make(
        html`<mn-contraindication-check clinic-phone="+44 20 7946 0000" timezone="Europe/London" locale="en-GB"></mn-contraindication-check>`,
        only('cancer-treatment', 'isotretinoin', 'active-acne'),
      );
      await walk(el, {
        'cancer-treatment': true,
        isotretinoin: true,
        'isotretinoin.taking': false,
        'isotretinoin.stopped': '2026-08-31',
        'active-acne': true,
      });
      await submit(el);
      expect(findings(el)).to.deep.equal([
        'You stopped isotretinoin (Accutane) on 31 Aug 2026. The US Food and Drug Administration (FDA) advises waiting after the last dose: the clinic waits 6 months. From 28 Feb 2027, this wait is over.',
        'You are having, or will soon have, chemotherapy, radiotherapy, or steroid tablets or injections. The US Food and Drug Administration (FDA) lists this as a reason to check with your clinician before treatment.',
        'You have inflamed or cystic acne breakouts in the treatment area now. The main trial of a US-authorised microneedling device did not include people with active acne. When it is under control, contact the clinic to book your treatment.',
      ]);
      expect(text(el, '[part="result"]')).not.to.match(/The FDA\b|FDA-authori/);
    });
  });

  it('shows the antiviral step first in the plan after a cold-sore finding only', async () => {
    const el = await make(undefined, only('cold-sore-history'));
    await walk(el, { 'cold-sore-history': true });
    await submit(el);
    const steps = () => $$(el, '[part="result"] > ul:nth-of-type(2) > li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(steps()[0]).to.equal('When you book, ask the clinic whether you need antiviral medicine before your treatment.');
    const el2 = await make(undefined, only('cold-sore-history'));
    await walk(el2, { 'cold-sore-history': false });
    await submit(el2);
    expect(text(el2, '[part="result"]')).not.to.contain('antiviral');
  });

  describe('the clinic’s country (region, else its locale’s region, never the browser’s)', () => {
    // clinic attributes → the 18 to 21 advice and the US notice
    const cases: Array<[string, string, boolean]> = [
      ['a US clinic', 'region="US"', true],
      ['region wins over the locale', 'region="GB" locale="en-US"', false],
      ['a London clinic by its locale', 'locale="en-GB"', false],
      ['a German clinic', 'locale="de-DE"', false],
      ['locale without a region: unknown, so the US notice', 'locale="en"', true],
      ['nothing configured: unknown', '', true],
    ];
    for (const [name, attrs, us] of cases) {
      it(`${name}: ${us ? 'the' : 'no'} 18 to 21 advice and US notice`, async () => {
        const clinic = await fixture<MnClinic>(
          `<mn-clinic phone="+1 555 0100" timezone="Europe/London" ${attrs}><mn-contraindication-check></mn-contraindication-check></mn-clinic>`,
        );
        const el = clinic.querySelector('mn-contraindication-check')!;
        el.now = NOW;
        el.config = only('age');
        await el.updateComplete;
        await start(el);
        await walk(el, { age: 20 });
        await submit(el);
        expect(el.result!.findings.map((f) => f.code)).to.deep.equal(us ? ['under-22'] : []);
        // What we understood is the age given, not a range.
        expect(text(el, '[part="result"]').includes('You are 20. In the US, the FDA has authorized')).to.equal(us);
        expect(text(el, '[part="result"]').includes('In the US, microneedling devices are authorized')).to.equal(us);
        expect(text(el, '[part="result"]').includes('FDA has authorized')).to.equal(us);
        await expect(el).to.be.accessible();
        // Under 18 is a consult everywhere.
        el.reset();
        await el.updateComplete;
        await start(el);
        await walk(el, { age: 17 });
        await submit(el);
        expect(el.result!.level).to.equal('consult');
        expect(text(el, '[part="result"]')).to.contain(
          'You are under 18. Treatment under 18 needs the consent of a parent or guardian. Please book a consultation with a parent or guardian.',
        );
      });
    }
  });

  it('gives a clinic’s own question a finding in the generic form, with its own reason', async () => {
    const config = {
      items: {
        ...only().items,
        'gold-threads': { text: 'Do you have gold threads in your face?', level: 'consult' },
        'silk-lift': { text: 'Have you had a silk lift?', level: 'decline', why: 'Our clinician has not treated skin after a silk lift.' },
      },
    };
    const el = await make(undefined, config);
    await walk(el, { 'gold-threads': true, 'silk-lift': true });
    await submit(el);
    expect(findings(el)).to.deep.equal([
      'You answered “Yes” to “Do you have gold threads in your face?” The clinic asks about this before treatment.',
      'You answered “Yes” to “Have you had a silk lift?” Our clinician has not treated skin after a silk lift. We don’t offer microneedling in this case.',
    ]);
    // The next steps once, above the button: the heading, not each finding.
    expect(text(el, '#result')).to.equal('Let’s talk about other options.');
  });

  it('says every finding as a statement, never the question, and with no verdict (CLINICAL.md section 5)', async function () {
    this.timeout(30000);
    // Every item and branch answered yes at once (the procedures: every kind), in a US clinic.
    const yes: Record<string, Value> = {
      ...Object.fromEntries(DEFAULT_RULES.items.map((i) => [i.id, i.kind === 'age' ? 20 : true])),
      'isotretinoin.taking': false,
      'isotretinoin.stopped': '2026-09-01',
      'skin-condition.flaring': true,
      'recent-procedure.kinds': Object.keys(screening.kinds),
      ...Object.fromEntries(Object.keys(screening.kinds).map((k) => [`recent-procedure.${k}`, '2026-11-01'])),
    };
    const variants: Array<Record<string, Value>> = [
      yes,
      { ...yes, age: 16, 'isotretinoin.taking': true, 'skin-condition.flaring': false, 'recent-procedure.kinds': ['peel'] },
    ];
    // The questions and the follow-ups' labels.
    const questions = [...Object.values(screening.ask), ...Object.values(screening.labels)];
    let count = 0;
    for (const answers of variants) {
      const el = await make(html`<mn-contraindication-check layout="list" locale="en-US" region="US"></mn-contraindication-check>`);
      await walk(el, answers);
      await submit(el);
      for (const li of $$(el, '[part="result"] > ul:first-of-type > li')) {
        const said = li.textContent!.replace(/\s+/g, ' ').trim();
        count++;
        expect(said, 'a statement').not.to.match(/\?/);
        expect(
          questions.some((q) => said.includes(q)),
          said,
        ).to.equal(false);
        expect(said, 'no verdict').not.to.match(/\brul(e|es|ed)\b.*\bout\b|not for you|not suitable|must not/i);
        // One term per idea: no "procedure" for microneedling, no "visit" for the appointment.
        expect(said).not.to.match(/\bvisit\b|microneedling procedure/i);
        // One date format on the screen.
        expect(said).not.to.match(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|November|December)/);
        // Section 5's terms: "your clinician" decides, never "a clinician"; nobody is told to ask a
        // clinician when they book (the clinic takes bookings).
        expect(said).not.to.match(/\ba clinician\b|ask your clinician about it when you book/i);
        // The next step a heading gives (a consultation, other options) is said once, not by every finding.
        expect(said).not.to.match(/Please book a consultation\.$|other options/);
        // No promise of a date: a wait is over from a date; the clinician still decides.
        expect(said).not.to.match(/treatment can follow|treatment is possible/i);
      }
      await expect(el).to.be.accessible();
    }
    expect(count).to.be.at.least(24);
    // The texts themselves, wherever a finding takes them from.
    const texts = [
      ...[...Object.values(screening.findings), screening.own]
        .flatMap((f) => [f.said, f.why, ...Object.values(f.then ?? {})])
        .filter((t) => t !== undefined),
      ...Object.values(screening.then),
      ...Object.values(screening.headline),
    ];
    for (const t of texts) expect(t).not.to.match(/\?$|\brul(e|es|ed)\b.*\bout\b|not for you/i);
  });

  it('shows follow-ups under their question and asks for the missing ones: one summary, focus on the first', async () => {
    const el = await make(undefined, only('isotretinoin'));
    const live = listen(el);
    expect($(el, '[name="isotretinoin.taking"]')).to.equal(null);
    await answerNext(el, true);
    const follow = $(el, 'fieldset fieldset')!;
    expect(follow.querySelector('legend')!.textContent).to.contain('still taking');
    await submit(el);
    await settle();
    // Focus on the missing follow-up, with its message tied to its group (not announced on its own).
    expect((active(el) as HTMLInputElement).name).to.equal('isotretinoin.taking');
    const message = $(el, '[id="e-isotretinoin.taking"]')!;
    expect(message.textContent).to.contain('Please answer');
    expect(message.getAttribute('role')).to.equal(null);
    expect(follow.getAttribute('aria-describedby')).to.equal('e-isotretinoin.taking');
    expect(live.said).to.deep.equal(['Please check this answer.']);
    await expect(el).to.be.accessible();
    // Again: said again (once), not stayed silent.
    await submit(el);
    await settle();
    expect(live.said).to.have.length(2);
  });

  it('refuses a stop date in the future with an inline message, once the patient leaves the field', async () => {
    const el = await make(undefined, only('isotretinoin'));
    await answerNext(el, true);
    await answerNext(el, false);
    await answerNext(el, '2026-11-22');
    const input = $<HTMLInputElement>(el, '[name="isotretinoin.stopped"]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    // Tab moves through the date's parts, then leaves it.
    for (let i = 0; i < 5 && active(el) === input; i++) await press(el, 'Tab');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[id="e-isotretinoin.stopped"]')!.textContent).to.contain('in the future');
    expect(input.getAttribute('aria-describedby')).to.equal('e-isotretinoin.stopped');
    expect(input.max).to.equal('2026-11-21');
    await expect(el).to.be.accessible();
    await submit(el);
    expect($(el, '#review')).to.equal(null);
    input.value = '2026-11-21';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '[id="e-isotretinoin.stopped"]')).to.equal(null);
  });

  it('says so when a date is only half typed, and does not switch messages while the patient corrects it', async () => {
    const el = await make(undefined, only('recent-procedure'));
    await answerNext(el, true);
    for (let i = 0; i < 10 && (active(el) as HTMLInputElement).value !== 'surgery'; i++) await press(el, 'Tab');
    await press(el, 'Space');
    for (let i = 0; i < 10 && (active(el) as HTMLInputElement).type !== 'date'; i++) await press(el, 'Tab');
    const input = active(el) as HTMLInputElement;
    expect(input.name).to.equal('recent-procedure.surgery');
    await sendKeys({ type: '02' });
    await submit(el);
    const message = () => text(el, '[id="e-recent-procedure.surgery"]');
    expect(message()).to.equal('Please enter a real date.');
    await expect(el).to.be.accessible();
    // Typing on: a keystroke that completes a date fires input. A date in the future while typing
    // does not switch the message; leaving the field does; a good date clears it at once.
    input.focus();
    input.value = '2027-02-22';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(message()).to.equal('Please enter a real date.');
    input.blur();
    await el.updateComplete;
    expect(message()).to.equal('This date is in the future.');
    input.value = '2026-02-22';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(message()).to.equal('');
  });

  it('asks the age as a number and refuses an impossible one', async () => {
    const el = await make(undefined, only('age'));
    await answerNext(el, 140);
    await submit(el);
    expect($(el, '[id="e-age"]')!.textContent).to.contain('check this answer');
    expect($(el, 'input[name="age"]')!.closest('label')!.textContent).to.contain('Age in years');
    await expect(el).to.be.accessible();
  });

  it('goes back with the answers kept, and from the review to the last screen', async () => {
    const el = await make(undefined, only('keloid', 'lesions'));
    await answerNext(el, true);
    await submit(el);
    expect(active(el)!.textContent).to.equal('Your skin');
    const back = $$(el, 'button').find((b) => b.textContent === 'Back') as HTMLButtonElement;
    back.focus();
    await press(el, 'Enter');
    expect(active(el)!.textContent).to.equal('Health and allergies');
    expect($<HTMLInputElement>(el, 'input[name="keloid"]')!.checked).to.equal(true);
    await submit(el);
    await answerNext(el, false);
    await submit(el);
    expect($$(el, 'dd:not(.change)').map((d) => d.textContent)).to.deep.equal(['Yes', 'No']);
    ($$(el, 'button').find((b) => b.textContent === 'Back') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(active(el)!.textContent).to.equal('Your skin');
  });

  describe('changing one answer from the review', () => {
    const answers = (el: Check) => $$(el, 'dd:not(.change)').map((d) => d.textContent!.replace(/\s/g, ' '));
    const changes = (el: Check) => $$(el, 'dd.change > button') as HTMLButtonElement[];
    /** Tabs from the review's top to a Change button. */
    const tabTo = async (el: Check, id: string) => {
      for (let i = 0; i < 30 && active(el)!.id !== id; i++) await press(el, 'Tab');
      expect(active(el)!.id).to.equal(id);
    };

    it('has a Change button per question, named after it, axe clean', async () => {
      const el = await make(undefined, only('pregnancy', 'isotretinoin'));
      await walk(el, { pregnancy: false, isotretinoin: true, 'isotretinoin.taking': true });
      await expect(el).to.be.accessible();
      const buttons = changes(el);
      expect(buttons.map((b) => b.getAttribute('type'))).to.deep.equal(['button', 'button']);
      // Seen: "Change"; heard: the question too, so the buttons are told apart.
      expect(buttons.map((b) => b.textContent)).to.deep.equal([
        'Change: Are you pregnant or breastfeeding?',
        'Change: Are you taking isotretinoin (Accutane), or have you taken it in the past year?',
      ]);
      expect(buttons.map((b) => b.querySelector('.sr-only')!.textContent)).to.deep.equal($$(el, 'dt').map((dt) => `: ${dt.textContent}`));
    });

    it('goes to that question by keyboard with the answers kept, and Next returns straight to the review', async () => {
      const el = await make(undefined, only('pregnancy', 'keloid', 'lesions', 'metal-allergy'));
      await walk(el, { pregnancy: false, keloid: true, lesions: false, 'metal-allergy': false });
      await tabTo(el, 'c-keloid');
      expect(active(el)!.textContent).to.equal('Change: Do you tend to get raised scars (keloid or hypertrophic scars)?');
      await press(el, 'Enter');
      expect(active(el)!.id, 'focus on the question heading').to.equal('h-keloid');
      expect(text(el, '#progress')).to.equal('Step 2 of 3');
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
      await tabTo(el, 'c-isotretinoin');
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
      await tabTo(el, 'c-keloid');
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
      expect(changes(el).map((b) => b.id)).to.deep.equal(['c-pregnancy', 'c-keloid', 'c-metal-allergy', 'c-lesions']);
      $(el, '#c-metal-allergy')!.focus();
      await press(el, 'Enter');
      expect(active(el)!.id).to.equal('h-metal-allergy');
      expect(nav()).to.deep.equal(['Update and return', 'Cancel change']);
      await expect(el).to.be.accessible();
      await answerNext(el, true);
      await submit(el);
      expect(active(el)!.id).to.equal('c-metal-allergy');
      expect(answers(el)).to.deep.equal(['No', 'Yes', 'Yes', 'No']);
      await press(el, 'Tab');
      expect(active(el)!.id).to.equal('c-lesions');
      // Cancel change restores the answer and also returns to its row.
      await press(el, 'Enter');
      expect(active(el)!.id).to.equal('h-lesions');
      await answerNext(el, true);
      ($$(el, 'button').find((b) => b.textContent === 'Cancel change') as HTMLButtonElement).focus();
      await press(el, 'Enter');
      expect(active(el)!.id).to.equal('c-lesions');
      expect(answers(el)).to.deep.equal(['No', 'Yes', 'Yes', 'No']);
      await expect(el).to.be.accessible();
      // Outside a change the buttons read as before (above the answers and below): Back from the review opens the last screen.
      expect(nav()).to.deep.equal(['See my result', 'Back', 'See my result', 'Back']);
      ($$(el, 'button').find((b) => b.textContent === 'Back') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(active(el)!.textContent).to.equal('Your skin');
      expect(nav()).to.deep.equal(['Next', 'Back']);
    });

    it('with layout="list": goes to that question on the full page, then back to the review', async () => {
      const el = await make(html`<mn-contraindication-check layout="list"></mn-contraindication-check>`, only('keloid', 'lesions'));
      await answerNext(el, true);
      await answerNext(el, false);
      await submit(el);
      expect(active(el)!.id).to.equal('review');
      await tabTo(el, 'c-lesions');
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
          'recent-procedure.kinds': ['laser-ablative'],
          'recent-procedure.laser-ablative': '2026-10-01',
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

  it('keeps the one-at-a-time layout: a question per screen, the question its heading', async () => {
    const el = await make(html`<mn-contraindication-check layout="one-at-a-time"></mn-contraindication-check>`, only('keloid', 'lesions'));
    expect(text(el, '#progress')).to.equal('Step 1 of 2');
    const heading = $(el, 'form [role="heading"]')!;
    expect([heading.id, heading.getAttribute('aria-level'), heading.getAttribute('aria-describedby')]).to.deep.equal([
      'h-keloid',
      '3',
      'progress',
    ]);
    await walk(el, { keloid: false, lesions: false });
    await submit(el);
    expect(el.result!.level).to.equal('clear');
    // `steps`, its earlier name, still works without a notice.
    const old = await make(html`<mn-contraindication-check layout="steps"></mn-contraindication-check>`);
    expect([text(old, '#progress'), notice(old)]).to.deep.equal(['Step 1 of 24', null]);
  });

  it('shows every question on one page with layout="list"; Next with none answered says so once, not 24 times', async () => {
    const el = await make(html`<mn-contraindication-check layout="list"></mn-contraindication-check>`);
    expect($$(el, 'form > fieldset').length).to.equal(24);
    expect($(el, '#progress')).to.equal(null);
    await expect(el).to.be.accessible();
    const live = listen(el);
    ($(el, 'button:not([type])') as HTMLButtonElement).click();
    await el.updateComplete;
    await settle();
    // Every unanswered question marked (linked to its group), one summary, focus on the first.
    expect($$(el, '.error').length).to.equal(24);
    expect($$(el, '[role="alert"]')).to.deep.equal([]);
    expect(live.said).to.deep.equal(['Please check 24 answers.']);
    expect((active(el) as HTMLInputElement).name).to.equal('age');
    await expect(el).to.be.accessible();
  });

  it('dates the preparation plan from appointment-date, or from a date the patient enters', async () => {
    const el = await make(
      html`<mn-contraindication-check appointment-date="2026-12-10" locale="en-US"></mn-contraindication-check>`,
      only('keloid'),
    );
    await walk(el, { keloid: false });
    await submit(el);
    const text = $(el, '[part="result"]')!.textContent!.replace(/\s/g, ' ');
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
    expect(said(el2, '[part="result"]')).to.contain('From Dec 3, 2026: Stop vitamin A creams (retinoids)');
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
      return $(el, '[part="result"]')!.textContent!.replace(/\s/g, ' ');
    };
    expect(input.min).to.equal('2027-02-01');
    let text = await enter('2026-11-25');
    // The date entered, in the screen's own format (the date box shows the browser's).
    expect(said(el, '[part="result"] [role="alert"]')).to.equal(
      'Nov 25, 2026 is before Feb 1, 2027, the earliest date for treatment: please choose a later one.',
    );
    expect(said(el, '[part="result"] > [role="heading"]:not(.title)')).to.equal('Before your appointment');
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
    expect(said(el, '[part="result"] > [role="heading"]:not(.title)')).to.equal('Before your appointment on Feb 10, 2027');

    // An accepted date whose steps have already begun: they start today.
    const el2 = await make(undefined, only('keloid'));
    await walk(el2, { keloid: false });
    await submit(el2);
    const input2 = $<HTMLInputElement>(el2, 'input[name="appointment"]')!;
    input2.value = '2026-11-25';
    input2.dispatchEvent(new Event('input'));
    await el2.updateComplete;
    const text2 = $(el2, '[part="result"]')!.textContent!.replace(/\s/g, ' ');
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
    const text = $(el, '[part="result"]')!.textContent!.replace(/\s/g, ' ');
    expect(said(el, '[part="result"] [role="alert"]')).to.equal(
      'Dec 10, 2026 is before Feb 1, 2027, the earliest date for treatment: please choose a later one.',
    );
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
    expect(active(el)!.textContent).to.equal('Health and allergies');
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

  it('keeps to a real screen when the configuration changes mid-way', async () => {
    const el = await make();
    for (let i = 0; i < 3; i++) await screen(el, NO);
    expect(text(el, '#progress')).to.equal('Step 4 of 4');
    el.config = only('keloid', 'lesions');
    await el.updateComplete;
    expect(text(el, '#progress')).to.equal('Step 2 of 2');
    const heading = $(el, 'form [role="heading"]')!;
    expect([heading.textContent, heading.getAttribute('aria-describedby')]).to.deep.equal(['Your skin', 'progress']);
    expect($(el, 'legend [role="heading"]')!.id).to.equal('h-lesions');
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
          'gold-threads': {
            text: 'Do you have gold threads in your face?',
            level: 'decline',
            why: 'We have not treated skin with threads.',
          },
        },
      };
      const el = await make(undefined, config);
      // A clinic's own item joins the last screen.
      expect($(el, 'legend [role="heading"]')!.textContent).to.equal('Accutane in the last 2 years?');
      expect(text(el, '#progress')).to.equal('Step 1 of 1');
      await walk(el, { isotretinoin: true, 'isotretinoin.taking': false, 'isotretinoin.stopped': '2026-05-21', 'gold-threads': false });
      await submit(el);
      expect(el.result).to.deep.include({ level: 'defer', earliestDate: '2027-05-21' });
      expect(notice(el)).to.equal(null);
      el.reset();
      await el.updateComplete;
      await start(el);
      await walk(el, { isotretinoin: false, 'gold-threads': true });
      await submit(el);
      expect($(el, '[part="result"]')!.textContent).to.contain('We have not treated skin with threads.');
    });

    it('refuses a configuration that hides every question: the defaults, with a notice (never an empty or broken check)', async () => {
      const el = await make(html`<mn-contraindication-check .config=${only()}></mn-contraindication-check>`);
      expect(notice(el)!.textContent).to.contain('config items="{"age":{"hidden":true}');
      expect(warn.callCount).to.equal(1);
      expect($(el, '[role="alert"]'), 'no fallback').to.equal(null);
      expect($$(el, 'legend [role="heading"]').map((h) => h.id)).to.include('h-pregnancy');
      await expect(el).to.be.accessible();
    });

    it('reads an inline JSON script child', async () => {
      const el = await make(html`<mn-contraindication-check
        ><script type="application/json">
          { "items": { "pregnancy": { "hidden": true } } }
        </script></mn-contraindication-check
      >`);
      expect(text(el, '#progress')).to.equal('Step 1 of 4');
      expect($$(el, 'legend [role="heading"]').map((h) => h.id)).not.to.include('h-pregnancy');
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
      expect($(el, 'legend [role="heading"]')!.id).to.equal('h-keloid');
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
      expect(text(el, '#progress')).to.equal('Step 1 of 4');
      expect(warn.callCount).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('refuses a config-src that is not http(s)', async () => {
      const stub = sinon.stub(window, 'fetch');
      const el = await fixture<Check>(html`<mn-contraindication-check config-src="javascript:alert(1)"></mn-contraindication-check>`);
      expect(notice(el)!.textContent).to.contain('config-src');
      expect(stub.called).to.equal(false);
      expect(text(el, '#progress')).to.equal('Step 1 of 4');
    });

    it('falls back to the defaults with a notice naming the bad field for a broken config', async () => {
      const el = await make(undefined, { items: { isotretinoin: { window: { months: 'twelve' } } } });
      expect(notice(el)!.textContent).to.contain('config items.isotretinoin.window=');
      expect(notice(el)!.textContent).to.contain('twelve');
      expect(warn.callCount).to.equal(1);
      expect(text(el, '#progress')).to.equal('Step 1 of 4');
      await expect(el).to.be.accessible();
      const el2 = await make(
        html`<mn-contraindication-check><script type="application/json">{ "items": </script></mn-contraindication-check>`,
      );
      expect(notice(el2)!.textContent).to.contain('config');
      expect(text(el2, '#progress')).to.equal('Step 1 of 4');
    });
  });

  it('shows a notice for bad attributes and uses the defaults', async () => {
    const el = await fixture<Check>(
      html`<mn-contraindication-check layout="grid" appointment-date="2026-02-30"></mn-contraindication-check>`,
    );
    const said = notice(el)!.textContent!;
    expect(said).to.contain('layout="grid"');
    expect(said).to.contain('appointment-date="2026-02-30"');
    expect(warn.callCount).to.equal(2);
    expect(text(el, '#progress')).to.equal('Step 1 of 4');
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
    await start(el);
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
      const el = await make(
        html`<mn-contraindication-check layout="list"></mn-contraindication-check>`,
        only('isotretinoin', 'recent-procedure'),
      );
      await answerNext(el, true);
      await answerNext(el, false);
      $<HTMLInputElement>(el, 'input[name="recent-procedure"][value="true"]')!.click();
      await el.updateComplete;
      $<HTMLInputElement>(el, 'input[value="laser-nonablative"]')!.click();
      await el.updateComplete;
      expect($$(el, 'input[type="date"]')).to.have.length(2);
      for (const box of [el, ...$$(el, 'fieldset, .options, .nav')])
        expect(box.scrollWidth, box.localName).to.be.at.most(box.clientWidth + 1);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
