#!/usr/bin/env node
/**
 * The npm package as a user gets it (after `npm run build`): `npm pack`, then publint (strict) and
 * @arethetypeswrong/cli (ESM-only profile: ESM and bundler resolution must have no error), then a
 * fresh consumer folder that installs the tarball and
 *  - runs test/node/root.test.mjs in Node with no DOM against `import 'mn-widgets'`;
 *  - type-checks a TypeScript file that uses the root API, the element entries, and the React 19,
 *    Vue and Svelte typings (against the real @types/react, vue and svelte of this project).
 * Fails on the first problem.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
const step = (what, fn) => {
  try {
    const out = fn();
    console.log(`pack check: ${what}: ok`);
    return out;
  } catch (e) {
    console.error(`pack check: ${what}: FAILED\n${e.stdout ?? ''}${e.stderr ?? ''}${e.stdout || e.stderr ? '' : e.message}`);
    process.exit(1);
  }
};

const dir = mkdtempSync(join(tmpdir(), 'mn-pack-'));
try {
  step('npm pack', () => run('npm', ['pack', '--silent', '--pack-destination', dir]));
  const tgz = join(
    dir,
    readdirSync(dir).find((f) => f.endsWith('.tgz')),
  );
  step('publint --strict', () => run(bin('publint'), ['run', tgz, '--strict']));
  step('attw (esm-only profile)', () => run(bin('attw'), [tgz, '--profile', 'esm-only']));

  const app = join(dir, 'consumer');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  step('install the tarball in a fresh folder', () =>
    run('npm', ['install', tgz, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock'], app),
  );
  copyFileSync(join(root, 'test/node/root.test.mjs'), join(app, 'root.test.mjs'));
  step('import the root in Node 20 with no DOM', () => run(process.execPath, ['--test', 'root.test.mjs'], app));

  // Framework types from this project's node_modules (TypeScript resolves the links to their real paths).
  for (const name of ['@types/react', 'vue', 'svelte']) {
    mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }
  writeFileSync(
    join(app, 'use.ts'),
    `import { evaluateScreening, version, type ScreeningResult, type MnBookingForm } from 'mn-widgets';
import { MnBookingForm as Form } from 'mn-widgets/elements/mn-booking-form.js';
import 'mn-widgets/define';
import type {} from 'mn-widgets/react';
import type {} from 'mn-widgets/vue';
import type {} from 'mn-widgets/svelte';
import type {} from 'mn-widgets/mn-widgets.js';
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';

const r: ScreeningResult = evaluateScreening({}, { now: new Date(), timezone: 'UTC' });
const v: string = version;
const f: MnBookingForm = new Form();
const el: HTMLElementTagNameMap['mn-booking-form'] = f;
// React 19 JSX: the elements with their attributes and typed event handlers.
const jsx: JSX.IntrinsicElements['mn-booking-form'] = { 'policy-version': '2026-01', 'onmn-booking-submit': (e) => e.detail.contact };
// @ts-expect-error: an attribute the element does not have is refused.
const typo: JSX.IntrinsicElements['mn-booking-form'] = { 'spacing-dayz': '42' };
// Vue: GlobalComponents knows every element.
const vue: 'mn-contraindication-check' extends keyof GlobalComponents ? true : never = true;
// Svelte: svelteHTML.IntrinsicElements knows every element.
const svelte: svelteHTML.IntrinsicElements['mn-aftercare-timeline'] = { 'treated-at': '2026-11-21T15:00' };
// The classic script's global.
const api: typeof window.MnWidgets.evaluateScreening = evaluateScreening;
export { r, v, el, jsx, typo, vue, svelte, api };
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ['use.ts'],
    }),
  );
  step('type-check a consumer (root API, element entries, React 19, Vue, Svelte, the global)', () => run(bin('tsc'), ['-p', app]));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
