/**
 * The built paste-in script on host pages nobody here controls (issue: evidence on real pages).
 * Each page is a static HTML file under test/host/pages, loaded in an iframe at a given width.
 * Requires `npm run build` first (npm test does it).
 */
import { expect } from '@open-wc/testing';

const TAGS = ['mn-contraindication-check', 'mn-aftercare-timeline', 'mn-booking-form'] as const;

type HostWindow = Window &
  typeof globalThis & {
    __violations: string[];
    __errors: string[];
    /** Each shadow root's text as first drawn, by host id (or tag). */
    __first: Record<string, string>;
    /** The page's layout shifts (their scores). */
    __shifts: number[];
    MnWidgets: Record<string, unknown> & { addMessages(locale: string, texts: object): void };
  };
type Lit = HTMLElement & { updateComplete: Promise<unknown> };
interface Frame {
  win: HostWindow;
  doc: Document;
  frame: HTMLIFrameElement;
}

async function open(page: string, width = 1024, height = 900): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  frame.title = page;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/test/host/pages/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument!;
  for (const tag of TAGS) await win.customElements.whenDefined(tag);
  await Promise.all(
    [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join(','))].map((el) => el.updateComplete),
  );
  await new Promise((r) => setTimeout(r, 100));
  return { win, doc, frame };
}

function widgets(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
}

/** Every widget drew something a person can see and use. */
function assertRendered(doc: Document) {
  const els = widgets(doc);
  expect(els.length).to.be.greaterThan(0);
  for (const el of els) {
    const root = el.shadowRoot?.querySelector<HTMLElement>('.root');
    expect(root, `${el.localName} renders`).to.exist;
    expect(root!.getBoundingClientRect().height, `${el.localName} has height`).to.be.greaterThan(40);
    expect(root!.textContent!.trim().length, `${el.localName} has text`).to.be.greaterThan(10);
    expect(el.shadowRoot!.querySelector('[part="notice"]'), `${el.localName} has no setup notice`).to.equal(null);
  }
}

// The test runner reuses its tabs from one test file to the next, and a tab's sessionStorage (which
// these same-origin frames share) may still hold another file's booking drafts: every test starts from none.
beforeEach(() => sessionStorage.clear());

