#!/usr/bin/env node
/**
 * Writes the README's list of message keys (between `<!-- messages:start -->` and
 * `<!-- messages:end -->`) from the typed English catalogue as built (dist/lib/i18n/en/*.js, plain
 * data), so the list is the catalogue's: every key a translation or `addMessages` may set, with its
 * kind and the English text. `--check` changes nothing and fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const START = '<!-- messages:start -->';
const END = '<!-- messages:end -->';
const cell = (s) =>
  String(s)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    // A text naming an element (`<mn-clinic>`) shows it, not an HTML tag the page would hide.
    .replace(/</g, '&lt;');
const short = (s) => (s.length > 90 ? `${s.slice(0, 89)}…` : s);

/** Rows of [key, kind, English] for every leaf of `value` under `path`. */
function leaves(value, path, rows) {
  if (typeof value === 'function') {
    const params = /^\s*(?:function\s*\w*)?\(?([^)=]*?)\)?\s*=>|^\s*function\s*\w*\(([^)]*)\)/.exec(value.toString());
    rows.push([path, `function (${(params?.[1] ?? params?.[2] ?? '').trim()})`, '']);
  } else if (Array.isArray(value))
    rows.push([path, `list of ${value.length}`, value.map((v) => (typeof v == 'string' ? v : '…')).join(' · ')]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, rows);
  else rows.push([path, 'text', String(value)]);
  return rows;
}

const out = [];
for (const ns of ['common', 'screening', 'aftercare', 'booking']) {
  const mod = await import(`${root}dist/lib/i18n/en/${ns}.js`);
  const rows = leaves(mod[ns], ns, []);
  out.push(
    `<details><summary><code>${ns}</code>: ${rows.length} keys</summary>`,
    '',
    '| key | kind | English |',
    '| --- | --- | --- |',
    ...rows.map(([k, kind, en]) => `| \`${k}\` | ${kind} | ${cell(short(en))} |`),
    '',
    '</details>',
    '',
  );
}

const readme = readFileSync(`${root}README.md`, 'utf8');
const [before, rest] = readme.split(START);
if (rest === undefined || !rest.includes(END)) throw new Error(`README.md has no ${START} … ${END} section`);
const next = `${before}${START}\n${out.join('\n')}${END}${rest.slice(rest.indexOf(END) + END.length)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md message keys are out of date with the catalogue: run `npm run docs` and commit.');
    process.exit(1);
  }
  console.log('README message keys match the catalogue.');
} else {
  writeFileSync(`${root}README.md`, next);
  console.log('README.md message keys updated.');
}
