#!/usr/bin/env node
/** Prints the paste-in script's size (minified, gzip -9, brotli 11) and fails above the budget. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const HARD_LIMIT = 22_000;
export const TARGET = 17_000;

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function main() {
  const file = process.argv[2] ?? 'dist/mn-widgets.js';
  const s = sizes(file);
  console.log(`${file}: ${s.min} B minified, ${s.gzip} B gzip, ${s.brotli} B brotli`);
  console.log(`budget: ${HARD_LIMIT} B gzip hard limit, ${TARGET} B target`);
  if (s.gzip > HARD_LIMIT) {
    console.error(`FAIL: ${s.gzip} B gzip is over the ${HARD_LIMIT} B limit by ${s.gzip - HARD_LIMIT} B.`);
    process.exit(1);
  }
  console.log(s.gzip > TARGET ? `over the target by ${s.gzip - TARGET} B (within the limit)` : 'within the target');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
