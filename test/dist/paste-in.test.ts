/**
 * The built paste-in scripts (`npm run build` first), loaded as classic scripts the way a clinic
 * pastes them: after the elements are already in the markup, each twice, all three side by side.
 */
import { expect } from '@open-wc/testing';

function load(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

declare global {
  interface Window {
    MnWidgets?: Record<string, unknown>;
    MnAftercare?: Record<string, unknown>;
    MnBooking?: Record<string, unknown>;
  }
}

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

describe('dist paste-in scripts', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);

  before(async () => {
    window.addEventListener('error', onError);
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = `
      <mn-clinic id="c" name="Glow Skin Studio" phone="+1 555 0100" email="hello@glow.example"
        locale="en-US" timezone="America/New_York" accent="#7a4cc2">
        <mn-contraindication-check id="check"></mn-contraindication-check>
        <mn-aftercare-timeline id="after" treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>
        <mn-booking-form id="book" persist="none"></mn-booking-form>
      </mn-clinic>`;
    for (let i = 0; i < 2; i++) for (const file of ['mn-widgets', 'mn-aftercare-timeline', 'mn-booking-form']) await load(`/dist/${file}.js`);
    await new Promise((r) => setTimeout(r, 50));
  });

  after(() => window.removeEventListener('error', onError));

  it('start with the compile hint, so Chromium compiles them while they stream in', async () => {
    for (const file of ['mn-widgets.js', 'mn-aftercare-timeline.js', 'mn-booking-form.js', 'mn-widgets.mjs']) {
      const text = await (await fetch(`/dist/${file}`)).text();
      expect(text.startsWith('//# allFunctionsCalledOnLoad\n'), file).to.equal(true);
    }
  });

  it('load twice each, side by side, without an error', () => {
    expect(errors).to.deep.equal([]);
  });

  it('are classic scripts that expose their API on window.MnWidgets, MnAftercare and MnBooking', () => {
    const api = { MnWidgets: ['evaluateScreening', 'preparationPlan', 'MnContraindicationCheck'], MnAftercare: ['buildAftercare', 'MnAftercareTimeline'], MnBooking: ['validateBooking', 'buildPayload', 'deliver', 'MnBookingForm'] } as const;
    for (const [global, names] of Object.entries(api)) {
      const exports = window[global as keyof typeof api];
      expect(typeof exports, global).to.equal('object');
      for (const name of [...names, 'parseClinic', 'parseHours', 'buildIcs', 'addMessages', 'MnClinic']) expect(typeof exports![name], `${global}.${name}`).to.equal('function');
    }
  });

  it('upgrade elements that were in the markup before they loaded; the first script defines <mn-clinic>', () => {
    // Compared as booleans: chai must not try to print a class on failure.
    expect(customElements.get('mn-clinic') === window.MnWidgets!.MnClinic).to.equal(true);
    expect(customElements.get('mn-aftercare-timeline') === window.MnAftercare!.MnAftercareTimeline).to.equal(true);
    expect(customElements.get('mn-booking-form') === window.MnBooking!.MnBookingForm).to.equal(true);
    for (const id of ['c', 'check', 'after', 'book']) expect(document.getElementById(id)!.shadowRoot, id).to.exist;
  });

  it('keep attributes reactive in the minified build', async () => {
    const el = document.getElementById('c') as Lit;
    el.setAttribute('phone', 'not a phone');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.contain('phone');
    el.setAttribute('phone', '+1 555 0100');
    await el.updateComplete;
  });

  it('share translations: addMessages on any script reaches every widget', async () => {
    const after = document.getElementById('after') as Lit;
    (window.MnBooking!.addMessages as (l: string, m: object) => void)('fr', { aftercare: { title: 'Vos soins après traitement' } });
    after.setAttribute('locale', 'fr-FR');
    await after.updateComplete;
    expect(after.shadowRoot!.querySelector('h2')!.textContent).to.equal('Vos soins après traitement');
    after.removeAttribute('locale');
    await after.updateComplete;
  });

  it('share the clinic and the safety outcome across the scripts', async () => {
    const book = document.getElementById('book') as Lit & { outcome?: { level: string }; clinic: { name?: string; email?: string } };
    // The clinic's email reached the booking form from the other script's <mn-clinic>: no setup notice, an email request.
    expect(book.clinic.name).to.equal('Glow Skin Studio');
    expect(book.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(book.shadowRoot!.textContent).to.contain('by email');
    const Complete = window.MnWidgets!.ScreeningCompleteEvent as new (d: object) => Event;
    document.getElementById('check')!.dispatchEvent(new Complete({ level: 'decline' }));
    await (document.getElementById('c') as Lit).updateComplete;
    await book.updateComplete;
    expect(book.outcome?.level).to.equal('decline');
  });
});
