/**
 * The benchmark's yardstick: for each widget, a bare Lit element that stamps the widget's shadow
 * DOM and CSS as static markup, with no logic of its own. Both are read from a real render of the
 * widget in Chromium (same attributes, same clinic), and the element is built by the product's own
 * vite plugins and settings (template minifier, paste-in wrapping with the compile hint and ASCII
 * escaping, target, minifier), as a classic IIFE script.
 *
 * The aftercare timeline's yardstick also formats one date with `Intl`: ICU's start-up (its
 * formatting and time-zone data) is paid once by anything that shows a date, so it is no cost of
 * our code.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, loadConfigFromFile } from 'vite';

/** The yardstick element's tag for a widget's tag. */
export const yardstickTag = (tag) => `yardstick-${tag}`;

/** Run in the page: the widget's shadow DOM markup, its stylesheets' CSS text and its attributes. */
function readRender(tag) {
  const el = document.querySelector(tag);
  const root = el?.shadowRoot;
  if (!root) return { error: `<${tag}> has no shadow root` };
  const nested = [...root.querySelectorAll('*')].filter((n) => n.shadowRoot).map((n) => n.localName);
  // Form state the widget set as properties, as attributes, so the static copy shows it too.
  for (const n of root.querySelectorAll('input, option, textarea')) {
    if (n.checked) n.setAttribute('checked', '');
    if (n.selected) n.setAttribute('selected', '');
    if (n.localName === 'textarea' && n.value) n.textContent = n.value;
    else if (n.localName === 'input' && n.value !== n.defaultValue && !['checkbox', 'radio'].includes(n.type))
      n.setAttribute('value', n.value);
  }
  return {
    elements: [...root.querySelectorAll('*')].map((n) => n.localName).join(' '),
    rules: root.adoptedStyleSheets.map((s) => s.cssRules.length).join(' '),
    // Lit's binding markers are comments; static markup has no bindings, so it needs none.
    markup: root.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
    sheets: root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')),
    attributes: [...el.attributes].map((a) => [a.name, a.value]),
    nested,
    nodes: root.querySelectorAll('*').length,
  };
}

/** Opens `url` (tag -> URL) in a fresh page and returns readRender(tag), failing on any warning. */
async function renderOf(context, tag, url) {
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()));
  page.on('pageerror', (e) => warnings.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('rendered').length > 0);
  const r = await page.evaluate(readRender, tag);
  await page.close();
  if (r.error) throw new Error(r.error);
  // A widget showing a setup notice or throwing is not the render to compare with.
  if (warnings.length) throw new Error(`<${tag}> warned while rendering for the benchmark:\n${warnings.join('\n')}`);
  return r;
}

/** Opens each page of `pages` (tag -> URL of the widget's product page) and reads the render. */
export async function capture(browser, pages, viewport) {
  const out = {};
  const context = await browser.newContext({ viewport });
  for (const [tag, url] of Object.entries(pages)) {
    const r = await renderOf(context, tag, url);
    // A nested element with its own shadow root would not show in innerHTML: the yardstick would be unfair.
    if (r.nested.length)
      throw new Error(`<${tag}> renders elements with their own shadow roots (${r.nested}); the yardstick cannot copy them`);
    out[tag] = r;
  }
  await context.close();
  return out;
}

/**
 * Checks that each yardstick page (tag -> URL) stamps what its widget rendered: the same elements
 * in the same order and the same number of CSS rules in each stylesheet.
 */
export async function verify(browser, pages, renders, viewport) {
  const context = await browser.newContext({ viewport });
  for (const [tag, url] of Object.entries(pages)) {
    const y = await renderOf(context, yardstickTag(tag), url);
    const w = renders[tag];
    if (y.elements !== w.elements)
      throw new Error(`the yardstick of <${tag}> stamps other elements than the widget:\n${y.elements}\n${w.elements}`);
    if (y.rules !== w.rules) throw new Error(`the yardstick of <${tag}> has other CSS rules (${y.rules}) than the widget (${w.rules})`);
  }
  await context.close();
}