describe('host pages (built paste-in script)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('strict CSP (no unsafe-inline, no unsafe-eval): renders with no violation', async () => {
    const { win, doc } = await open('csp.html');
    assertRendered(doc);
    // Exercise each widget's interactive parts: every enabled button once.
    for (const el of widgets(doc)) {
      const first = el.shadowRoot!.querySelector<HTMLButtonElement>('button:not([disabled])');
      first?.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // The policy is really in force: an inline style attribute on the page is reported.
    doc.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations.join(' ')).to.contain('style-src');
  });

  it('hostile global CSS: every widget stays usable and readable', async () => {
    const { win, doc } = await open('hostile.html');
    assertRendered(doc);
    for (const el of widgets(doc)) {
      for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>(
        'button, input:not([type="hidden"]):not([tabindex="-1"]), select, textarea',
      )) {
        if (control.closest('[hidden]') || control.getClientRects().length === 0) continue;
        const style = win.getComputedStyle(control);
        expect(style.display, `${el.localName} ${control.localName} display`).to.not.equal('none');
        expect(Number(style.opacity), `${el.localName} ${control.localName} opacity`).to.equal(1);
      }
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      const style = win.getComputedStyle(root);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), `${el.localName} line height`).to.be.below(2);
    }
    const buttons = widgets(doc).flatMap((el) => [...el.shadowRoot!.querySelectorAll('button')]);
    expect(buttons.length).to.be.greaterThan(0);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the script included twice, after the elements: one definition, no error', async () => {
    const { win, doc } = await open('twice.html');
    assertRendered(doc);
    expect(win.__errors).to.deep.equal([]);
    expect(doc.querySelectorAll('script[src="/dist/mn-widgets.js"]').length).to.equal(2);
  });

  it('Trusted Types allowing one lit-html policy, the script twice: every widget renders, no violation', async () => {
    const { win, doc } = await open('trusted-types.html');
    assertRendered(doc);
    expect(doc.querySelectorAll('script[src="/dist/mn-widgets.js"]').length).to.equal(2);
    for (const el of widgets(doc)) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button:not([disabled])')?.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('a windows-1252 page whose server sends the script without a charset: the text is not garbled', async () => {
    const { win, doc } = await open('legacy.html');
    expect(doc.characterSet).to.equal('windows-1252');
    assertRendered(doc);
    const when = [...doc.querySelector('mn-aftercare-timeline')!.shadowRoot!.querySelectorAll('.when')].map((n) => n.textContent!);
    expect(when.length).to.be.greaterThan(0);
    // The range dash comes from the script's own text: read as windows-1252, UTF-8 bytes would show "â€“".
    for (const text of when) expect(text, text).to.contain(' \u2013 ').and.not.contain('\u00e2');
    expect(win.__errors).to.deep.equal([]);
  });

  it('no layout shift while the page loads: the browser paints it while still parsing, after the widgets', async () => {
    const { win, doc } = await open('painted.html', 390, 900);
    assertRendered(doc);
    expect(doc.getElementById('below')).to.exist;
    expect(win.__shifts, 'layout shifts').to.deep.equal([]);
  });

  it('twenty instances of each widget work independently', async () => {
    const { win, doc } = await open('many.html');
    const els = widgets(doc);
    expect(els.length).to.equal(60);
    assertRendered(doc);
    for (const el of els) {
      const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
      expect(new Set(ids).size, `${el.id} ids unique within its root`).to.equal(ids.length);
    }
    expect(win.__errors).to.deep.equal([]);
  });

  it('right-to-left page: the English widgets read left to right, a question ending with its mark on the right', async () => {
    const { win, doc } = await open('rtl.html');
    assertRendered(doc);
    for (const el of widgets(doc)) {
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      expect(win.getComputedStyle(root).direction).to.equal('ltr');
    }
    // Mirrored, "How old are you?" showed as "?How old are you".
    const question = [...doc.querySelector('mn-contraindication-check')!.shadowRoot!.querySelectorAll('legend [role=heading]')]
      .flatMap((h) => [...h.childNodes])
      .find((n): n is Text => n instanceof win.Text && n.data.trim().endsWith('?'))!;
    const left = (i: number) => {
      const r = doc.createRange();
      r.setStart(question, i);
      r.setEnd(question, i + 1);
      return r.getBoundingClientRect().left;
    };
    const end = question.data.trimEnd().length - 1;
    expect(left(end), question.data).to.be.above(left(0));
  });

  for (const [width, fontSize] of [
    [320, ''],
    [640, '200%'],
  ] as const) {
    it(`${width} px wide${fontSize ? ` with text at ${fontSize}` : ''}: no horizontal scrolling`, async () => {
      const { win, doc } = await open('plain.html', width, 900);
      if (fontSize) {
        doc.documentElement.style.fontSize = fontSize;
        await new Promise((r) => setTimeout(r, 50));
      }
      assertRendered(doc);
      expect(doc.documentElement.scrollWidth, 'page scroll width').to.be.at.most(width);
      for (const el of widgets(doc)) {
        const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
        expect(root.scrollWidth, `${el.localName} content fits`).to.be.at.most(root.clientWidth + 1);
      }
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('a plain-http site (not a secure context, no crypto.randomUUID): the booking request is sent', async () => {
    const s = `http-${Math.random().toString(36).slice(2)}`;
    const frame = document.createElement('iframe');
    const result = new Promise<Record<string, unknown>>((r) => addEventListener('message', (e) => r(e.data), { once: true }));
    frame.src = `http://mn-http.test:${location.port}/test/host/pages/http.html?s=${s}`;
    document.body.append(frame);
    expect(await result).to.deep.equal({ secure: false, randomUUID: 'undefined', sent: true, errors: [] });
    const [entry, ...more] = await (await fetch(`/test-booking/${s}`)).json();
    expect(more).to.deep.equal([]);
    expect(entry.key).to.equal(entry.body.id);
    expect(entry.key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('no request leaves the page, no cookie, nothing stored', async () => {
    const { win, doc } = await open('plain.html');
    assertRendered(doc);
    const urls = win.performance.getEntriesByType('resource').map((e) => new URL(e.name));
    // The test server adds its own live-reload socket script to every HTML page it serves.
    for (const url of urls.filter((u) => !u.pathname.startsWith('/__web-dev-server'))) {
      expect(url.origin, url.href).to.equal(win.location.origin);
      expect(url.pathname, url.href).to.match(/^\/(dist\/mn-widgets\.js|test\/host\/pages\/)/);
    }
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(Object.keys(win.sessionStorage), 'nothing stored').to.deep.equal([]);
  });
});

const PLACES = ['head', 'end', 'defer', 'async', 'late'] as const;
const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: Element, sel: string) => shadow(el).querySelector<T>(sel);
const noticeOf = (el: Element) => $(el, '[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The visible text of a widget, form control values left out. */
const textOf = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');
const settle = (ms = 50) => new Promise((r) => setTimeout(r, ms));

/** Creates a widget in the host page's own document (its realm, its definitions) and waits for it to draw. */
async function create<T extends Lit = Lit>(doc: Document, markup: string, parent: Element = doc.body): Promise<T> {
  const box = doc.createElement('div');
  box.innerHTML = markup;
  const el = box.firstElementChild as T;
  parent.append(el);
  await el.updateComplete;
  await settle();
  return el;
}

describe('host pages: the clinic content inline, wherever the script sits', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const where of PLACES) {
    it(`script ${where === 'end' ? 'at the end of the body' : where === 'late' ? 'injected after load' : `in <head>${where === 'head' ? '' : ` (${where})`}`}: the clinic's questions, protocol and a bad JSON's notice at first render`, async () => {
      const { win, doc } = await open(`json-${where}.html`);
      const first = win.__first;
      // The clinic hid the pregnancy question and added its own; the list layout shows every question at once.
      expect(first.configured, 'first render of the configured check').to.contain('Have you been in a sauna today?');
      expect(first.configured).not.to.contain('Are you pregnant');
      expect(first.broken, 'first render of the check with broken JSON').to.contain('Setup notice: config=');
      expect(first.timeline, 'first render of the timeline').to.contain("A fever above 38 °C (clinic's own list)");
      // And it stays so.
      expect(textOf(doc.getElementById('configured')!)).to.contain('Have you been in a sauna today?');
      expect(textOf(doc.getElementById('timeline')!)).to.contain("clinic's own list");
      expect(noticeOf(doc.getElementById('broken')!)).to.contain('config=');
      expect(win.__errors).to.deep.equal([]);
    });
  }
});

describe("host pages: widgets in separate blocks use the page's clinic", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const where of PLACES) {
    it(`clinic printed in the footer, script ${where}: taken up with no setup notice at any time; the form hears the check`, async () => {
      const { win, doc } = await open(`blocks-${where}.html`);
      for (const id of ['check', 'timeline', 'form']) {
        expect(win.__first[id], `${id}: first render`).to.exist;
        expect(win.__first[id], `${id}: first render`).not.to.contain('Setup notice');
        expect(noticeOf(doc.getElementById(id)!), `${id} now`).to.equal('');
      }
      const timeline = doc.getElementById('timeline')!;
      expect($(timeline, '.flags a[href^="tel:"]')?.textContent, "the clinic's phone").to.equal('+1 555 0100');
      // The patient answers the check in its block; the form in another block follows the outcome.
      const check = doc.getElementById('check') as Lit;
      const form = doc.getElementById('form') as Lit;
      shadow(check).querySelector<HTMLInputElement>('input[type="radio"]')!.click(); // Yes
      await check.updateComplete;
      $(check, 'form button:not([type])')!.click(); // Next: the review
      await check.updateComplete;
      $(check, 'form button:not([type])')!.click(); // See my result
      await check.updateComplete;
      expect($(check, '#result')!.textContent).to.contain('other options');
      await form.updateComplete;
      expect($(form, '#h-service')!.textContent).to.contain('treatment is not booked online');
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('a clinic added to the page later is taken up by a widget outside it', async () => {
    const { doc } = await open('bare.html');
    const timeline = await create(
      doc,
      '<mn-aftercare-timeline treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>',
    );
    expect($(timeline, '.flags a[href^="tel:"]')).to.equal(null);
    const footer = doc.createElement('footer');
    footer.innerHTML = '<mn-clinic phone="+1 555 0100" name="Glow Skin Studio"></mn-clinic>';
    doc.body.append(footer);
    await (footer.firstElementChild as Lit).updateComplete;
    await timeline.updateComplete;
    expect($(timeline, '.flags a[href^="tel:"]')?.textContent).to.equal('+1 555 0100');
    expect(textOf(timeline)).to.contain('Glow Skin Studio');
  });

  it('clinic="id" names the clinic; a form pairs with the check sharing its clinic, else the nearest check before it', async () => {
    const { win, doc } = await open('pairs.html');
    const el = (id: string) => doc.getElementById(id) as Lit;
    expect($(el('timeline-south'), '.flags a[href^="tel:"]')?.textContent, 'clinic="south"').to.equal('+1 555 0102');
    expect(noticeOf(el('form-north')), 'the named clinic gives the form its email').to.equal('');
    const Complete = win.MnWidgets.ScreeningCompleteEvent as new (detail: object) => Event;
    const service = (id: string) => $(el(id), '#h-service')?.textContent!.trim() ?? '';
    el('check-north').dispatchEvent(new Complete({ level: 'decline', treatment: 'no' }));
    await el('form-north').updateComplete;
    await el('form-near').updateComplete;
    expect(service('form-north'), 'the north form follows the north check').to.contain('not booked online');
    expect(service('form-near'), 'the other form does not').to.equal('');
    el('check-near').dispatchEvent(new Complete({ level: 'defer', treatment: 'no' }));
    await el('form-near').updateComplete;
    expect(service('form-near'), 'the other form follows the nearest check before it').to.contain('safety check');
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('host pages: right to left', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const width of [320, 375, 1280]) {
    it(`dir="rtl" at ${width} px: no horizontal overflow`, async () => {
      const { win, doc } = await open('rtl.html', width, 900);
      assertRendered(doc);
      expect(doc.documentElement.scrollWidth, 'page scroll width').to.be.at.most(width);
      for (const el of widgets(doc)) {
        const root = $(el, '.root')!;
        expect(root.scrollWidth, `${el.localName} content fits`).to.be.at.most(root.clientWidth + 1);
      }
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('every stylesheet uses logical properties: no one-sided physical edge or side', async () => {
    const { doc } = await open('plain.html');
    const physical: string[] = [];
    const visit = (rules: CSSRuleList, tag: string) => {
      for (const rule of rules) {
        if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules.length) visit((rule as CSSGroupingRule).cssRules, tag);
        // The page's own CSSOM classes (another realm): a style rule is one with a selector.
        if (!('selectorText' in rule)) continue;
        const style = (rule as CSSStyleRule).style;
        for (const prop of style) {
          const value = style.getPropertyValue(prop);
          const side = /^(?:(margin|padding|border|scroll-margin|scroll-padding)-)?(left|right|top|bottom)(-\w+)?$/.exec(prop);
          // A side set alone, or unlike its opposite (a shorthand sets both alike: no finding).
          const opposite = side && prop.replace(side[2], { left: 'right', right: 'left', top: 'bottom', bottom: 'top' }[side[2]]!);
          // A drawn shape turned by a transform (the chevron) keeps its own edges.
          const shape = /^border-\w+-width$/.test(prop) && style.transform;
          if (opposite && !shape && style.getPropertyValue(opposite) !== value)
            physical.push(`${tag} ${(rule as CSSStyleRule).selectorText} { ${prop}: ${value} }`);
          if (/^(text-align|float|clear)$/.test(prop) && /left|right/.test(value))
            physical.push(`${tag} ${(rule as CSSStyleRule).selectorText} { ${prop}: ${value} }`);
        }
      }
    };
    for (const el of [...widgets(doc), doc.querySelector('mn-clinic')!]) {
      const sheets = [...shadow(el).adoptedStyleSheets, ...[...shadow(el).querySelectorAll('style')].map((s) => s.sheet!)];
      for (const sheet of sheets) visit(sheet.cssRules, el.localName);
    }
    expect([...new Set(physical)]).to.deep.equal([]);
  });
});

describe('host pages: host CSS reaching in', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  /** Each visible control of each widget: what it is, its height, and its font size. */
  function controls(win: Window, doc: Document) {
    return widgets(doc).flatMap((el) =>
      [...shadow(el).querySelectorAll<HTMLElement>('button, input:not([tabindex="-1"]), select, textarea, a.button')]
        .filter((c) => c.getClientRects().length && !c.closest('[hidden]'))
        .map((c) => {
          const r = c.getBoundingClientRect();
          const s = win.getComputedStyle(c);
          return {
            what: `${el.localName} ${c.localName}[${c.getAttribute('type') ?? c.getAttribute('name') ?? c.textContent!.trim().slice(0, 20)}]`,
            type: (c as HTMLInputElement).type,
            height: r.height,
            font: parseFloat(s.fontSize),
          };
        }),
    );
  }

  it('a theme with a 10 px root, small body text, loose lines, spacing, content-box and form resets: controls, tap targets and text as on a plain page', async () => {
    // The plain page with the theme's font family and page margins: the widgets take both on purpose,
    // and text in another font or width may wrap differently; nothing else the theme sets may reach them.
    const plain = await open('serif.html', 375, 900);
    const expected = controls(plain.win, plain.doc);
    const hostile = await open('hostile.html', 375, 900);
    const found = controls(hostile.win, hostile.doc);
    expect(found.map((c) => c.what)).to.deep.equal(expected.map((c) => c.what));
    const problems: string[] = [];
    found.forEach((c, i) => {
      if (Math.abs(c.height - expected[i].height) > 1)
        problems.push(`${c.what}: ${c.height} px high, ${expected[i].height} on a plain page`);
      const tap = !['radio', 'checkbox'].includes(c.type);
      if (tap && c.height < 44) problems.push(`${c.what}: ${c.height} px high, under a 44 px tap target`);
      if (/^(input|select|textarea)$/.test(c.what.split(' ')[1].split('[')[0]) && c.font < 16)
        problems.push(`${c.what}: ${c.font} px text (iOS zooms under 16)`);
    });
    expect(problems).to.deep.equal([]);
    // Every inherited text property is the widget's own, whatever the theme set.
    for (const el of widgets(hostile.doc)) {
      const s = hostile.win.getComputedStyle($(el, '.root')!);
      const text = {
        fontSize: s.fontSize,
        lineHeight: s.lineHeight,
        letterSpacing: s.letterSpacing,
        wordSpacing: s.wordSpacing,
        textIndent: s.textIndent,
        textTransform: s.textTransform,
        whiteSpace: s.whiteSpace,
        fontStyle: s.fontStyle,
        fontVariant: s.fontVariant,
        textShadow: s.textShadow,
        boxSizing: s.boxSizing,
      };
      expect(text, el.localName).to.deep.equal({
        fontSize: '16px',
        lineHeight: '24px',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        textIndent: '0px',
        textTransform: 'none',
        whiteSpace: 'normal',
        fontStyle: 'normal',
        fontVariant: 'normal',
        textShadow: 'none',
        boxSizing: 'border-box',
      });
    }
    expect(hostile.doc.documentElement.scrollWidth, 'page scroll width').to.be.at.most(375);
  });
});

/** Values of every type a framework or a mistaken page passes, made in the host page's realm (as a framework there would). */
function hostileValues(win: HostWindow): Array<[string, unknown]> {
  const json = (text: string) => win.JSON.parse(text) as unknown;
  return [
    ['0', 0],
    ['-1', -1],
    ['28', 28],
    ['5550100', 5550100],
    ['1.5', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['true', true],
    ['false', false],
    ['new Date()', new win.Date()],
    ['Invalid Date', new win.Date(NaN)],
    ['Date in 9999', new win.Date('9999-12-31T00:00:00Z')],
    ['[]', json('[]')],
    ['["x"]', json('["x"]')],
    ['[{}]', json('[{}]')],
    ['{}', json('{}')],
    ['{"a":1}', json('{"a":1}')],
    ['{"__proto__":…}', json('{"__proto__":{"x":1},"constructor":{"y":2}}')],
    ['null', null],
    ['undefined', undefined],
    ...hostileTexts().map((t): [string, unknown] => [JSON.stringify(t).slice(0, 30), t]),
  ];
}

/** Attribute texts: empty, flags' "false", numbers out of range, far dates, markup, scripts, odd keys. */
function hostileTexts(): string[] {
  return [
    '',
    ' ',
    'false',
    '0',
    'true',
    '-1',
    'NaN',
    '1e999',
    '9999-12-31',
    '9999-12-31T23:59',
    'x'.repeat(5000),
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'api.clinic.example/book',
    '__proto__',
    '{"__proto__":{"x":1}}',
    '[]',
    '{}',
  ];
}

interface Manifest {
  modules: Array<{
    declarations?: Array<{
      tagName?: string;
      attributes?: Array<{ name: string }>;
      members?: Array<{ kind: string; name: string; privacy?: string; static?: boolean; readonly?: boolean }>;
    }>;
  }>;
}

describe('host pages: every attribute and property with hostile values of each type', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  /** What each widget needs to show its main content, so that an empty one stands out. */
  const BASE: Record<string, string> = {
    'mn-aftercare-timeline': 'treated-at="2026-11-20T15:00" now="2026-11-21T10:00"',
    'mn-contraindication-check': '',
    'mn-booking-form': 'persist="none" endpoint="/test/host/pages/no-such-endpoint"',
    'mn-clinic': 'name="Glow"',
  };

  it('0 exceptions and 0 empty widgets (custom-elements.json, all of it)', async function () {
    this.timeout(120_000);
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
    const { win, doc } = await open('bare.html');
    const warn = win.console.warn;
    // Every *-src URL is unreachable: no request leaves, and the widget must say so.
    win.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
    const failures = { exceptions: [] as string[], empty: [] as string[] };
    let cases = 0;
    /** One member's cases at once, each in a new widget: set, drawn, then looked at. */
    const batch = async (tag: string, list: Array<[string, (el: HTMLElement) => void]>) => {
      cases += list.length;
      const errors = win.__errors.length;
      const box = doc.createElement('div');
      const inner = tag === 'mn-clinic' ? `<mn-aftercare-timeline ${BASE['mn-aftercare-timeline']}></mn-aftercare-timeline>` : '';
      const found = list.map(([what, apply]) => {
        box.insertAdjacentHTML('beforeend', `<${tag} ${BASE[tag]}>${inner}</${tag}>`);
        const host = box.lastElementChild as Lit;
        try {
          apply(host);
        } catch (e) {
          failures.exceptions.push(`${what}: ${String(e)}`.slice(0, 160));
        }
        return { what, host, widget: (host.querySelector<Lit>('mn-aftercare-timeline') ?? host) as Lit };
      });
      doc.body.append(box);
      for (const { what, host, widget } of found) {
        try {
          await host.updateComplete;
          await widget.updateComplete;
        } catch (e) {
          failures.exceptions.push(`${what}: ${String(e)}`.slice(0, 160));
        }
        const root = widget.shadowRoot?.querySelector<HTMLElement>('.root');
        const text = root?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        // The fallback ("could not be shown") means renderBody threw: an exception, and no widget.
        if (text.includes('could not be shown')) failures.exceptions.push(`${what}: the fallback was shown`);
        if (!root || root.getBoundingClientRect().height < 40 || text.length < 40 || text.includes('could not be shown'))
          failures.empty.push(what);
      }
      if (win.__errors.length > errors) failures.exceptions.push(`${list[0][0]}…: ${win.__errors.slice(errors).join('; ')}`.slice(0, 300));
      box.remove();
    };
    for (const mod of manifest.modules)
      for (const d of mod.declarations ?? []) {
        if (!d.tagName) continue;
        const tag = d.tagName;
        for (const { name } of d.attributes ?? [])
          await batch(
            tag,
            hostileTexts().map((value) => [`${tag} ${name}="${value.slice(0, 30)}"`, (el) => el.setAttribute(name, value)]),
          );
        for (const m of d.members ?? []) {
          if (m.kind !== 'field' || m.static || m.readonly || (m.privacy && m.privacy !== 'public')) continue;
          await batch(
            tag,
            hostileValues(win).map(([label, value]) => [
              `${tag}.${m.name} = ${label}`,
              (el) => ((el as unknown as Record<string, unknown>)[m.name] = value),
            ]),
          );
        }
      }
    await settle(300);
    win.console.warn = warn;
    console.log(`${cases} cases: ${failures.exceptions.length} threw, ${failures.empty.length} left an empty widget`);
    if (failures.exceptions.length) console.log(failures.exceptions.slice(0, 400).join('\n'));
    if (failures.empty.length) console.log('empty:', failures.empty.slice(0, 400).join('\n'));
    expect(failures.exceptions.length, 'cases that threw').to.equal(0);
    expect(failures.empty.length, 'cases that left an empty widget').to.equal(0);
  });
});

describe('host pages: URLs, URL text and edge values', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a scheme-less endpoint gets a notice; a path-only one stays valid', async () => {
    const { doc } = await open('bare.html');
    const bare = await create(doc, '<mn-booking-form persist="none" endpoint="api.clinic.example/book"></mn-booking-form>');
    expect(noticeOf(bare)).to.contain('endpoint="api.clinic.example/book"');
    const path = await create(doc, '<mn-booking-form persist="none" endpoint="/api/bookings"></mn-booking-form>');
    expect(noticeOf(path)).to.equal('');
    const clinic = await create(doc, '<mn-clinic endpoint="www.glow.example/api/book" privacy-url="glow.example/privacy"></mn-clinic>');
    expect(noticeOf(clinic)).to.contain('endpoint="www.glow.example/api/book"');
    expect(noticeOf(clinic)).to.contain('privacy-url="glow.example/privacy"');
  });

  it('text from mn-* URL parameters never shows as the clinic’s words', async () => {
    const bait = 'URGENT: your treatment failed, call +1 900 555 0199';
    const q = new URLSearchParams(
      ['mn-treated-at', 'mn-last-session', 'mn-service', 'mn-name', 'mn-email', 'mn-phone'].map((k) => [k, bait]),
    );
    const { win, doc } = await open(`bare.html?${q}`);
    const els = [
      await create(doc, '<mn-aftercare-timeline></mn-aftercare-timeline>'),
      await create(doc, '<mn-booking-form persist="none" endpoint="/x"></mn-booking-form>'),
      await create(doc, '<mn-contraindication-check></mn-contraindication-check>'),
    ];
    for (const el of els) {
      expect(noticeOf(el), `${el.localName} notice`).not.to.contain('URGENT');
      expect(textOf(el), `${el.localName} text`).not.to.contain('URGENT');
      for (const h of shadow(el).querySelectorAll('h2, h3, h4, legend, [role="alert"], [role="status"]'))
        expect(h.textContent, `${el.localName} ${h.localName}`).not.to.contain('URGENT');
    }
    expect(win.__errors).to.deep.equal([]);
  });

  it('far-future dates and odd keys: a notice, never an exception or an empty widget', async () => {
    const { win, doc } = await open('bare.html');
    const far = await create(doc, '<mn-aftercare-timeline treated-at="9999-12-31" now="2026-11-21T10:00"></mn-aftercare-timeline>');
    expect(noticeOf(far)).to.contain('treated-at="9999-12-31"');
    expect($(far, '[role=heading]')?.textContent).to.contain('aftercare');
    const proto = await create(
      doc,
      `<mn-aftercare-timeline treated-at="2026-11-20T15:00" now="2026-11-21T10:00"><script type="application/json">{ "__proto__": { "redFlags": ["x"] }, "milestones": { "constructor": "24h" } }</script></mn-aftercare-timeline>`,
    );
    expect(noticeOf(proto)).to.contain('protocol');
    expect($(proto, '[part="timeline"]'), 'the default protocol applies').to.exist;
    const odd = await create(
      doc,
      `<mn-aftercare-timeline treated-at="2026-11-20T15:00" now="2026-11-21T10:00"><script type="application/json">{ "milestones": { "constructor": "24h", "toString": "5d" } }</script></mn-aftercare-timeline>`,
    );
    expect(noticeOf(odd)).to.contain('protocol milestones.constructor');
    expect(textOf(odd)).not.to.match(/function|native code|\[object/);
    const check = await create(
      doc,
      `<mn-contraindication-check appointment-date="9999-12-31" layout="list"><script type="application/json">{ "items": { "constructor": { "text": "Odd?", "level": "consult" } } }</script></mn-contraindication-check>`,
    );
    expect(noticeOf(check)).to.contain('appointment-date="9999-12-31"');
    expect(noticeOf(check)).to.contain('items.constructor');
    const form = await create(doc, '<mn-booking-form persist="none" endpoint="/x" last-session="9999-12-31"></mn-booking-form>');
    expect(noticeOf(form)).to.contain('last-session="9999-12-31"');
    for (const el of [far, proto, odd, check, form]) {
      expect(textOf(el), el.localName).not.to.contain('could not be shown');
      expect(textOf(el), el.localName).not.to.match(/function|native code|\[object|Invalid Date|NaN/);
    }
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('host pages: translations added late', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('addMessages after the widgets drew re-renders them; lang names the language the text is in', async () => {
    const { win, doc } = await open('bare.html');
    const check = await create(doc, '<mn-contraindication-check locale="de-DE"></mn-contraindication-check>');
    const lang = () => $(check, '.root')!.lang;
    expect($(check, 'form button:not([type])')!.textContent!.trim()).to.equal('Next');
    expect(lang(), 'English text, in the locale region').to.equal('en-DE');
    win.MnWidgets.addMessages('de', { screening: { next: 'Weiter', privacy: 'Ihre Antworten bleiben auf dieser Seite.' } });
    await check.updateComplete;
    expect($(check, 'form button:not([type])')!.textContent!.trim()).to.equal('Weiter');
    expect(lang(), 'German text').to.equal('de-DE');
  });
});

describe('host pages: on/off settings written as Vue and Svelte write false', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  /** Every default question hidden but one, whose yes declines. */
  const ONE_QUESTION = {
    items: Object.fromEntries(
      'pregnancy anticoagulants isotretinoin skin-infection cold-sore-now cold-sore-history wound-or-sunburn skin-cancer cancer-treatment immunosuppression diabetes skin-condition scleroderma active-acne keloid lesions metal-allergy anesthetic-allergy darker-skin tan-or-sun recent-scar age recent-procedure'
        .split(' ')
        .map((id) => [id, { hidden: true }]),
    ),
  };

  it('share-findings="false" shares nothing and says to set shareFindings; the property false is simply off', async () => {
    const { win, doc } = await open('bare.html');
    const details: Array<Record<string, unknown>> = [];
    doc.addEventListener('mn-screening-complete', (e) => details.push({ ...(e as CustomEvent).detail }));
    for (const markup of [
      '<mn-contraindication-check share-findings="false" layout="list"></mn-contraindication-check>',
      '<mn-contraindication-check layout="list"></mn-contraindication-check>',
    ]) {
      const check = await create<Lit & { config: unknown; shareFindings: unknown }>(doc, markup);
      if (!markup.includes('share-findings')) check.shareFindings = false;
      check.config = ONE_QUESTION;
      await check.updateComplete;
      shadow(check).querySelector<HTMLInputElement>('input[type="radio"]')!.click(); // yes
      await check.updateComplete;
      $(check, 'form button:not([type])')!.click();
      await check.updateComplete;
      $(check, 'form button:not([type])')!.click();
      await check.updateComplete;
    }
    expect(details.map((d) => d.level)).to.deep.equal(['decline', 'decline']);
    expect(
      details.map((d) => 'findings' in d),
      'findings shared',
    ).to.deep.equal([false, false]);
    const [flagged, property] = [...doc.querySelectorAll('mn-contraindication-check')];
    expect(noticeOf(flagged)).to.contain('share-findings="false"');
    expect(noticeOf(flagged)).to.contain('shareFindings');
    expect(noticeOf(property)).to.equal('');
    expect(win.__errors).to.deep.equal([]);
  });

  it('require-check="false" still requires the check, and says to set requireCheck; persist="false" stores nothing', async () => {
    const { win, doc } = await open('bare.html');
    const form = await create(
      doc,
      '<mn-booking-form require-check="false" persist="false" endpoint="/x" service="microneedling"></mn-booking-form>',
    );
    // The patient picks the treatment (the message shows once they act, never on page load).
    const select = $<HTMLSelectElement>(form, '[name=service]')!;
    select.value = 'microneedling';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect($(form, '#e-service')!.textContent).to.contain('Complete the safety check first');
    expect(noticeOf(form)).to.contain('require-check="false"');
    expect(noticeOf(form)).to.contain('requireCheck');
    expect(noticeOf(form)).to.contain('persist="false"');
    const name = $<HTMLInputElement>(form, '[name=name]')!;
    name.value = 'Ana';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect(Object.keys(win.sessionStorage), 'nothing stored').to.deep.equal([]);
    const off = await create<Lit & { requireCheck: unknown }>(
      doc,
      '<mn-booking-form endpoint="/x" persist="none" service="microneedling"></mn-booking-form>',
    );
    off.requireCheck = false;
    await off.updateComplete;
    expect($(off, '#e-service')!.textContent).to.equal('');
    expect(noticeOf(off)).to.equal('');
  });
});
