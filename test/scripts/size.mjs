#!/usr/bin/env node
/**
 * `npm run size`: prints the paste-in script's size (minified, gzip -9, brotli 11), and each
 * language pack's, and fails when one is over its hard limit (src/widgets.json `size`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const widgets = JSON.parse(readFileSync(`${root}src/widgets.json`, 'utf8'));

/** Each checked file with its limit and target (gzip bytes). */
export const CHECKED = [
  { file: `dist/${widgets.script}.js`, ...widgets.size.script },
  ...widgets.languages.packs.map((lang) => ({ file: `dist/${widgets.script}.${lang}.js`, ...widgets.size.pack })),
];

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function main() {
  let failed = false;
  for (const { file, limit, target } of CHECKED) {
    const s = sizes(`${root}${file}`);
    const verdict =
      s.gzip > limit
        ? `FAIL: over the ${limit} B limit by ${s.gzip - limit} B`
        : target && s.gzip > target
          ? `within the ${limit} B limit, over the ${target} B target by ${s.gzip - target} B`
          : `within the ${target ? `${target} B target` : `${limit} B limit`}`;
    console.log(`${file}: ${s.gzip} B gzip, ${s.brotli} B brotli, ${s.min} B minified (${verdict})`);
    failed ||= s.gzip > limit;
  }
  if (failed) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
