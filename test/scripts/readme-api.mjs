#!/usr/bin/env node
/**
 * Writes the README's element reference (between `<!-- api:start -->` and `<!-- api:end -->`)
 * from dist/custom-elements.json, so the tables and the manifest state the same facts.
 * `--check` changes nothing and fails when the README is out of date (part of `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const cell = (s) => (s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const table = (head, rows) =>
  rows.length
    ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), '']
    : [];

const out = [];
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => (a.tagName === 'mn-clinic' ? -1 : b.tagName === 'mn-clinic' ? 1 : a.tagName.localeCompare(b.tagName)));
for (const d of elements) {
  out.push(`### \`<${d.tagName}>\``, '', d.summary ? `**${d.summary}**` : '', '', d.description ?? '', '');
  const attrs = d.attributes ?? [];
  out.push(...(attrs.length ? ['Attributes:', ''] : []));
  out.push(
    ...table(
      ['attribute', 'property', 'type', 'description'],
      attrs.map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.type?.text ? `\`${a.type.text}\`` : '', a.description]),
    ),
  );
  const isPublic = (m) => m.privacy !== 'private' && m.privacy !== 'protected';
  const fields = (d.members ?? []).filter(
    (m) => m.kind === 'field' && isPublic(m) && !m.static && !attrs.some((a) => a.fieldName === m.name),
  );
  out.push(...(fields.length ? ['Properties:', ''] : []));
  out.push(
    ...table(
      ['property', 'type', 'description'],
      fields.map((m) => [`\`${m.name}\``, m.type?.text ? `\`${m.type.text}\`` : '', m.description]),
    ),
  );
  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && isPublic(m) && !m.static);
  out.push(...(methods.length ? ['Methods:', ''] : []));
  out.push(
    ...table(
      ['method', 'description'],
      methods.map((m) => [`\`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\``, m.description]),
    ),
  );
  out.push(...(d.events?.length ? ['Events:', ''] : []));
  out.push(
    ...table(
      ['event', 'description'],
      (d.events ?? []).map((e) => [`\`${e.name}\``, e.description]),
    ),
  );
  out.push(...(d.slots?.length ? ['Slots:', ''] : []));
  out.push(
    ...table(
      ['slot', 'description'],
      (d.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]),
    ),
  );
  out.push(...(d.cssParts?.length ? ['CSS parts:', ''] : []));
  out.push(
    ...table(
      ['part', 'description'],
      (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]),
    ),
  );
  out.push(...(d.cssProperties?.length ? ['CSS custom properties:', ''] : []));
  out.push(
    ...table(
      ['property', 'description'],
      (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]),
    ),
  );
}
const generated = `${START}\n<!-- Generated from custom-elements.json by test/scripts/readme-api.mjs: edit the JSDoc, then run npm run docs. -->\n\n${out
  .join('\n')
  .replace(/\n{3,}/g, '\n\n')
  .trim()}\n\n${END}`;

const readme = readFileSync('README.md', 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a < 0 || b < 0) {
  console.error(`README.md has no ${START} ... ${END} section.`);
  process.exit(1);
}
const next = readme.slice(0, a) + generated + readme.slice(b + END.length);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md element reference is out of date with custom-elements.json: run `npm run docs` and commit.');
    process.exit(1);
  }
  console.log('README element reference matches custom-elements.json.');
} else if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md element reference updated.');
}