/** Text as the body of a JavaScript template literal that evaluates to the same text. */
const literal = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** The source of one yardstick element class. */
function elementSource(tag, render, index, { intlDate }) {
  const name = `Yardstick${index}`;
  const styles = render.sheets.map((s) => `css\`${literal(s)}\``).join(',\n    ');
  const date = intlDate
    ? `    // One date through Intl, as the widget shows dates: ICU's start-up, once per page.
    this.date = new Intl.DateTimeFormat(${JSON.stringify(intlDate.locale)}, { dateStyle: 'medium', timeStyle: 'short', timeZone: ${JSON.stringify(intlDate.timeZone)} }).format(new Date());\n`
    : '';
  return `class ${name} extends LitElement {
  static styles = [
    ${styles}
  ];
  declare date: string;
  render() {
${date}    return html\`${literal(render.markup)}\`;
  }
}
customElements.define(${JSON.stringify(yardstickTag(tag))}, ${name});
`;
}

/**
 * Builds the yardstick scripts into `outDir`: `yardstick-<tag>.js` with one element each, and
 * `yardstick-all.js` with all of them. `renders` is `capture()`'s result; `intl` maps a tag to
 * `{ locale, timeZone }` for the widgets whose yardstick formats a date. Returns each file's path.
 */
export async function buildYardsticks({ root, outDir, renders, intl }) {
  const { config } = await loadConfigFromFile(
    { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false },
    resolve(root, 'vite.config.ts'),
    root,
    'error',
  );
  const plugins = config.plugins.flat().filter((p) => p && ['mn-minify-literals', 'mn-paste-in'].includes(p.name));
  if (plugins.length !== 2)
    throw new Error('vite.config.ts no longer has the mn-minify-literals and mn-paste-in plugins: update test/bench/yardstick.mjs');
  // The template minifier only takes files under a src folder: the sources go to <outDir>/src.
  const minified = new Set();
  const minify = plugins.find((p) => p.name === 'mn-minify-literals');
  // The paste-in hooks that shape the code; not writeBundle, which prints the product's SRI hashes.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { writeBundle, ...pasteIn } = plugins.find((p) => p.name === 'mn-paste-in');
  const watchedMinify = {
    ...minify,
    async transform(code, id) {
      const result = await minify.transform.call(this, code, id);
      if (result) minified.add(id);
      return result;
    },
  };

  const srcDir = resolve(outDir, 'src');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(srcDir, { recursive: true });
  const tags = Object.keys(renders);
  const header = "import { LitElement, css, html } from 'lit';\n\n";
  const sources = {
    ...Object.fromEntries(
      tags.map((tag, i) => [`yardstick-${tag}`, header + elementSource(tag, renders[tag], i, { intlDate: intl[tag] })]),
    ),
    'yardstick-all': header + tags.map((tag, i) => elementSource(tag, renders[tag], i, { intlDate: intl[tag] })).join('\n'),
  };

  const files = {};
  for (const [name, source] of Object.entries(sources)) {
    const entry = resolve(srcDir, `${name}.ts`);
    writeFileSync(entry, source);
    await build({
      root,
      configFile: false,
      publicDir: false,
      logLevel: 'error',
      plugins: [watchedMinify, pasteIn],
      build: {
        target: config.build.target,
        outDir,
        emptyOutDir: false,
        reportCompressedSize: false,
        lib: { entry, name: 'Yardstick', formats: ['iife'], fileName: () => `${name}.js` },
        rolldownOptions: config.build.rolldownOptions,
      },
    });
    if (!minified.has(entry))
      throw new Error(`the product's template minifier skipped ${entry}: the yardstick would not be built like the product`);
    files[name] = resolve(outDir, `${name}.js`);
  }
  return files;
}
