#!/usr/bin/env node
/**
 * `npm run lighthouse`: builds, serves the demo page on 127.0.0.1 exactly as a static host would,
 * and runs Lighthouse with the installed Chromium (nothing downloaded). Prints the four category
 * scores and every audit that lost points; writes bench-results/lighthouse.json.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });
const server = await serve(root);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const url = `${server.url}/demo/`;
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const { categories, audits } = result.lhr;
  console.log(`Lighthouse ${result.lhr.lighthouseVersion} on ${url} (${result.lhr.configSettings.formFactor})`);
  for (const c of Object.values(categories)) console.log(`  ${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
  const lost = Object.values(categories).flatMap((c) =>
    c.auditRefs
      .filter((r) => r.weight > 0 && audits[r.id].score !== null && audits[r.id].score < 1)
      .map((r) => `  [${c.title}] ${audits[r.id].title} (${audits[r.id].displayValue ?? audits[r.id].score})`),
  );
  console.log(lost.length ? `Points lost:\n${lost.join('\n')}` : 'No points lost.');
  mkdirSync(resolve(root, 'bench-results'), { recursive: true });
  writeFileSync(resolve(root, 'bench-results/lighthouse.json'), result.report);
} finally {
  await chrome.kill();
  await server.close();
}
