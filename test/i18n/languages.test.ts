/**
 * Languages on a page (issue 15): a locale whose texts are missing speaks English in the locale's
 * region with one console hint; a pack registered later (or before the library) is taken up and
 * the widgets draw again; a clinic offering several languages gives every widget a switch.
 * Uses languages no pack ships (Dutch, Italian), so the shipped packs' own tests stay independent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { addMessages, chooseLanguage, messages } from '../../src/i18n/index.js';
import { registerPack, registry } from '../../src/i18n/pack.js';
import type { MnAftercareTimeline } from '../../src/elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
import type { MnClinic } from '../../src/elements/mn-clinic/mn-clinic.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;
const settle = async (...els: Lit[]) => {
  for (let i = 0; i < 3; i++) for (const el of els) await el.updateComplete;
};

describe('languages on a page', () => {
  afterEach(() => {
    sinon.restore();
    registry().chosen = undefined;
  });

  it('a locale without its texts: English in the locale region (English dates, Dutch conventions), lang="en-NL", one console hint after load', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<MnAftercareTimeline>(
      html`<mn-aftercare-timeline locale="nl-NL" timezone="Europe/Amsterdam" treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>`,
    );
    expect(root(el).lang).to.equal('en-NL');
    const text = root(el).textContent!;
    expect(text).to.contain('Your aftercare');
    // English month names in the Dutch order (day month), never Dutch words inside English sentences.
    expect(text).to.match(/20\u00a0Nov/);
    expect(text).not.to.match(/\bnov\.|vrijdag|zaterdag/i);
    await new Promise((r) => setTimeout(r, 20));
    const hints = warn.getCalls().filter((c) => String(c.args[0]).includes('"nl"'));
    expect(hints).to.have.length(1);
    expect(String(hints[0].args[0])).to.contain('mn-widgets.nl.js');
    // A second widget in the same language adds no second hint.
    await fixture(html`<mn-aftercare-timeline locale="nl-BE"></mn-aftercare-timeline>`);
    await new Promise((r) => setTimeout(r, 20));
    expect(warn.getCalls().filter((c) => String(c.args[0]).includes('"nl"'))).to.have.length(1);
  });

  it('a pack registered after the widgets drew: they draw again in it, lang names the language', async () => {
    const el = await fixture<MnAftercareTimeline>(
      html`<mn-aftercare-timeline locale="it-IT" timezone="Europe/Rome" treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>`,
    );
    expect(root(el).lang).to.equal('en-IT');
    registerPack('it', { aftercare: { title: 'Dopo il trattamento' } });
    await settle(el);
    expect(root(el).lang).to.equal('it-IT');
    expect(el.shadowRoot!.querySelector('[role=heading]')!.textContent).to.equal('Dopo il trattamento');
  });

  it('a pack puts its texts in the page registry, where the library reads them at each draw, and the widgets draw again', async () => {
    // The registry is the page's, whichever script came first: a pack before the library leaves its
    // texts there, and the library reads them when a widget draws (test/host/packs.test.ts loads the
    // real scripts in every order).
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<MnAftercareTimeline>(html`<mn-aftercare-timeline locale="sv-SE"></mn-aftercare-timeline>`);
    expect(root(el).lang).to.equal('en-SE');
    const sv = { common: { language: 'Språk' }, aftercare: { title: 'Din eftervård' } };
    registerPack('sv', sv);
    expect(registry().registered.get('sv')).to.deep.equal(sv);
    expect(messages('sv-SE').common.language).to.equal('Språk');
    await el.updateComplete;
    expect(root(el).lang).to.equal('sv-SE');
    expect(el.shadowRoot!.querySelector('[role=heading]')!.textContent).to.equal('Din eftervård');
    warn.restore();
  });

  it('a clinic offering several languages: every widget has a switch; choosing one redraws them all; axe clean', async () => {
    addMessages('nl', { common: { language: 'Taal' }, aftercare: { title: 'Uw nazorg' }, booking: { intro: 'Vraag een afspraak aan.' } });
    const clinic =
      await fixture<MnClinic>(html`<mn-clinic locale="en-US" timezone="Europe/Amsterdam" region="NL" languages="en nl xx-unknown">
      <mn-aftercare-timeline treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>
      <mn-booking-form persist="none" clinic-email="a@b.example"></mn-booking-form>
    </mn-clinic>`);
    const [timeline, form] = [...clinic.children] as Lit[];
    await settle(clinic, timeline, form);
    // A refused list gets a setup notice; a valid one gives the switch.
    expect(clinic.shadowRoot!.textContent).to.contain('languages="en nl xx-unknown"');
    clinic.setAttribute('languages', 'en nl it-IT');
    await settle(clinic, timeline, form);
    for (const el of [timeline, form]) {
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!;
      expect([...select.options].map((o) => [o.value, o.text.trim(), o.lang])).to.deep.equal([
        ['en', 'English', 'en'],
        ['nl', 'Nederlands', 'nl'],
        ['it-IT', 'Italiano', 'it-IT'],
      ]);
      expect(select.value).to.equal('en');
      await expect(el).to.be.accessible();
    }
    const select = timeline.shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!;
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    await settle(clinic, timeline, form);
    expect(root(timeline).lang).to.equal('nl-NL');
    expect(root(form).lang).to.equal('nl-NL');
    expect(timeline.shadowRoot!.querySelector('[role=heading]')!.textContent).to.equal('Uw nazorg');
    expect(timeline.shadowRoot!.querySelector('.lang')!.textContent).to.contain('Taal');
    expect(form.shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!.value).to.equal('nl');
    chooseLanguage('en');
    await settle(clinic, timeline, form);
    expect(root(timeline).lang).to.equal('en-NL');
  });

  it('one language, or none offered: no switch', async () => {
    const el = await fixture<Lit>(html`<mn-clinic languages="en"><mn-aftercare-timeline></mn-aftercare-timeline></mn-clinic>`);
    const timeline = el.firstElementChild as Lit;
    await settle(el, timeline);
    expect(timeline.shadowRoot!.querySelector('.lang')).to.equal(null);
  });
});
