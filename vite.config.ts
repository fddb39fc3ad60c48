import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { build, defineConfig, type Plugin } from 'vite';
import { bookingReceiver } from './demo/receiver.mjs';
import widgets from './src/widgets.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

/** `npm start` opens the demo at the server root. */
const demoAtRoot: Plugin = {
  name: 'mn-demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

/**
 * Every non-ASCII character as a JavaScript escape, so the script reads the same whatever
 * encoding the host page or its server declares (a page without `<meta charset="utf-8">` would
 * otherwise turn "–" into "â€“"). Outside comments, non-ASCII text can only sit in string,
 * template and regular-expression literals, where `\uXXXX` means the same character.
 */
export const asciiOnly = (code: string) => code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The paste-in script's wrapping: a second copy on the page (pasted twice, or by a theme and a
 * plugin) does nothing, so the global stays the API whose classes are the registered elements; a
 * copy of another version says so once in the console. Each file starts with V8's per-file compile
 * hint: the widgets run all of the script at once, so Chromium compiles it while it streams in
 * (other engines ignore the comment).
 */
const HINT = '//# allFunctionsCalledOnLoad\n';
const pasteIn: Plugin = {
  name: 'mn-paste-in',
  apply: 'build',
  renderChunk(code, _chunk, options) {
    if (options.format !== 'iife') return null;
    const g = `window.${widgets.global}`;
    const warn = `console.warn("mn-widgets ${pkg.version}: not loaded, since mn-widgets "+${g}.version+" is already on this page")`;
    return `if(!${g}){${code}}else if(${g}.version!=="${pkg.version}")${warn}`;
  },
  // After minification, which drops comments. Terser's second look at rolldown's output finds a
  // little more (about 50 B gzip). Two of its options that assume more pay here (-21 B gzip): no
  // code in the script or in Lit reads a function's `length` (keep_fargs), and a function
  // expression that uses no `this` may be an arrow (the ones it finds are single-use helpers
  // terser inlined, and the IIFE). Its ASCII output writes Latin-1 as \xNN, shorter than
  // asciiOnly's \u00NN (-5 B), which then finds nothing left to escape.
  async generateBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const { code } = await minify(chunk.code, {
        ecma: 2022,
        module: options.format === 'es',
        compress: { passes: 2, keep_fargs: false, unsafe_arrows: true },
        format: { ascii_only: true },
      });
      chunk.code = HINT + asciiOnly(code!);
    }
  },
  // The Subresource Integrity value for a <script integrity="…"> from a CDN (README, "Where to get the script").
  writeBundle(_options, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk')
        console.log(`${chunk.fileName}: integrity="sha384-${createHash('sha384').update(chunk.code).digest('base64')}"`);
  },
};

/**
 * The HTML and CSS of Lit templates minified by a maintained tool (minify-literals: html-minifier-terser
 * and clean-css), about 900 B gzip less. Whitespace collapses to one space, never to none, so text
 * beside a binding keeps its spacing.
 */
const minifyLiterals: Plugin = {
  name: 'mn-minify-literals',
  apply: 'build',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
    return (
      (await minifyHTMLLiterals(code, { fileName: id, minifyOptions: { conservativeCollapse: true, removeAttributeQuotes: true } })) ?? null
    );
  },
};

/**
 * The scripts' layout: gzip finds what repeats only within 32 KB, and style sheets repeat one
 * another, so the entry imports every sheet first, side by side (-150 B gzip), then
 * src/paste-in.ts. The sheets have no side effects: only the order of the file changes. (The
 * elements' order, which also counts, is define.ts's.)
 */
const ENTRY = 'mn-paste-in-entry';
const layout: Plugin = {
  name: 'mn-layout',
  apply: 'build',
  resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null),
  load(id) {
    if (id !== `\0${ENTRY}`) return null;
    const src = new URL('./src/', import.meta.url).pathname;
    const sheets = ['styles/base', ...widgets.elements.map(({ tag }) => `elements/${tag}/${tag}.styles`)].filter((m) =>
      existsSync(`${src}${m}.ts`),
    );
    return `${sheets.map((m) => `import '${src}${m}.js';`).join('\n')}\nexport * from '${src}paste-in.js';`;
  },
};

/**
 * The language packs (src/widgets.json `languages.packs`): `dist/mn-widgets.<lang>.js` from
 * `src/i18n/<lang>/pack.ts`, each a small classic script with no global that hands its texts to the
 * page's registry (src/i18n/pack.ts), so it may load before or after mn-widgets.js. Pure ASCII like
 * the main script: the packs are full of accents.
 */
let packsBuilt = false;
const packs: Plugin = {
  name: 'mn-packs',
  apply: 'build',
  async closeBundle() {
    if (packsBuilt) return;
    packsBuilt = true;
    for (const lang of widgets.languages.packs)
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [
          {
            name: 'mn-pack-ascii',
            async generateBundle(_options, bundle) {
              for (const chunk of Object.values(bundle))
                if (chunk.type === 'chunk')
                  chunk.code = asciiOnly((await minify(chunk.code, { ecma: 2022, compress: { passes: 2 } })).code!);
            },
          },
        ],
        build: {
          target: 'es2022',
          outDir: 'dist',
          emptyOutDir: false,
          reportCompressedSize: false,
          lib: {
            entry: `src/i18n/${lang}/pack.ts`,
            formats: ['iife'],
            name: `MnWidgets_${lang}`,
            fileName: () => `${widgets.script}.${lang}.js`,
          },
          rolldownOptions: { output: { minify: true, esModule: false, generatedCode: { symbols: false } } },
        },
      });
  },
};

export default defineConfig({
  plugins: [layout, demoAtRoot, minifyLiterals, pasteIn, packs, bookingReceiver],
  server: { host: '127.0.0.1', port: 5173, open: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    lib: {
      entry: ENTRY,
      name: widgets.global,
      formats: ['iife', 'es'],
      fileName: (format) => `${widgets.script}.${format === 'iife' ? 'js' : 'mjs'}`,
    },
    rolldownOptions: {
      // window.MnWidgets is a plain object: no Symbol.toStringTag 'Module' (-24 B gzip).
      output: { minify: true, esModule: false, generatedCode: { symbols: false } },
    },
  },
});
