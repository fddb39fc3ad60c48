#!/usr/bin/env node
/**
 * package.json's `exports`, `files` and `sideEffects`, derived from src/widgets.json (the list of
 * truth), and the version in src/version.ts. `--check` (in npm test) fails when package.json or
 * src/version.ts differs from what the list gives; without it, package.json is rewritten.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const widgets = JSON.parse(readFileSync(`${root}src/widgets.json`, 'utf8'));
const pkgText = readFileSync(`${root}package.json`, 'utf8');
const pkg = JSON.parse(pkgText);

const lib = (name) => ({ types: `./dist/lib/${name}.d.ts`, import: `./dist/lib/${name}.js` });
const scripts = [`${widgets.script}.js`, `${widgets.script}.mjs`, ...widgets.languages.packs.map((l) => `${widgets.script}.${l}.js`)];
/** Files the build writes beside the scripts (manifest, schema, editor and framework typings). */
const data = [
  'custom-elements.json',
  'booking-payload.schema.json',
  'vscode.html-custom-data.json',
  'vscode.css-custom-data.json',
  'web-types.json',
];
const typings = { './react': 'react', './vue': 'vue', './svelte': 'svelte' };

export const expected = {
  exports: {
    '.': lib('index'),
    './define': lib('define'),
    './define.js': lib('define'),
    ...Object.fromEntries(widgets.elements.map(({ tag }) => [`./elements/${tag}.js`, lib(`elements/${tag}`)])),
    ...Object.fromEntries(widgets.languages.packs.map((l) => [`./i18n/${l}`, lib(`i18n/${l}/pack`)])),
    ...Object.fromEntries(Object.entries(typings).map(([k, f]) => [k, { types: `./dist/types/${f}.d.ts` }])),
    // The paste-in script is classic (it types window.MnWidgets); its ES-module twin exports the same API.
    [`./${widgets.script}.js`]: { types: './dist/types/global.d.ts', default: `./dist/${widgets.script}.js` },
    [`./${widgets.script}.mjs`]: { types: './dist/lib/paste-in.d.ts', default: `./dist/${widgets.script}.mjs` },
    // A language pack's classic script gives nothing to import: typed as its module, which exports nothing.
    ...Object.fromEntries(
      widgets.languages.packs.map((l) => [
        `./${widgets.script}.${l}.js`,
        { types: `./dist/lib/i18n/${l}/pack.d.ts`, default: `./dist/${widgets.script}.${l}.js` },
      ]),
    ),
    ...Object.fromEntries(data.map((f) => [`./${f}`, `./dist/${f}`])),
    './package.json': './package.json',
  },
  files: ['dist/lib', 'dist/types', ...[...scripts, ...data].map((f) => `dist/${f}`)],
  // The sources too: the build of the paste-in script reads this field for the project's own files.
  sideEffects: [
    './src/paste-in.ts',
    './src/define.ts',
    ...widgets.elements.map(({ tag }) => `./src/elements/${tag}.ts`),
    './dist/lib/define.js',
    ...widgets.elements.map(({ tag }) => `./dist/lib/elements/${tag}.js`),
    ...widgets.languages.packs.map((l) => `./dist/lib/i18n/${l}/pack.js`),
    ...scripts.map((f) => `./dist/${f}`),
  ],
};

const versionTs = `/** The package's version (kept equal to package.json's by \`npm run package -- --check\`). */\nexport const version = '${pkg.version}';\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const want = { ...pkg, ...expected };
  const text = JSON.stringify(want, null, 2) + '\n';
  const versionOk = readFileSync(`${root}src/version.ts`, 'utf8') === versionTs;
  if (process.argv.includes('--check')) {
    const off = Object.keys(expected).filter((k) => JSON.stringify(pkg[k]) !== JSON.stringify(expected[k]));
    if (!versionOk) off.push('version (src/version.ts)');
    if (off.length) {
      console.error(`package.json is out of step with src/widgets.json: ${off.join(', ')}. Run \`npm run package\`.`);
      process.exit(1);
    }
    console.log('package.json matches src/widgets.json');
  } else {
    if (text !== pkgText) writeFileSync(`${root}package.json`, text);
    if (!versionOk) writeFileSync(`${root}src/version.ts`, versionTs);
    console.log('package.json and src/version.ts written from src/widgets.json');
  }
}
