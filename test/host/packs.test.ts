/**
 * The BUILT language packs beside the built paste-in script (issue 15), byte for byte as a clinic
 * pastes them (`npm run build` first; npm test does it). Host pages (test/host/host-pages.mjs,
 * `PACKS`) put the Spanish pack before the script, after it, both `defer`, both `async`, or inject it
 * once the widgets drew: every widget ends up in Spanish. A locale whose pack is missing stays
 * English. A clinic offering four languages gets a switch listing those with texts on the page.
 * The known texts come from the packs' sources, so a reviewer's rewording does not break the test.
 */
import { expect, waitUntil } from '@open-wc/testing';
import widgetList from '../../src/widgets.json' with { type: 'json' };
import { es } from '../../src/i18n/es/index.js';
import { fr } from '../../src/i18n/fr/index.js';
import { de } from '../../src/i18n/de/index.js';
import { aftercare } from '../../src/i18n/en/aftercare.js';
import type { Catalogue } from '../../src/i18n/index.js';

const TAGS = ['mn-contraindication-check', 'mn-aftercare-timeline', 'mn-booking-form'] as const;
type Lit = HTMLElement & { updateComplete: Promise<unknown> };
type HostWindow = Window &
  typeof globalThis & { __errors: string[]; __first: Record<string, string>; __before?: string[]; __warnings?: string[] };

async function open(page: string): Promise<{ win: HostWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:900px;border:0';
  frame.title = page;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/test/host/pages/${page}.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  for (const tag of TAGS) await win.customElements.whenDefined(tag);
  return { win, doc: frame.contentDocument! };
}

const widgets = (doc: Document) => [...doc.querySelectorAll<Lit>(TAGS.join(','))];
const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;
/** Spaces of any kind (French puts a narrow no-break space before "?") read as one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
const text = (el: Element) => flat(root(el).textContent!);
/** What each widget shows first, in a language: the check's first question, the timeline's title, the form's button. */
const KNOWN = (t: Catalogue) => ({
  'mn-contraindication-check': t.screening.ask.age,
  'mn-aftercare-timeline': t.aftercare.title,
  'mn-booking-form': t.booking.send,
});

/** Every widget on the page speaks `t` with `lang` starting with `language`. */
async function speaks(doc: Document, language: string, t: Catalogue) {
  const els = widgets(doc);
  expect(els).to.have.length(3);
  await waitUntil(() => els.every((el) => root(el)?.lang.startsWith(language)), `every widget in ${language}`, { timeout: 4000 });
  for (const el of els) {
    await el.updateComplete;
    expect(text(el), el.localName).to.contain(flat(KNOWN(t)[el.localName as (typeof TAGS)[number]]));
  }
}

describe('host pages with language packs (built files)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('ships a pack for every language in widgets.json, each only registering texts (no global)', async () => {
    expect(widgetList.languages.packs).to.have.members(['es', 'fr', 'de']);
    for (const lang of widgetList.languages.packs) {
      const code = await (await fetch(`/dist/${widgetList.script}.${lang}.js`)).text();
      expect(code.length, lang).to.be.greaterThan(1000);
      expect(code, lang).not.to.match(/[^\0-\x7f]/);
    }
  });

  for (const [page, how] of [
    ['pack-before', 'before the script'],
    ['pack-after', 'after the script'],
    ['pack-defer', 'first, both defer'],
  ] as const)
    it(`the Spanish pack ${how}: every widget in Spanish from its first render (lang="es-ES")`, async () => {
      const { win, doc } = await open(page);
      await speaks(doc, 'es-ES', es);
      for (const el of widgets(doc)) expect(root(el).lang).to.equal('es-ES');
      // Never a flash of English: the first drawing was already Spanish.
      expect(win.__first['mn-aftercare-timeline']).to.contain(es.aftercare.title);
      expect(win.__first['mn-aftercare-timeline']).not.to.contain(aftercare.title);
      expect(win.__errors).to.deep.equal([]);
    });

  it('both async (either may run first): every widget ends up in Spanish', async () => {
    const { win, doc } = await open('pack-async');
    await speaks(doc, 'es-ES', es);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the pack injected after the widgets drew in English: they draw again in Spanish', async () => {
    const { win, doc } = await open('pack-late');
    await waitUntil(() => win.__before, 'the widgets drew before the pack came', { timeout: 4000 });
    expect(win.__before).to.deep.equal(['en-ES', 'en-ES', 'en-ES']);
    await speaks(doc, 'es-ES', es);
    expect(text(doc.querySelector('mn-aftercare-timeline')!)).not.to.contain(aftercare.title);
    expect(win.__errors).to.deep.equal([]);
  });

  it('a locale whose pack is not on the page (de-DE, only the Spanish pack): English, lang="en-DE", one hint naming the pack', async () => {
    const { win, doc } = await open('pack-missing');
    await speaks(doc, 'en', { aftercare, screening: { ask: { age: 'How old are you?' } }, booking: { send: 'Send request' } } as Catalogue);
    for (const el of widgets(doc)) {
      expect(root(el).lang).to.equal('en-DE');
      expect(text(el)).not.to.contain(de.aftercare.title);
      expect(text(el)).not.to.contain(es.aftercare.title);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(win.__warnings!.filter((w) => w.includes('mn-widgets.de.js'))).to.have.length(1);
    expect(win.__errors).to.deep.equal([]);
  });

  it('languages="en es fr de" with every pack: each widget offers the four, and one choice switches every widget', async () => {
    const { win, doc } = await open('packs-offered');
    await speaks(doc, 'en', { aftercare, screening: { ask: { age: 'How old are you?' } }, booking: { send: 'Send request' } } as Catalogue);
    for (const el of widgets(doc)) {
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!;
      expect([...select.options].map((o) => [o.value, o.text.trim(), o.lang])).to.deep.equal([
        ['en', 'English', 'en'],
        ['es', 'Español', 'es'],
        ['fr', 'Français', 'fr'],
        ['de', 'Deutsch', 'de'],
      ]);
    }
    const choose = async (el: Element, language: string) => {
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!;
      select.value = language;
      select.dispatchEvent(new Event('change'));
    };
    for (const [language, t, from] of [
      ['de', de, 'mn-aftercare-timeline'],
      ['fr', fr, 'mn-booking-form'],
      ['es', es, 'mn-contraindication-check'],
    ] as const) {
      await choose(doc.querySelector(from)!, language);
      await speaks(doc, language, t);
      // Every switch shows the choice, in the chosen language's own word for "language".
      for (const el of widgets(doc)) {
        expect(el.shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!.value, el.localName).to.equal(language);
        expect(el.shadowRoot!.querySelector('.lang')!.textContent, el.localName).to.contain(t.common.language);
      }
    }
    expect(win.__errors).to.deep.equal([]);
  });

  it('languages="en es fr de" with only the Spanish pack: the switch lists English and Spanish only', async () => {
    const { win, doc } = await open('pack-offered-es-only');
    for (const el of widgets(doc)) {
      await el.updateComplete;
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!;
      expect(
        [...select.options].map((o) => o.value),
        el.localName,
      ).to.deep.equal(['en', 'es']);
    }
    expect(win.__errors).to.deep.equal([]);
  });
});

