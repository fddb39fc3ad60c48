import { consume } from '@lit/context';
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import sinon from 'sinon';
import '../../src/define.js';
import { outcomeContext } from '../../src/context/clinic.js';
import type { Outcome } from '../../src/domain/outcome.js';
import { MnClinic } from '../../src/elements/mn-clinic/mn-clinic.js';
import { MnElement } from '../../src/elements/shared/mn-element.js';
import { ScreeningCompleteEvent, ScreeningResetEvent } from '../../src/events.js';
import { state } from 'lit/decorators.js';

/** A minimal widget on the shared base, to observe what the base resolves. */
class TestWidget extends MnElement {
  @consume({ context: outcomeContext, subscribe: true })
  @state()
  outcome?: Outcome;
  boom = false;
  get resolved() {
    return this.clinic;
  }
  /** The text the shared parser hands to a parse function for `raw` (read as a calendar date when `date`). */
  textOf(raw: unknown, date?: boolean) {
    return this.parseAttr('x', (v) => v, date ? 'date' : 'value', raw);
  }
  protected renderBody() {
    if (this.boom) throw new Error('render failed');
    const { name, phone, timezone, locale } = this.clinic;
    return litHtml`<p>${name ?? 'no name'}</p>
      ${phone ? litHtml`<a href=${phone.href}>${phone.display}</a>` : ''}
      <span class="tz">${timezone}</span><span class="locale">${locale}</span>
      <span class="outcome">${this.outcome?.level ?? 'none'}</span>
      <button type="button">Go</button><a class="link" href="#x">More</a>`;
  }
}
customElements.define('test-widget', TestWidget);
declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}

const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.trim();
const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]');

/** A widget with one date field, to observe the base's marking of empty date fields. */
class DateWidget extends MnElement {
  protected renderBody() {
    return litHtml`<label>Date <input type="date" /></label>`;
  }
}
customElements.define('date-widget', DateWidget);

describe('empty date fields', () => {
  it('are marked data-empty after each draw, on input and on leaving, and unmarked once they hold a date', async () => {
    const w = await fixture<DateWidget>(html`<date-widget></date-widget>`);
    const input = w.shadowRoot!.querySelector('input')!;
    expect(input.hasAttribute('data-empty'), 'after the first draw').to.equal(true);
    input.value = '2026-12-01';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(input.hasAttribute('data-empty'), 'after input of a date').to.equal(false);
    input.value = '';
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    expect(input.hasAttribute('data-empty'), 'after leaving it emptied').to.equal(true);
    input.value = '2026-12-02';
    w.requestUpdate();
    await w.updateComplete;
    expect(input.hasAttribute('data-empty'), 'after a draw with a date').to.equal(false);
  });
});

