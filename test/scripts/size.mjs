#!/usr/bin/env node
/**
 * Prints each paste-in script's size (minified, gzip -9, brotli 11) and fails when any is above
 * the budget: 22,000 B gzip hard limit, 17,000 B target (issue "Foundation").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const HARD_LIMIT = 22_000;
export const TARGET = 17_000;
export const SCRIPTS = ['dist/mn-widgets.js', 'dist/mn-aftercare-timeline.js', 'dist/mn-booking-form.js'];

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function main() {
  const files = process.argv.length > 2 ? process.argv.slice(2) : SCRIPTS;
  let failed = false;
  console.log(`budget per paste-in script: ${HARD_LIMIT} B gzip hard limit, ${TARGET} B target`);
  for (const file of files) {
    const s = sizes(file);
    const verdict =
      s.gzip > HARD_LIMIT
        ? `FAIL: over the limit by ${s.gzip - HARD_LIMIT} B`
        : s.gzip > TARGET
          ? `over the target by ${s.gzip - TARGET} B`
          : 'within the target';
    console.log(`${file}: ${s.min} B minified, ${s.gzip} B gzip, ${s.brotli} B brotli (${verdict})`);
    failed ||= s.gzip > HARD_LIMIT;
  }
  if (failed) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
