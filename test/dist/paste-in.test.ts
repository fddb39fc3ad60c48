/**
 * The built paste-in script (`npm run build` first), alone, loaded as a classic script the way a
 * clinic pastes it: after the elements are already in the markup, twice. It defines all four
 * elements and `window.MnWidgets`, whose every function is called here.
 */
import { expect } from '@open-wc/testing';
import widgetList from '../../src/widgets.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };

function load(src: string, doc = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.append(s);
  });
}

type Api = Record<string, unknown> & { version: string };
declare global {
  interface Window {
    MnWidgets?: Api;
  }
}

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
const NOW = new Date('2026-11-21T15:00:00Z');
const $ = (id: string) => document.getElementById(id) as Lit;

/**
 * One call for every function on the global, with what it must give. A function added to the
 * global without a line here fails the last test below.
 */
const CALLS: Record<string, (api: Api) => void> = {
  evaluateScreening: (api) => {
    const r = (api.evaluateScreening as (a: object, o: object) => { level: string; missing: string[] })(
      { pregnancy: true },
      { now: NOW, timezone: 'America/New_York' },
    );
    expect(r.level).to.equal('incomplete');
    expect(r.missing.length).to.be.greaterThan(0);
  },
  preparationPlan: (api) => {
    const plan = (api.preparationPlan as (d: string) => { id: string }[])('2026-12-10');
    expect(plan.map((s) => s.id)).to.include('avoid-sun');
  },
  parseScreeningConfig: (api) => {
    const r = (api.parseScreeningConfig as (c: unknown) => { problems: unknown[] })('{ not json');
    expect(r.problems.length).to.be.greaterThan(0);
    expect((api.parseScreeningConfig as (c: unknown) => { problems: unknown[] })({}).problems).to.deep.equal([]);
  },
  buildAftercare: (api) => {
    const a = (api.buildAftercare as (t: string, o: object) => { current: string })('2026-11-21T15:00', {
      timezone: 'America/New_York',
      now: new Date('2026-11-21T22:00:00Z'),
    });
    expect(a.current).to.equal('first-day');
  },
  parseTreatedAt: (api) => {
    const parse = api.parseTreatedAt as (v: string, tz: string) => { at: Date } | undefined;
    expect(parse('2026-11-21T15:00', 'America/New_York')!.at.toISOString()).to.equal('2026-11-21T20:00:00.000Z');
    expect(parse('yesterday', 'America/New_York')).to.equal(undefined);
  },
  parseProtocol: (api) => {
    expect((api.parseProtocol as (v: string) => { field?: string })('{').field).to.equal('JSON');
  },
  validateBooking: (api) => {
    const policy = { services: api.DEFAULT_SERVICES, timezone: 'America/New_York' };
    const draft = { name: '', email: '', phone: '', contact: 'email', service: '', areas: [], firstVisit: true, lastSession: '', dates: [], message: '', consent: false };
    const issues = (api.validateBooking as (d: object, p: object, n: Date) => Record<string, string>)(draft, policy, NOW);
    expect(issues).to.have.property('name');
  },
  bookingWindow: (api) => {
    const policy = { services: api.DEFAULT_SERVICES, timezone: 'America/New_York' };
    const w = (api.bookingWindow as (d: object, p: object, n: Date) => { min: string; max: string })({ service: 'consult' }, policy, NOW);
    expect(w.min).to.equal('2026-11-21');
    expect(w.min < w.max).to.equal(true);
  },
  bookingOffer: (api) => {
    const policy = { services: api.DEFAULT_SERVICES, timezone: 'America/New_York', outcome: { level: 'consult' } };
    const offer = (api.bookingOffer as (p: object, n: Date) => { services: { id: string }[]; closed?: string })(policy, NOW);
    expect([offer.services.map((s) => s.id), offer.closed]).to.deep.equal([['consultation'], 'review']);
  },
  parseServices: (api) => {
    expect((api.parseServices as (v: unknown) => unknown[] | undefined)('[]')).to.equal(undefined);
  },
  parseSlots: (api) => {
    expect((api.parseSlots as (v: unknown) => unknown[] | undefined)('nope')).to.equal(undefined);
  },
  buildPayload: (api) => {
    const draft = { name: 'Ana', email: 'ana@example.com', phone: '', contact: 'email', service: 'consult', areas: [], firstVisit: true, lastSession: '', dates: [], message: '', consent: true };
    const context = { id: 'x', now: NOW, services: api.DEFAULT_SERVICES, locale: 'en-US', timezone: 'America/New_York', fillMs: 9000, trap: '' };
    const p = (api.buildPayload as (d: object, c: object) => { contact: { name: string } })(draft, context);
    expect(p.contact.name).to.equal('Ana');
  },
  deliver: async (api) => {
    const r = await (api.deliver as (u: string, p: object, o: object) => Promise<{ ok: boolean; status?: number }>)('/no-such-endpoint', { id: 'x' }, { attempts: 1 });
    expect([r.ok, r.status]).to.deep.equal([false, 404]);
  },
  parseClinic: (api) => {
    const r = (api.parseClinic as (i: object, o: object) => { values: { name?: string }; notices: { field: string }[] })(
      { name: 'Glow', phone: 'call us' },
      { baseUrl: location.href, isColor: () => true },
    );
    expect(r.values.name).to.equal('Glow');
    expect(r.notices.map((n) => n.field)).to.deep.equal(['phone']);
  },
  isEmail: (api) => {
    expect((api.isEmail as (v: string) => boolean)('josé@example.com')).to.equal(false);
  },
  parsePhone: (api) => {
    expect((api.parsePhone as (v: string) => { href: string })('+1 555 0100 ext. 2').href).to.equal('tel:+15550100,2');
  },
  parseHttpUrl: (api) => {
    expect((api.parseHttpUrl as (v: string, b: string) => string)('javascript:alert(1)', location.href)).to.equal('url-scheme');
  },
  parseLocale: (api) => {
    expect((api.parseLocale as (v: string) => string | undefined)('en-gb')).to.equal('en-GB');
  },
  parseHours: (api) => {
    expect((api.parseHours as (v: string) => unknown[])('Mo-Fr 09:00-18:00')).to.have.length(7);
    expect((api.parseHours as (v: string) => unknown)('weekdays 9 to 5')).to.equal(undefined);
  },
  closingTime: (api) => {
    const hours = (api.parseHours as (v: string) => unknown)('Mo-Su 09:00-18:00');
    expect((api.closingTime as (h: unknown, d: string) => number | undefined)(hours, '2026-11-21')).to.equal(18 * 60);
  },
  openingOn: (api) => {
    const hours = (api.parseHours as (v: string) => unknown)('Mo-Fr 09:00-18:00');
    // 2026-11-21 is a Saturday: closed.
    expect((api.openingOn as (h: unknown, d: string) => unknown[])(hours, '2026-11-21')).to.deep.equal([]);
  },
  worse: (api) => {
    expect((api.worse as (a: string, b: string) => string)('advice', 'defer')).to.equal('defer');
  },
  buildIcs: (api) => {
    const ics = (api.buildIcs as (e: object[], n: Date) => string)([{ uid: 'a@b', summary: 'Makeup – ok', date: '2026-11-22' }], NOW);
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.contain('SUMMARY:Makeup – ok');
  },
  addMessages: (api) => {
    (api.addMessages as (l: string, m: object) => void)('x-test', { common: { callUs: 'Ring us:' } });
  },
  ScreeningCompleteEvent: (api) => {
    const E = api.ScreeningCompleteEvent as new (d: object) => Event & { detail: object };
    expect(new E({ level: 'clear' }).type).to.equal('mn-screening-complete');
  },
  ScreeningResetEvent: (api) => {
    expect(new (api.ScreeningResetEvent as new () => Event)().type).to.equal('mn-screening-reset');
  },
  BookingSubmitEvent: (api) => {
    const e = new (api.BookingSubmitEvent as new (d: object) => Event)({});
    expect([e.type, e.cancelable]).to.deep.equal(['mn-booking-submit', true]);
  },
  BookingSuccessEvent: (api) => {
    expect(new (api.BookingSuccessEvent as new (d: object) => Event)({}).type).to.equal('mn-booking-success');
  },
  BookingErrorEvent: (api) => {
    expect(new (api.BookingErrorEvent as new (d: object, r: object) => Event)({}, {}).type).to.equal('mn-booking-error');
  },
};

