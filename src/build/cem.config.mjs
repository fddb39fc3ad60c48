/**
 * The custom elements manifest (`cem analyze --config src/build/cem.config.mjs`, run by
 * `npm run build`): dist/custom-elements.json, and from it, by the maintained generators of
 * break-stuff/cem-tools, typings for React 19 JSX, Vue and Svelte (dist/types/), VS Code custom data
 * (dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json) and JetBrains web-types
 * (dist/web-types.json).
 *
 * The project's own plugin, first: module paths point at the shipped files (dist/lib/*.js, not the
 * TypeScript sources); each element entry (src/elements/<tag>.ts) gets `custom-element-definition`
 * exports for the tags it registers (src/widgets.json); every event gets its class as its type (from
 * the `static readonly type = 'mn-…'` of the event classes); and every widget lists the theme tokens
 * its base class honours.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const root = fileURLToPath(new URL('../..', import.meta.url));
const widgets = JSON.parse(readFileSync(`${root}src/widgets.json`, 'utf8'));

/** `clinicName` → `clinic-name`. */
const kebab = (name) => name.replace(/[A-Z]/g, '-$&').toLowerCase();

/** `src/x/y.ts` (or `/src/x/y.js`) → `dist/lib/x/y.js`, the file the package ships. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

/** Event name → its class name, read from the event classes' `static readonly type = '…'`. */
function eventClasses() {
  const out = {};
  for (const file of ['src/events.ts', 'src/elements/mn-booking-form/events.ts']) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    for (const m of text.matchAll(/export class (\w+) extends Event \{\s*static readonly type = '([\w-]+)'/g)) out[m[2]] = m[1];
  }
  return out;
}

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const mnWidgets = {
  name: 'mn-widgets',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const events = eventClasses();
    const classModule = {};
    for (const mod of manifest.modules)
      for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) classModule[d.tagName] = { name: d.name, module: mod.path };
    // The base class's inherited theme tokens, so each widget lists them itself.
    const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'MnElement');
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        // A property's attribute is its name in kebab-case unless it names one (MnElement's createProperty).
        for (const a of [...(d.attributes ?? []), ...(d.members ?? [])]) {
          if (a.fieldName && a.name === a.fieldName) a.name = kebab(a.name);
          if (a.attribute && a.attribute === a.name) a.attribute = kebab(a.attribute);
        }
        if (d.customElement && d.tagName && d.name !== 'MnElement') {
          const own = new Set((d.cssProperties ?? []).map((p) => p.name));
          d.cssProperties = [...(d.cssProperties ?? []), ...(base?.cssProperties ?? []).filter((p) => !own.has(p.name))];
        }
        for (const e of d.events ?? []) if (events[e.name]) e.type = { text: events[e.name] };
        if (d.superclass?.module) d.superclass.module = shipped(d.superclass.module);
      }
      const entry = widgets.elements.find(({ tag }) => mod.path === `src/elements/${tag}.ts`);
      if (entry) {
        const tags = entry.tag === 'mn-clinic' ? ['mn-clinic'] : ['mn-clinic', entry.tag];
        mod.exports = [
          ...(mod.exports ?? []),
          ...tags.map((tag) => ({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: classModule[tag].name, module: shipped(classModule[tag].module) },
          })),
        ];
      }
      for (const x of mod.exports ?? []) if (x.declaration?.module) x.declaration.module = shipped(x.declaration.module);
      mod.path = shipped(mod.path);
    }
  },
};

/**
 * After the generators: event handlers take the event classes themselves (the generators assume
 * `CustomEvent<detail>`, but each event is its own class with a typed `detail`); the Svelte types
 * augment the global `svelteHTML` namespace (from a module file that needs `declare global`); and
 * `react.d.ts` adds the elements to React 19's `JSX.IntrinsicElements`; `global.d.ts` types the
 * classic script's `window.MnWidgets`.
 */
const typings = {
  name: 'mn-widgets-typings',
  packageLinkPhase() {
    const dir = `${root}dist/types/`;
    for (const f of ['jsx.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
      let text = readFileSync(dir + f, 'utf8').replace(/CustomEvent<(\w+Event)>/g, '$1');
      if (f === 'svelte.d.ts')
        text = text.replace(/\ndeclare namespace svelteHTML \{([^]*?)\n\}/, '\ndeclare global {\n  namespace svelteHTML {$1\n  }\n}');
      writeFileSync(dir + f, text);
    }
    writeFileSync(
      `${dir}global.d.ts`,
      `/** The classic paste-in script: \`window.${widgets.global}\`. */\nimport type * as Api from '../lib/paste-in.js';\n\ndeclare global {\n  interface Window {\n    ${widgets.global}: typeof Api;\n  }\n}\n`,
    );
    writeFileSync(
      `${dir}react.d.ts`,
      `/** React 19: \`import type {} from 'mn-widgets/react';\` once, and JSX knows every element. */\nimport type { CustomElements } from './jsx.js';\n\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
    );
  },
};

/** Relative to dist/types/: the module that types every element and event class (type imports only, no side effects). */
const globalTypePath = '../lib/paste-in.js';
const quiet = { hideLogs: true };

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    mnWidgets,
    customElementJsxPlugin({ ...quiet, outdir: 'dist/types', fileName: 'jsx.d.ts', globalTypePath }),
    customElementVuejsPlugin({ ...quiet, outdir: 'dist/types', fileName: 'vue.d.ts', globalTypePath }),
    customElementSveltePlugin({ ...quiet, outdir: 'dist/types', fileName: 'svelte.d.ts', globalTypePath }),
    customElementVsCodePlugin({
      ...quiet,
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ ...quiet, outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false }),
    typings,
  ],
};