/** axe on the built script and packs loaded into this page (axe reads this document, not a frame's). */
describe('built packs: accessible in Spanish and German', () => {
  const load = (src: string) =>
    new Promise<void>((resolve, reject) =>
      document.head.append(Object.assign(document.createElement('script'), { src, onload: () => resolve(), onerror: reject })),
    );
  let clinic: HTMLElement;

  before(async () => {
    for (const lang of widgetList.languages.packs) await load(`/dist/${widgetList.script}.${lang}.js`);
    await load(`/dist/${widgetList.script}.js`);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<mn-clinic name="Glow Skin Studio" phone="+1 555 0100" email="hello@glow.example" locale="en-US" timezone="America/New_York"
        hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00" privacy-url="https://glow.example/privacy" languages="en es fr de">
        <mn-contraindication-check appointment-date="2026-12-15"></mn-contraindication-check>
        <mn-aftercare-timeline treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>
        <mn-booking-form persist="none" endpoint="/test/host/pages/no-such-endpoint"></mn-booking-form>
      </mn-clinic>`,
    );
    clinic = document.body.lastElementChild as HTMLElement;
    for (const tag of TAGS) await customElements.whenDefined(tag);
  });
  after(() => clinic.remove());

  it('at 375 px in every language: each preferred date and its time of day side by side, at the same height', async () => {
    const form = clinic.querySelector<Lit>('mn-booking-form')!;
    // As on the screenshot page: a phone's width, the system font (wider than the default serif).
    form.style.cssText = 'width:375px;font:16px/1.5 system-ui,sans-serif';
    for (const [language, t] of [
      ['en', null],
      ['es', es],
      ['fr', fr],
      ['de', de],
    ] as const) {
      const select = form.shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!;
      select.value = language;
      select.dispatchEvent(new Event('change'));
      if (t) await speaks(document, language, t);
      else await waitUntil(() => root(form).lang.startsWith('en'));
      await form.updateComplete;
      const rows = [...form.shadowRoot!.querySelectorAll('.row')];
      expect(rows, language).to.have.length(3);
      for (const row of rows) {
        const [date, time] = [...row.querySelectorAll('input, select')].map((c) => c.getBoundingClientRect());
        expect(time.left, `${language}: side by side`).to.be.greaterThan(date.right);
        // A label over two lines (the first French "Moment de la journée") put the time 24 px lower.
        expect(Math.abs(time.top - date.top), `${language}: the date and its time at the same height`).to.be.below(1);
      }
    }
    form.style.cssText = '';
  });

  for (const [language, t] of [
    ['es', es],
    ['de', de],
  ] as const)
    it(`${language}: every widget axe clean on its first screen, after a failed Next and a failed Send`, async () => {
      const els = [...clinic.querySelectorAll<Lit>(TAGS.join(','))];
      const select = els[1].shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!;
      select.value = language;
      select.dispatchEvent(new Event('change'));
      await speaks(document, language, t);
      for (const el of els) await expect(el).to.be.accessible();
      // The error states: Next with nothing answered, Send with nothing filled in.
      const [check, , form] = els;
      const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
      buttons(check)
        .find((b) => b.textContent!.trim() == t.screening.next)!
        .click();
      buttons(form)
        .find((b) => b.textContent!.trim() == t.booking.send)!
        .click();
      await check.updateComplete;
      await form.updateComplete;
      expect(text(check)).to.contain(flat(t.screening.errors.missing));
      expect(text(form)).to.contain(flat(t.booking.issues.required));
      await expect(check).to.be.accessible();
      await expect(form).to.be.accessible();
    });
});