describe('dist/mn-widgets.js, the one paste-in script', () => {
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
    await load(`/dist/${widgetList.script}.js`);
    await load(`/dist/${widgetList.script}.js`);
    await new Promise((r) => setTimeout(r, 50));
  });

  after(() => window.removeEventListener('error', onError));

  it('starts with the compile hint, and is pure ASCII (it reads the same on a page of any encoding)', async () => {
    for (const file of [`${widgetList.script}.js`, `${widgetList.script}.mjs`]) {
      const bytes = new Uint8Array(await (await fetch(`/dist/${file}`)).arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 29)), file).to.equal('//# allFunctionsCalledOnLoad\n');
      expect(
        bytes.findIndex((b) => b > 0x7f),
        `${file}: first non-ASCII byte`,
      ).to.equal(-1);
    }
  });

  it('loads twice without an error', () => {
    expect(errors).to.deep.equal([]);
  });

  it('defines every element of the list, with the classes on window.MnWidgets', () => {
    for (const { tag, class: name } of widgetList.elements) {
      // Compared as booleans: chai must not try to print a class on failure.
      expect(customElements.get(tag) === window.MnWidgets![name], tag).to.equal(true);
    }
    for (const id of ['c', 'check', 'after', 'book']) expect($(id).shadowRoot, id).to.exist;
  });

  it('carries the package version', () => {
    expect(window.MnWidgets!.version).to.equal(pkg.version);
  });

  it('keeps attributes reactive in the minified build', async () => {
    const el = $('c');
    el.setAttribute('phone', 'not a phone');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.contain('phone');
    el.setAttribute('phone', '+1 555 0100');
    await el.updateComplete;
  });

  it('renders all three widgets in the clinic, with its details', async () => {
    const check = $('check');
    const after = $('after');
    const book = $('book') as Lit & { clinic: { name?: string } };
    expect(check.shadowRoot!.querySelector('input[type="radio"]')).to.exist;
    expect(after.shadowRoot!.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:+15550100');
    expect(book.clinic.name).to.equal('Glow Skin Studio');
    expect(book.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(book.shadowRoot!.textContent).to.contain('by email');
  });

  it('passes the safety outcome from the check to the booking form', async () => {
    const book = $('book') as Lit & { outcome?: { level: string } };
    const Complete = window.MnWidgets!.ScreeningCompleteEvent as new (d: object) => Event;
    $('check').dispatchEvent(new Complete({ level: 'decline' }));
    await $('c').updateComplete;
    await book.updateComplete;
    expect(book.outcome?.level).to.equal('decline');
  });

  it('re-renders in a language added through addMessages', async () => {
    const after = $('after');
    (window.MnWidgets!.addMessages as (l: string, m: object) => void)('fr', { aftercare: { title: 'Vos soins après traitement' } });
    after.setAttribute('locale', 'fr-FR');
    await after.updateComplete;
    expect(after.shadowRoot!.querySelector('.title')!.textContent).to.equal('Vos soins après traitement');
    after.removeAttribute('locale');
    await after.updateComplete;
  });

  for (const [name, call] of Object.entries(CALLS)) {
    it(`window.MnWidgets.${name} works`, async () => {
      expect(typeof window.MnWidgets![name], name).to.equal('function');
      await call(window.MnWidgets!);
    });
  }

  it('has a call above for every function on the global (element classes aside)', () => {
    const classes = new Set(['MnElement', ...widgetList.elements.map((e) => e.class)]);
    const functions = Object.keys(window.MnWidgets!).filter((k) => typeof window.MnWidgets![k] === 'function' && !classes.has(k));
    expect(functions.filter((k) => !(k in CALLS))).to.deep.equal([]);
  });

  it("the README's table of the global names every member of window.MnWidgets, and only those", async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('### The global'), readme.indexOf('## Frameworks'));
    const rows = section.split('\n').filter((l) => /^\| [^-]/.test(l) && !l.startsWith('| group'));
    const listed = rows.flatMap((l) => [...l.split('|')[2].matchAll(/`(\w+)`/g)].map((m) => m[1]));
    expect([...listed].sort()).to.deep.equal(Object.keys(window.MnWidgets!).sort());
  });

  it("the README's table of source codes names every source the default rules and protocol cite", async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = new Set([...readme.matchAll(/^\| ([A-Z][A-Z0-9]+) \| /gm)].map((m) => m[1]));
    const cited = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v == 'object')
        for (const [k, x] of Object.entries(v)) (/^sources?$/.test(k) ? [x].flat().forEach((c) => cited.add(c as string)) : walk(x));
    };
    walk([window.MnWidgets!.DEFAULT_RULES, window.MnWidgets!.DEFAULT_PROTOCOL]);
    expect(cited.size).to.be.above(5);
    expect([...cited].filter((c) => !table.has(c))).to.deep.equal([]);
  });

  it('a copy of another version already on the page wins, with one console warning naming both versions', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const win = frame.contentWindow as Window & typeof globalThis & { MnWidgets?: Api };
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    win.MnWidgets = { version: '0.0.9' };
    await load(`/dist/${widgetList.script}.js`, frame.contentDocument!);
    expect(win.MnWidgets.version).to.equal('0.0.9');
    expect(win.customElements.get('mn-clinic')).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.9').and.contain(pkg.version);
    frame.remove();
  });
});
