/**
 * Forced colours (Windows High Contrast and the like): the browser replaces every colour with the
 * user's few system colours, so whatever shows a control's edge, the focus or a state must not be
 * a background or a shadow alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import type { MnClinic } from '../../src/elements/mn-clinic/mn-clinic.js';

const TAGS = ['mn-contraindication-check', 'mn-aftercare-timeline', 'mn-booking-form'] as const;

async function page(): Promise<MnClinic> {
  const clinic = await fixture<MnClinic>(html`
    <mn-clinic name="Glow Skin Studio" phone="+1 555 0100" locale="en-US" timezone="America/New_York" accent="#7a4cc2">
      <mn-contraindication-check></mn-contraindication-check>
      <mn-aftercare-timeline treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>
      <mn-booking-form min-fill="0" persist="none"></mn-booking-form>
    </mn-clinic>
  `);
  for (const tag of TAGS) await clinic.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!.updateComplete;
  return clinic;
}

const controls = (clinic: Element) =>
  TAGS.flatMap((tag) => [
    ...clinic.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLElement>('button, a.button, input, select, textarea'),
  ]).filter((el) => el.getClientRects().length > 0 && !el.closest('.sr-only'));

describe('forced colours', () => {
  before(() => executeServerCommand('emulate-forced-colors', { active: true }));
  after(() => executeServerCommand('emulate-forced-colors', { active: false }));
  // The booking form warns the designer that no endpoint is set; not the subject here.
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  it('is really in force for these tests', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('gives every visible control of every widget an edge of its own', async () => {
    const clinic = await page();
    const found = controls(clinic);
    expect(found.length).to.be.greaterThan(10);
    for (const el of found) {
      const type = (el as HTMLInputElement).type;
      if (type === 'radio' || type === 'checkbox') continue; // drawn by the system in its own colours
      const style = getComputedStyle(el);
      const label = `${el.localName}${type ? `[type=${type}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      expect(style.borderTopStyle, label).to.not.equal('none');
      expect(parseFloat(style.borderTopWidth), label).to.be.at.least(1);
    }
  });

  it('shows the keyboard focus as an outline', async () => {
    const clinic = await page();
    const check = clinic.querySelector('mn-contraindication-check')!;
    for (let i = 0; i < 3 && !check.shadowRoot!.activeElement; i++) await sendKeys({ press: 'Tab' });
    const focused = check.shadowRoot!.activeElement as HTMLElement;
    expect(focused, 'a control in the check has focus').to.exist;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('tells the current aftercare phase apart from the others by its dot', async () => {
    const clinic = await page();
    const timeline = clinic.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('mn-aftercare-timeline')!;
    timeline.setAttribute('now', '2026-11-24T10:00'); // day 5: phases behind, one now, more to come
    await timeline.updateComplete;
    const items = [...timeline.shadowRoot!.querySelectorAll('ol > li')];
    const dot = (li: Element) => getComputedStyle(li, '::before').backgroundColor;
    const now = items.find((li) => li.classList.contains('now'))!;
    const past = items.find((li) => li.classList.contains('past'))!;
    const later = items[items.length - 1];
    expect(new Set([dot(now), dot(past), dot(later)]).size).to.equal(3);
  });

  it('stays accessible', async () => {
    const clinic = await page();
    for (const tag of TAGS) await expect(clinic.querySelector(tag)).to.be.accessible();
  });
});
