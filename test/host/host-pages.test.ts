/**
 * The built paste-in script on host pages nobody here controls (issue: evidence on real pages).
 * Each page is a static HTML file under test/host/pages, loaded in an iframe at a given width.
 * Requires `npm run build` first (npm test does it).
 */
import { expect } from '@open-wc/testing';

const TAGS = ['mn-contraindication-check', 'mn-aftercare-timeline', 'mn-booking-form'] as const;

type HostWindow = Window & typeof globalThis & { __violations: string[]; __errors: string[] };
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

  it('right-to-left page: the widgets follow the direction', async () => {
    const { win, doc } = await open('rtl.html');
    assertRendered(doc);
    for (const el of widgets(doc)) {
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      expect(win.getComputedStyle(root).direction).to.equal('rtl');
      const heading = el.shadowRoot!.querySelector<HTMLElement>('h2, h3, legend');
      if (heading) {
        const r = heading.getBoundingClientRect();
        const box = root.getBoundingClientRect();
        expect(box.right - r.right, `${el.localName} heading starts at the right`).to.be.below(box.right - box.left - r.width + 1);
        expect(box.right - r.right).to.be.below(40);
      }
    }
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
    expect(win.sessionStorage.length).to.equal(0);
  });
});
