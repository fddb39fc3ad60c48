import { defineConfig, type Plugin } from 'vite';
import { bookingReceiver } from './demo/receiver.mjs';

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
 * Shrinks the text of Lit `css` and `html` templates in the build: CSS loses comments and
 * indentation; HTML loses line breaks and indentation (collapsed to one space, which renders the
 * same outside <pre>, which the widgets do not use).
 */
const minifyTemplates: Plugin = {
  name: 'mn-minify-templates',
  apply: 'build',
  transform(code, id) {
    if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
    return code
      .replace(/\bcss`([^`]*)`/g, (_, body: string) => {
        const min = body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      })
      .replace(/\bhtml`([^`]*)`/g, (_, body: string) => `html\`${body.replace(/\s*\n\s*/g, ' ')}\``);
  },
};

/**
 * The paste-in scripts, one per `--mode`: `vite build` makes mn-widgets.js (and .mjs),
 * `--mode aftercare` mn-aftercare-timeline.js, `--mode booking` mn-booking-form.js. Each is
 * self-contained, with Lit inlined, and has its own global.
 */
const BUNDLES: Record<string, { entry: string; name: string; file: string }> = {
  production: { entry: 'src/paste-in/mn-widgets.ts', name: 'MnWidgets', file: 'mn-widgets' },
  aftercare: { entry: 'src/paste-in/mn-aftercare-timeline.ts', name: 'MnAftercare', file: 'mn-aftercare-timeline' },
  booking: { entry: 'src/paste-in/mn-booking-form.ts', name: 'MnBooking', file: 'mn-booking-form' },
};

/**
 * A second copy of a paste-in script (pasted twice, or by a theme and a plugin) does nothing at
 * all, so its global stays the API whose classes are the registered elements. Each script starts
 * with V8's per-file compile hint: the widget runs all of it at once, so Chromium compiles it
 * while the file streams in rather than function by function on the main thread (`npm run bench`:
 * main-thread script time about 40 % lower); other engines ignore the comment.
 */
const HINT = '//# allFunctionsCalledOnLoad\n';
const loadOnce = (global: string): Plugin => ({
  name: 'mn-load-once',
  apply: 'build',
  renderChunk(code, _chunk, options) {
    return options.format === 'iife' ? `if(!window.${global}){${code}}` : null;
  },
  // After minification, which drops comments.
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = HINT + chunk.code;
  },
});

export default defineConfig(({ mode }) => {
  const bundle = BUNDLES[mode] ?? BUNDLES.production;
  return {
    plugins: [demoAtRoot, minifyTemplates, loadOnce(bundle.name), bookingReceiver],
    server: { host: '127.0.0.1', port: 5173, open: false },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: bundle === BUNDLES.production,
      reportCompressedSize: false,
      lib: {
        entry: bundle.entry,
        name: bundle.name,
        formats: ['iife', 'es'],
        fileName: (format) => `${bundle.file}.${format === 'iife' ? 'js' : 'mjs'}`,
      },
      rolldownOptions: {
        output: { minify: true },
      },
    },
  };
});