describe('<mn-clinic>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('is accessible and draws no box of its own', async () => {
    const el = await fixture<MnClinic>(html`<mn-clinic name="Glow" phone="+1 555 0100"><test-widget></test-widget></mn-clinic>`);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(notice(el)).to.equal(null);
    expect(warn.called).to.equal(false);
  });

  it('gives its details to nested widgets, however deep', async () => {
    const el = await fixture<MnClinic>(html`
      <mn-clinic name="Glow Skin Studio" phone="+1 555 0100" timezone="America/New_York" locale="en-US">
        <section><div><test-widget></test-widget></div></section>
      </mn-clinic>
    `);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    expect(text(w, 'p')).to.equal('Glow Skin Studio');
    expect(w.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:+15550100');
    expect(text(w, '.tz')).to.equal('America/New_York');
  });

  it('lets a widget’s own attributes override the clinic', async () => {
    const el = await fixture<MnClinic>(html`
      <mn-clinic name="Glow" timezone="America/New_York" locale="en-US">
        <test-widget clinic-name="Glow Downtown" timezone="Europe/London"></test-widget>
      </mn-clinic>
    `);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    expect(text(w, 'p')).to.equal('Glow Downtown');
    expect(text(w, '.tz')).to.equal('Europe/London');
    expect(text(w, '.locale')).to.equal('en-US');
  });

  it('updates every widget when one of its attributes changes', async () => {
    const el = await fixture<MnClinic>(html`<mn-clinic name="Old"><test-widget></test-widget><test-widget></test-widget></mn-clinic>`);
    el.setAttribute('name', 'New name');
    await el.updateComplete;
    const widgets = [...el.querySelectorAll('test-widget')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const w of widgets) expect(text(w, 'p')).to.equal('New name');
  });

  it('follows the clinic a widget is moved into, and no longer the one it left', async () => {
    const wrap = await fixture(
      html`<div><mn-clinic id="a" name="A"><test-widget></test-widget></mn-clinic><mn-clinic id="b" name="B"></mn-clinic></div>`,
    );
    const [a, b] = wrap.querySelectorAll('mn-clinic');
    const w = a.querySelector('test-widget')!;
    await w.updateComplete;
    expect(text(w, 'p')).to.equal('A');
    b.append(w);
    await w.updateComplete;
    expect(text(w, 'p')).to.equal('B');
    a.setAttribute('name', 'A again');
    await a.updateComplete;
    await w.updateComplete;
    expect(text(w, 'p')).to.equal('B');
    b.setAttribute('name', 'B again');
    await b.updateComplete;
    await w.updateComplete;
    expect(text(w, 'p')).to.equal('B again');
    // Out of the page, it follows no clinic: a change asks it for nothing.
    w.remove();
    const update = sinon.spy(w, 'requestUpdate');
    b.setAttribute('name', 'B once more');
    await b.updateComplete;
    expect(update.called).to.equal(false);
  });

  it('works for a widget alone on the page, with defaults from the page', async () => {
    const wrap = await fixture(html`<div lang="fr-FR"><test-widget></test-widget></div>`);
    const w = wrap.querySelector('test-widget') as TestWidget;
    await w.updateComplete;
    expect(text(w, 'p')).to.equal('no name');
    // No French texts on this page: English, in the page's region (issue 15: never French dates in English sentences).
    expect(text(w, '.locale')).to.equal('en-FR');
    expect(text(w, '.tz')).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('is found by widgets that upgraded before the provider was defined', async () => {
    const wrap = await fixture(html`<div><mn-clinic-late name="Late Clinic"><test-widget></test-widget></mn-clinic-late></div>`);
    const w = wrap.querySelector('test-widget') as TestWidget;
    await w.updateComplete;
    expect(text(w, 'p')).to.equal('no name');
    customElements.define('mn-clinic-late', class extends MnClinic {});
    await (wrap.firstElementChild as MnClinic).updateComplete;
    await w.updateComplete;
    expect(text(w, 'p')).to.equal('Late Clinic');
  });

  it('sets the accent colour for the widgets inside it', async () => {
    const el = await fixture<MnClinic>(html`<mn-clinic accent="rgb(10, 120, 80)"><test-widget></test-widget></mn-clinic>`);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    const root = w.shadowRoot!.querySelector('.root')!;
    expect(getComputedStyle(root).getPropertyValue('--mn-color-accent').trim()).to.equal('rgb(10, 120, 80)');
    // A bad or removed accent clears the one it set: the page's own `--mn-color-accent` applies again.
    for (const change of [() => el.setAttribute('accent', 'not-a-colour'), () => el.removeAttribute('accent')]) {
      el.setAttribute('accent', 'red');
      await el.updateComplete;
      expect(el.style.getPropertyValue('--mn-color-accent')).to.equal('red');
      change();
      await el.updateComplete;
      expect(el.getAttribute('style') ?? '').not.to.contain('--mn-color-accent');
    }
  });

  /** WCAG relative luminance of a computed `rgb()`/`color(srgb ...)` colour. */
  function luminance(color: string): number {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
    return (x + 0.05) / (y + 0.05);
  };

  for (const accent of ['#7a4cc2', '#ffd400', '#00a3a3', '#111111', '#f7f7f7', 'hotpink', 'rgb(0 90 200)']) {
    for (const theme of ['light', 'dark']) {
      it(`keeps text readable on and in the accent ${accent} (${theme})`, async () => {
        const el = await fixture<MnClinic>(html`<mn-clinic accent=${accent} theme=${theme}><test-widget></test-widget></mn-clinic>`);
        const w = el.querySelector('test-widget')!;
        await w.updateComplete;
        const button = getComputedStyle(w.shadowRoot!.querySelector('button')!);
        expect(contrast(button.color, button.backgroundColor), 'button text on accent').to.be.at.least(4.5);
        const link = getComputedStyle(w.shadowRoot!.querySelector('a.link')!);
        const surface = getComputedStyle(w.shadowRoot!.querySelector('.root')!).backgroundColor;
        expect(contrast(link.color, surface), 'accent link on surface').to.be.at.least(4.5);
      });
    }
  }

  it('passes the safety outcome (level, date and what may be booked only) to widgets beside the check', async () => {
    const el = await fixture<MnClinic>(html`<mn-clinic><div id="check"></div><test-widget></test-widget></mn-clinic>`);
    const w = el.querySelector('test-widget')!;
    el.querySelector('#check')!.dispatchEvent(
      new ScreeningCompleteEvent({ level: 'defer', earliestDate: '2026-12-01', treatment: 'from', findings: ['isotretinoin'] }),
    );
    await el.updateComplete;
    await w.updateComplete;
    expect(text(w, '.outcome')).to.equal('defer');
    expect((w as TestWidget).outcome).to.deep.equal({ level: 'defer', earliestDate: '2026-12-01', treatment: 'from' });
    el.querySelector('#check')!.dispatchEvent(new ScreeningResetEvent());
    await el.updateComplete;
    await w.updateComplete;
    expect(text(w, '.outcome')).to.equal('none');
  });

  describe('a widget whose clinic the page does not single out', () => {
    const noticeOf = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent ?? '';
    const page = async (clinics: string, widget: string) => {
      warn.resetHistory();
      const wrap = await fixture(`<div>${clinics}${widget}</div>`);
      const el = wrap.querySelector<MnElement>('mn-aftercare-timeline')!;
      await el.updateComplete;
      return { el };
    };
    const widget = (attrs = '') =>
      `<mn-aftercare-timeline ${attrs} treated-at="2026-11-21T15:00" now="2026-11-21T20:00"></mn-aftercare-timeline>`;
    const north = '<mn-clinic id="north" phone="+1 555 0101" timezone="America/New_York"></mn-clinic>';
    const south = '<mn-clinic id="south" phone="+1 555 0102" timezone="America/New_York"></mn-clinic>';

    it('clinic="id" with a typo: a notice naming the attribute and its value, one warning each', async () => {
      const { el } = await page(north, widget('clinic="nroth"'));
      expect(noticeOf(el)).to.contain('clinic="nroth" must name one <mn-clinic> on this page: none used');
      expect(warn.getCalls().filter((c) => String(c.args[0]).includes('clinic=')).length).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('no clinic attribute and two clinics on the page: a notice asking for one', async () => {
      const { el } = await page(north + south, widget());
      expect(noticeOf(el)).to.contain('clinic must name one <mn-clinic> on this page: none used');
    });

    it('the named clinic, the only clinic, or no clinic at all (its details as attributes): no such notice', async () => {
      for (const [clinics, attrs] of [
        [north + south, 'clinic="south"'],
        [north, ''],
        ['', 'clinic-phone="+1 555 0100" timezone="America/New_York"'],
      ]) {
        const { el } = await page(clinics, widget(attrs));
        expect(noticeOf(el), `${clinics} ${attrs}`).to.not.contain('<mn-clinic>');
        fixtureCleanup();
      }
    });

    it("clinic=\"id\": the named clinic's accent colours the widget, as its theme and phone do; the widget's own accent and the page's CSS still win", async () => {
      const wrap = await fixture(
        `<div><mn-booking-form clinic="footer" persist="none"></mn-booking-form><mn-booking-form clinic="footer" accent="rgb(200, 0, 0)" persist="none"></mn-booking-form><style>#css-accent { --mn-color-accent: rgb(0, 0, 200) }</style><mn-booking-form id="css-accent" clinic="footer" persist="none"></mn-booking-form><footer><mn-clinic id="footer" accent="rgb(10, 125, 90)" email="a@b.example"></mn-clinic></footer></div>`,
      );
      const forms = [...wrap.querySelectorAll<MnElement>('mn-booking-form')];
      await Promise.all(forms.map((f) => f.updateComplete));
      const send = (f: Element) =>
        getComputedStyle(f.shadowRoot!.querySelector('button[type=submit], form button:not([type])')!).backgroundColor;
      expect(forms.map(send)).to.deep.equal(['rgb(10, 125, 90)', 'rgb(200, 0, 0)', 'rgb(0, 0, 200)']);
    });

    it('a clinic put on the page with the widget, after it (its first update comes second): no notice, no warning', async () => {
      warn.resetHistory();
      const wrap = await fixture(`<div>${widget()}${north}</div>`);
      const el = wrap.querySelector<MnElement>('mn-aftercare-timeline')!;
      await el.updateComplete;
      await wrap.querySelector<MnClinic>('mn-clinic')!.updateComplete;
      await el.updateComplete;
      expect(noticeOf(el)).to.equal('');
      expect(warn.getCalls().map((c) => c.args.join(' '))).to.deep.equal([]);
    });
  });

  describe('bad attributes', () => {
    const bad: Array<[string, string]> = [
      ['phone', 'call us maybe'],
      ['phone', '<img src=x onerror=alert(1)>'],
      ['email', 'nobody'],
      ['website', 'javascript:alert(1)'],
      ['endpoint', 'javascript:alert(1)'],
      ['privacy-url', 'data:text/html,<script>alert(1)</script>'],
      ['accent', 'not-a-colour'],
      ['timezone', 'Mars/Olympus'],
      ['locale', '!!'],
      ['hours', 'always open'],
      ['theme', 'neon'],
      ['name', 'x'.repeat(10_000)],
      ['region', 'United Kingdom'],
      ['emergency-number', 'call 911'],
      ['after-hours-phone', '<b>late</b>'],
    ];
    for (const [attr, value] of bad) {
      it(`${attr}="${value.slice(0, 24)}": a visible notice, one warning, no markup injected`, async () => {
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.error);
        window.addEventListener('error', onError);
        const el = await fixture<MnClinic>(html`<mn-clinic><test-widget></test-widget></mn-clinic>`);
        el.setAttribute(attr, value);
        await el.updateComplete;
        window.removeEventListener('error', onError);
        const box = notice(el);
        expect(box, 'notice').to.exist;
        expect(box!.textContent).to.contain(attr);
        expect(box!.querySelector('img, script, b')).to.equal(null);
        expect(warn.callCount).to.equal(1);
        // The console says what is wrong in the notice's own words, not as a bare code.
        expect(String(warn.firstCall.args[0])).to.match(new RegExp(`^<mn-clinic> Setup notice: ${attr}=".*" (is|could) `, 's'));
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
        const w = el.querySelector('test-widget')!;
        await w.updateComplete;
        expect(w.shadowRoot!.querySelector('p')).to.exist;
        expect(w.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      });
    }

    it('clears the notice when the value is corrected', async () => {
      const el = await fixture<MnClinic>(html`<mn-clinic phone="nope"></mn-clinic>`);
      expect(notice(el)).to.exist;
      el.setAttribute('phone', '+1 555 0100');
      await el.updateComplete;
      expect(notice(el)).to.equal(null);
    });

    it('shows a widget’s own bad override in the widget, warned once', async () => {
      const w = await fixture<TestWidget>(html`<test-widget clinic-phone="nope" timezone="Nowhere/Land"></test-widget>`);
      const box = notice(w)!;
      expect(box.textContent).to.contain('clinic-phone');
      expect(box.textContent).to.contain('timezone');
      expect(warn.callCount).to.equal(2);
      w.requestUpdate();
      await w.updateComplete;
      expect(warn.callCount).to.equal(2);
      await expect(w).to.be.accessible();
    });
  });

  /** A test widget in a clinic (its markup given) whose next render throws, after that render. */
  async function failing(clinic: ReturnType<typeof html>) {
    const el = await fixture<MnClinic>(clinic);
    const w = el.querySelector('test-widget') as TestWidget;
    w.boom = true;
    w.requestUpdate();
    await w.updateComplete;
    return w;
  }

  it('shows a fallback with the clinic’s phone instead of a blank widget when rendering fails', async () => {
    const w = await failing(html`<mn-clinic phone="+1 555 0100"><test-widget></test-widget></mn-clinic>`);
    const alert = w.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not be shown');
    expect(alert.querySelector('a')!.getAttribute('href')).to.equal('tel:+15550100');
    expect(warn.callCount).to.equal(1);
  });

  it('shows the clinic’s email in the fallback as a mailto link', async () => {
    const w = await failing(html`<mn-clinic email="hello@glow.example"><test-widget></test-widget></mn-clinic>`);
    const link = w.shadowRoot!.querySelector('[role="alert"] a')!;
    expect(link.getAttribute('href')).to.equal('mailto:hello@glow.example');
    expect(link.textContent).to.equal('hello@glow.example');
  });

  it('fires a complete event that bubbles out of the clinic to the page', async () => {
    const el = await fixture<MnClinic>(html`<mn-clinic><div id="check"></div></mn-clinic>`);
    setTimeout(() => el.querySelector('#check')!.dispatchEvent(new ScreeningCompleteEvent({ level: 'clear' })));
    const e = await oneEvent(document, 'mn-screening-complete');
    expect(e.detail).to.deep.equal({ level: 'clear' });
  });

  it('gives every widget a heading-level, the same default (3) for all three; a bad one is a notice', async () => {
    const wrap = await fixture(html`<mn-clinic phone="+1 555 0100" email="hello@glow.example" timezone="America/New_York">
      <mn-contraindication-check></mn-contraindication-check>
      <mn-aftercare-timeline treated-at="2026-11-21T15:00" now="2026-11-22T10:00"></mn-aftercare-timeline>
      <mn-booking-form></mn-booking-form>
    </mn-clinic>`);
    const [check, aftercare, booking] = ['mn-contraindication-check', 'mn-aftercare-timeline', 'mn-booking-form'].map(
      (tag) => wrap.querySelector(tag) as MnElement,
    );
    await Promise.all([check, aftercare, booking].map((w) => w.updateComplete));
    // The widgets' top headings (the booking form's shows once a request is sent).
    const top = (w: Element) => [...w.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => Number(h.getAttribute('aria-level')));
    expect(Math.min(...top(check))).to.equal(3);
    expect(Math.min(...top(aftercare))).to.equal(3);
    expect(Math.max(...top(aftercare))).to.equal(5);
    expect(wrap.querySelectorAll('h1, h2, h3, h4, h5, h6').length).to.equal(0);
    for (const w of [check, aftercare, booking]) w.setAttribute('heading-level', '2');
    await Promise.all([check, aftercare, booking].map((w) => w.updateComplete));
    expect([Math.min(...top(check)), Math.min(...top(aftercare)), Math.max(...top(aftercare))]).to.deep.equal([2, 2, 4]);
    expect(warn.called).to.equal(false);
    await expect(aftercare).to.be.accessible();
    booking.setAttribute('heading-level', '7');
    await booking.updateComplete;
    expect(notice(booking)!.textContent).to.contain('heading-level="7"');
    expect(warn.callCount).to.equal(1);
  });

  it('reads a Date given for a calendar date as the date it shows where it was made', () => {
    // A date picker's local midnight, and a late evening: the local calendar date, not UTC's.
    const w = new TestWidget();
    expect(w.textOf(new Date(2026, 11, 1), true)).to.equal('2026-12-01');
    expect(w.textOf(new Date(2026, 2, 29, 23, 59), true)).to.equal('2026-03-29');
    expect(w.textOf(new Date(2026, 11, 1, 0, 0, 0))).to.equal(new Date(2026, 11, 1).toISOString());
    // An invalid Date is a bad value (a notice naming it), not an unset one.
    expect(warn.called).to.equal(false);
    expect(w.textOf(new Date(NaN), true)).to.equal(undefined);
    expect(warn.calledOnceWith('<test-widget> Setup notice: x="Invalid Date" is not like "YYYY-MM-DD": not used.')).to.equal(true);
  });

  it("a widget's own attributes override each of the seven clinic fields, as they change", async () => {
    const el = await fixture<MnClinic>(html`<mn-clinic
      name="Glow"
      phone="+1 555 0100"
      email="a@glow.example"
      locale="en-US"
      timezone="America/New_York"
      theme="light"
      accent="red"
      ><test-widget></test-widget
    ></mn-clinic>`);
    const w = el.querySelector('test-widget')!;
    await w.updateComplete;
    const own = {
      locale: 'en-GB',
      timezone: 'Europe/London',
      theme: 'dark',
      accent: 'blue',
      'clinic-name': 'Glow Downtown',
      'clinic-phone': '+44 20 7946 0999',
      'clinic-email': 'b@glow.example',
    };
    for (const [attr, value] of Object.entries(own)) w.setAttribute(attr, value);
    await w.updateComplete;
    const c = w.resolved;
    expect([c.locale, c.timezone, c.theme, c.accent, c.name, c.phone?.display, c.email]).to.deep.equal(Object.values(own));
  });
});
